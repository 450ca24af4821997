#include "OpeningSetupDialog.h"

#include "DatabaseSession.h"
#include "live/EditConflictPrompt.h"
#include "opening/PanelEditor.h"
#include "opening/RoundListEditor.h"
#include "opening/RubricSourcePicker.h"

#include "domain/Opening.h"
#include "opening/OpeningComparison.h"
#include "opening/OpeningSetupUpdater.h"
#include "opening/PanelDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace debrief {
namespace {

const QString kConflictDialog = QStringLiteral("openingConflictDialog");

constexpr OpeningStatus kStatuses[] = {OpeningStatus::Open, OpeningStatus::OnHold,
                                       OpeningStatus::Filled, OpeningStatus::Cancelled};

} // namespace

OpeningSetupDialog::OpeningSetupDialog(DatabaseSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("openingSetupDialog"));
    buildUi();
    setMode(true);
    resize(1000, 720);
}

void OpeningSetupDialog::buildUi() {
    m_leftColumn = new QVBoxLayout;
    m_leftColumn->addWidget(buildDetails());
    m_leftColumn->addWidget(m_rubricBox = buildRubric());
    m_leftColumn->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(buildRounds(), 1);
    right->addWidget(buildPanel(), 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(m_leftColumn, 1);
    columns->addLayout(right, 1);

    m_message = errorLabel(QStringLiteral("setupMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("openingSetupOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("openingSetupCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpeningSetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpeningSetupDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

QLabel* OpeningSetupDialog::errorLabel(const QString& name) {
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QGroupBox* OpeningSetupDialog::buildDetails() {
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("openingTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Backend Engineer"));
    m_team = new QLineEdit;
    m_team->setObjectName(QStringLiteral("openingTeamEdit"));
    m_manager = new QLineEdit;
    m_manager->setObjectName(QStringLiteral("hiringManagerEdit"));
    m_positions = new QSpinBox;
    m_positions->setObjectName(QStringLiteral("positionsSpin"));
    m_positions->setRange(1, Opening::kMaxPositions);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("openingStatusCombo"));
    for (OpeningStatus status : kStatuses)
        m_status->addItem(toLabel(status), toKey(status));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("openingDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 14);
    for (QLineEdit* edit : {m_title, m_team, m_manager})
        connect(edit, &QLineEdit::textChanged, this, &OpeningSetupDialog::revalidate);
    connect(m_positions, &QSpinBox::valueChanged, this, &OpeningSetupDialog::revalidate);

    m_errors.insert(OpeningSetupField::Title, errorLabel(QStringLiteral("titleError")));
    m_errors.insert(OpeningSetupField::Positions, errorLabel(QStringLiteral("positionsError")));
    auto* box = new QGroupBox(tr("Opening"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_errors.value(OpeningSetupField::Title));
    form->addRow(tr("Tea&m:"), m_team);
    form->addRow(tr("&Hiring manager:"), m_manager);
    form->addRow(tr("&Positions:"), m_positions);
    form->addRow(QString(), m_errors.value(OpeningSetupField::Positions));
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Description:"), m_description);
    return box;
}

QGroupBox* OpeningSetupDialog::buildRubric() {
    m_source = new RubricSourcePicker(m_session);
    connect(m_source, &RubricSourcePicker::sourceChosen, this, [this] {
        m_rounds->setSuggestedRounds(m_source->suggestedRounds());
        revalidate();
    });
    m_errors.insert(OpeningSetupField::Rubric, errorLabel(QStringLiteral("rubricError")));
    auto* note = new QLabel(tr("The rubric has its own editor (Opening › Edit Rubric…), which "
                               "keeps a new version once scorecards were submitted against it."));
    note->setObjectName(QStringLiteral("rubricNote"));
    note->setWordWrap(true);
    auto* box = new QGroupBox(tr("&Rubric"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_source, 1);
    layout->addWidget(note);
    layout->addWidget(m_errors.value(OpeningSetupField::Rubric));
    return box;
}

QGroupBox* OpeningSetupDialog::buildRounds() {
    m_rounds = new RoundListEditor;
    connect(m_rounds, &RoundListEditor::changed, this, &OpeningSetupDialog::revalidate);
    m_errors.insert(OpeningSetupField::Rounds, errorLabel(QStringLiteral("roundsError")));
    auto* box = new QGroupBox(tr("Interview r&ounds"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_rounds, 1);
    layout->addWidget(m_errors.value(OpeningSetupField::Rounds));
    return box;
}

QGroupBox* OpeningSetupDialog::buildPanel() {
    m_panel = new PanelEditor;
    connect(m_panel, &PanelEditor::changed, this, &OpeningSetupDialog::revalidate);
    m_errors.insert(OpeningSetupField::Panel, errorLabel(QStringLiteral("panelError")));
    auto* box = new QGroupBox(tr("Pa&nel"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_errors.value(OpeningSetupField::Panel));
    return box;
}

void OpeningSetupDialog::setMode(bool newOpening) {
    setWindowTitle(newOpening ? tr("New Opening") : tr("Set Up Opening"));
    m_ok->setText(newOpening ? tr("&Create Opening") : tr("Sa&ve Set-Up"));
    m_source->setVisible(newOpening);
    m_rubricBox->findChild<QLabel*>(QStringLiteral("rubricNote"))->setVisible(!newOpening);
    // The preview may use the height; the note alone should not stretch its box.
    m_leftColumn->setStretch(1, newOpening ? 1 : 0);
    m_leftColumn->setStretch(2, newOpening ? 0 : 1);
}

Status OpeningSetupDialog::loadPanelists() {
    auto people = PanelDirectory(m_session.database()).panelists();
    if (!people)
        return people.error();
    m_panel->setKnownPanelists(*people);
    return {};
}

Status OpeningSetupDialog::startNew(const QString& language) {
    m_loaded = OpeningSetup{};
    setMode(true);
    if (Status loaded = loadPanelists(); !loaded)
        return loaded;
    if (Status loaded = m_source->load(language); !loaded)
        return loaded;
    m_loaded.rubric = m_source->source();
    fill(m_loaded);
    m_rounds->setSuggestedRounds(m_source->suggestedRounds());
    return {};
}

Status OpeningSetupDialog::loadOpening(RowId openingId) {
    auto loaded = OpeningSetupUpdater(m_session.database()).load(openingId);
    if (!loaded)
        return loaded.error();
    if (Status people = loadPanelists(); !people)
        return people;
    m_loaded = std::move(loaded).value();
    setMode(false);
    fill(m_loaded);
    return {};
}

void OpeningSetupDialog::fill(const OpeningSetup& setup) {
    m_title->setText(setup.title);
    m_team->setText(setup.team);
    m_manager->setText(setup.hiringManager);
    m_positions->setValue(setup.positions);
    m_status->setCurrentIndex(m_status->findData(toKey(setup.status)));
    m_description->setPlainText(setup.description);
    if (isNewOpening())
        m_source->select(setup.rubric);
    m_rounds->setRounds(setup.rounds);
    m_panel->setSeats(setup.panel);
    m_title->setFocus();
}

OpeningSetup OpeningSetupDialog::setup() const {
    OpeningSetup result = m_loaded;
    result.title = m_title->text();
    result.team = m_team->text();
    result.hiringManager = m_manager->text();
    result.positions = m_positions->value();
    result.status =
        fromKey<OpeningStatus>(m_status->currentData().toString()).value_or(OpeningStatus::Open);
    result.description = m_description->toPlainText();
    if (isNewOpening())
        result.rubric = m_source->source();
    result.rounds = m_rounds->rounds();
    result.panel = m_panel->seats();
    return result;
}

QList<OpeningSetupProblem> OpeningSetupDialog::problems() const {
    return OpeningSetupValidator::check(setup(), isNewOpening()
                                                     ? OpeningSetupValidator::Purpose::Create
                                                     : OpeningSetupValidator::Purpose::Update);
}

void OpeningSetupDialog::revalidate() {
    if (!m_showProblems)
        return;
    const auto found = problems();
    showProblems(found);
    if (found.isEmpty())
        showMessage(QString());
}

void OpeningSetupDialog::showProblems(const QList<OpeningSetupProblem>& problems) {
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString text = OpeningSetupValidator::messagesFor(problems, it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

void OpeningSetupDialog::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void OpeningSetupDialog::accept() {
    m_showProblems = true;
    const auto found = problems();
    showProblems(found);
    if (!found.isEmpty()) {
        showMessage(
            tr("Nothing was saved: fix the %n problem(s) marked above.", "", int(found.size())));
        const QMap<OpeningSetupField, QWidget*> widgets{{OpeningSetupField::Title, m_title},
                                                        {OpeningSetupField::Positions, m_positions},
                                                        {OpeningSetupField::Rubric, m_source},
                                                        {OpeningSetupField::Rounds, m_rounds},
                                                        {OpeningSetupField::Panel, m_panel}};
        widgets.value(found.first().field)->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (EditConflictPrompt::isOpen(this, kConflictDialog))
        return;
    const auto done = m_commit ? m_commit(setup()) : VersionedSave<OpeningSetup>();
    if (done.isStale())
        resolveConflict(done.current());
    if (!done)
        return showMessage(done.errorMessage());
    QDialog::accept();
}

void OpeningSetupDialog::resolveConflict(const OpeningSetup& theirs) {
    const EditConflictDialog::Content content{
        tr("Opening Changed Elsewhere"),
        tr("The set-up of this opening was saved elsewhere (in another window or on another "
           "computer) after you opened this dialog. Nothing was overwritten. Compare the two "
           "versions and choose which to keep."),
        OpeningComparison::fields(setup(), theirs),
        {}};
    EditConflictPrompt::open(this, kConflictDialog, content, [this, theirs](auto choice) {
        if (choice == EditConflictDialog::Choice::KeepMine) {
            // What the user typed, now based on the version just compared.
            m_loaded.rowVersion = theirs.rowVersion;
            accept();
        } else if (choice == EditConflictDialog::Choice::TakeTheirs) {
            m_loaded = theirs;
            fill(theirs);
            revalidate();
            showMessage(tr("Showing the set-up saved elsewhere; yours was not kept."));
        } else {
            showMessage(tr("Not saved: this opening was changed elsewhere. Your changes are kept "
                           "here until you choose."));
        }
    });
}

} // namespace debrief
