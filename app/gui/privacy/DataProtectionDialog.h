#pragma once

#include "privacy/RetentionPeriod.h"
#include "privacy/RetentionPolicy.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace debrief {

class Database;

/// File › Data Protection…: the database's retention period, and who it
/// makes due for anonymisation today (RetentionPolicy's list, names shown:
/// this is the panel's own screen). Save keeps the period; "Anonymise Now"
/// asks the window to anonymise the people listed. The dialog itself
/// changes nothing in the database.
class DataProtectionDialog : public QDialog {
    Q_OBJECT

public:
    /// `stored` is the database's period (std::nullopt: none);
    /// `anonymisedSoFar` how many of its candidates were anonymised.
    DataProtectionDialog(Database& db, const QDate& today,
                         const std::optional<RetentionPeriod>& stored, int anonymisedSoFar,
                         QWidget* parent = nullptr);

    /// The period as edited; std::nullopt when none is to be kept.
    std::optional<RetentionPeriod> period() const;

signals:
    /// The user confirmed nothing yet: the window asks before anonymising.
    void anonymiseRequested(const RetentionPeriod& period, int due);
    void errorOccurred(const QString& message);

private:
    void updateDue();

    Database& m_db;
    QDate m_today;
    QCheckBox* m_enabled = nullptr;
    QSpinBox* m_count = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_dueSummary = nullptr;
    QTreeWidget* m_due = nullptr;
    QPushButton* m_anonymise = nullptr;
    int m_dueCount = 0;
};

} // namespace debrief
