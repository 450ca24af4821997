#pragma once

#include "domain/RowId.h"

#include <QByteArray>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace debrief {

class Database;
class Settings;

/// Asks whose submitted scorecards of an opening to send (the panelist set
/// in Settings, when there is one) and where to save the file.
class SendScorecardsDialog : public QDialog {
    Q_OBJECT

public:
    SendScorecardsDialog(Database& db, RowId openingId, Settings& settings,
                         QWidget* parent = nullptr);

private:
    void fillPanelists(const QString& currentUuid);
    void preview();
    void save();

    Database& m_db;
    RowId m_openingId;
    QComboBox* m_panelist = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_saveButton = nullptr;
    QByteArray m_json;
};

} // namespace debrief
