#pragma once

#include "domain/Panelist.h"
#include "opening/OpeningSetup.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace debrief {

/// The panel of an opening's set-up: seat stored panelists or new people
/// (name and e-mail address), remove seats, and choose the one lead.
class PanelEditor : public QWidget {
    Q_OBJECT

public:
    explicit PanelEditor(QWidget* parent = nullptr);

    /// The stored panelists that can be seated, by name.
    void setKnownPanelists(const QList<Panelist>& people);
    void setSeats(const QList<PanelSeat>& seats);
    QList<PanelSeat> seats() const { return m_seats; }

signals:
    void changed();

protected:
    /// Return in the new person's fields seats them instead of pressing OK.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLayout* buildNewPersonRow();
    void addKnown();
    void addNew();
    void removeSeat();
    void chooseLead(int index);
    void refresh();

    QList<Panelist> m_people;
    QList<PanelSeat> m_seats;
    QListWidget* m_list = nullptr;
    QComboBox* m_known = nullptr;
    QPushButton* m_addKnown = nullptr;
    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newEmail = nullptr;
    QPushButton* m_addNew = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_lead = nullptr;
};

} // namespace debrief
