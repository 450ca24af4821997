#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace debrief {

class CandidateTableModel;

/// The row above the candidate table: a search field (applied ~200 ms after
/// the last keystroke, so typing a name costs one query, not one per key;
/// the list's search index is made ready when the field gets the focus), a
/// stage filter and how many candidates match.
class CandidateFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit CandidateFilterBar(CandidateTableModel& model, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    /// Forgets the search and stage filter (e.g. when another database opens).
    void reset();

signals:
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applySearch();
    void applyStage();
    void updateCount();

    CandidateTableModel& m_model;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stage = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace debrief
