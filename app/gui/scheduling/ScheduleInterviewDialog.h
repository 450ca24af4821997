#pragma once

#include "Result.h"
#include "domain/InterviewRound.h"
#include "domain/Panelist.h"
#include "scheduling/InterviewScheduler.h"
#include "storage/VersionedSave.h"

#include <QDialog>
#include <QMap>
#include <QTimeZone>

#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace debrief {

class DatabaseSession;

/// Schedules an interview for a candidate, or moves one (the same form,
/// filled in): round, date and time on the user's clocks (the zone named),
/// duration, location, video link and the panelists, ticked from the
/// opening's panel. A new interview starts from the round's defaults, and
/// choosing another round brings its duration and panel along unless they
/// were changed by hand. Every problem (InterviewScheduler's rules) is
/// shown under its field and keeps the dialog open. Moving an interview
/// that was saved elsewhere since the form read it shows both versions
/// (EditConflictDialog) and lets the user choose.
class ScheduleInterviewDialog : public QDialog {
    Q_OBJECT

public:
    /// A dialog for a new interview of `applicationId` (`existing` unset) or
    /// for moving `existing`; an Error when what it shows cannot be read.
    static Result<ScheduleInterviewDialog*> create(DatabaseSession& session, RowId applicationId,
                                                   const std::optional<Interview>& existing,
                                                   const QDateTime& now, QWidget* parent);

    /// Moves the interview as the form read it; an error keeps the form
    /// open and shows it, a stale refusal shows the conflict.
    using Commit = std::function<VersionedSave<Interview>(const Interview& read,
                                                          const ScheduleRequest& request)>;

    /// What the form says (the start invalid when the clocks skip that time).
    ScheduleRequest request() const;
    QString candidateName() const { return m_candidateName; }
    /// For moving an interview: called by OK once the form has no problems.
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    void accept() override;

private:
    ScheduleInterviewDialog(DatabaseSession& session, RowId openingId,
                            std::optional<Interview> existing, QWidget* parent);
    void build(const QString& heading);
    void fill(const QList<InterviewRound>& rounds, const QList<Panelist>& panel, RowId lead,
              const ScheduleRequest& request);
    QLabel* fieldError(ScheduleField field, const QString& objectName);
    void showProblems(const QList<ScheduleProblem>& problems);
    void applyRoundDefaults();
    void checkPanel(const QList<RowId>& ids);
    /// Puts `request`'s values in the fields the form already lists.
    void showRequest(const ScheduleRequest& request);
    void showMessage(const QString& message);
    void resolveConflict(const Interview& theirs);
    void updateZone();

    DatabaseSession& m_session;
    RowId m_openingId;
    RowId m_applicationId = kNoRow;
    /// The interview being moved, as read (its row version is what a save
    /// is based on).
    std::optional<Interview> m_existing;
    Commit m_commit;
    QString m_candidateName;
    QTimeZone m_zone;
    QComboBox* m_round = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_videoLink = nullptr;
    QListWidget* m_panel = nullptr;
    QMap<ScheduleField, QWidget*> m_fields;
    QMap<ScheduleField, QLabel*> m_errors;
    QLabel* m_generalError = nullptr;
    /// Set while the form fills itself in, so only the user's edits count.
    bool m_filling = false;
    bool m_durationEdited = false;
    bool m_panelEdited = false;
};

} // namespace debrief
