#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace debrief {

/// Makes items on a thread of its own while the caller uses the ones made
/// before: reading and checking the next rows of a file while the last ones
/// are written. At most `depth` items wait, so memory stays bounded however
/// long the input. `make` runs only on the thread, and only until it says
/// there is no more or the ReadAhead is stopped or destroyed; whatever it
/// touches is the thread's until next() has said there is no more (or
/// stop() has returned).
template <typename T> class ReadAhead {
public:
    /// `make(T&)` fills in the next item; false when there is none.
    explicit ReadAhead(std::function<bool(T&)> make, std::size_t depth = 4)
        : m_make(std::move(make))
        , m_depth(depth)
        , m_thread([this] { run(); }) {}

    ~ReadAhead() { stop(); }
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    /// The next item, waiting for it if need be; false after the last one.
    bool next(T& item) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return false;
        item = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return true;
    }

    /// Makes no more items and waits for the thread to end.
    void stop() {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run() {
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_ready.size() < m_depth || m_stopped; });
                if (m_stopped)
                    break;
            }
            T item;
            if (!m_make(item))
                break;
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(item));
            m_changed.notify_all();
        }
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    std::function<bool(T&)> m_make;
    std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_ready;
    bool m_finished = false;
    bool m_stopped = false;
    // Last: the thread starts once everything it uses is made.
    std::thread m_thread;
};

} // namespace debrief
