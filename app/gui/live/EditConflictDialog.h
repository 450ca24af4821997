#pragma once

#include "live/ComparedField.h"

#include <QDialog>

class QTableWidget;

namespace debrief {

/// Shown when a save is refused because the record was saved elsewhere
/// (another window or computer) after it was opened: the user's version
/// next to the stored one, field by field, and the choice between keeping
/// one's own, taking the saved one, or deciding later. Which fields, and
/// whether one's own may be kept at all, is lib/core's word (the record's
/// comparison and workflow); this only lays it out.
class EditConflictDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Undecided, KeepMine, TakeTheirs };

    struct Content {
        QString title;
        /// What was saved elsewhere, when, and that nothing was overwritten.
        QString intro;
        ComparedFields fields;
        /// Empty when the user may keep their version; otherwise why not.
        QString keepMineRefused;
    };

    explicit EditConflictDialog(const Content& content, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void addRow(const ComparedField& row);

    QTableWidget* m_table = nullptr;
    Choice m_choice = Choice::Undecided;
};

} // namespace debrief
