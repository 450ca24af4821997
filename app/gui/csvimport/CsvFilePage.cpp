#include "CsvFilePage.h"

#include "CandidateImportDraft.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace debrief {
namespace {

constexpr int kSampleRows = 6;

/// The encodings people's CSV files come in; each offered only when this
/// Qt can decode it.
QStringList offeredEncodings() {
    QStringList offered;
    for (const char* name :
         {"UTF-8", "Windows-1252", "ISO-8859-15", "ISO-8859-1", "UTF-16LE", "UTF-16BE"}) {
        if (QStringDecoder(name).isValid())
            offered.append(QString::fromLatin1(name));
    }
    return offered;
}

QString delimiterName(QChar delimiter) {
    switch (delimiter.unicode()) {
    case ',':
        return CsvFilePage::tr("Comma ( , )");
    case ';':
        return CsvFilePage::tr("Semicolon ( ; )");
    case '\t':
        return CsvFilePage::tr("Tab");
    case '|':
        return CsvFilePage::tr("Pipe ( | )");
    default:
        return QString(delimiter);
    }
}

} // namespace

CsvFilePage::CsvFilePage(CandidateImportDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft) {
    setTitle(tr("Choose a CSV File"));
    setSubTitle(tr("Candidates exported from a spreadsheet or an applicant-tracking system. "
                   "Nothing is written until the last step."));

    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("csvFileEdit"));
    m_fileEdit->setPlaceholderText(tr("Path to a .csv file"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("csvBrowseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("csvEncodingCombo"));
    for (const QString& name : offeredEncodings())
        m_encoding->addItem(name, name);
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("csvDelimiterCombo"));
    for (const char c : {',', ';', '\t', '|'})
        m_delimiter->addItem(delimiterName(QLatin1Char(c)), QChar(QLatin1Char(c)));

    m_fileError = new QLabel;
    m_fileError->setTextFormat(Qt::PlainText);
    m_fileError->setObjectName(QStringLiteral("csvFileError"));
    m_fileError->setWordWrap(true);
    m_fileError->hide();
    m_detected = new QLabel;
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setObjectName(QStringLiteral("csvDetectedLabel"));
    m_detected->setWordWrap(true);
    m_sample = new QPlainTextEdit;
    m_sample->setObjectName(QStringLiteral("csvSampleText"));
    m_sample->setReadOnly(true);
    m_sample->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sample->setAccessibleName(tr("First rows as read"));

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    qobject_cast<QLabel*>(form->labelForField(fileRow))->setBuddy(m_fileEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fileError);
    layout->addWidget(m_detected);
    layout->addWidget(m_sample, 1);

    connect(browse, &QPushButton::clicked, this, &CsvFilePage::browse);
    m_fileEdit->installEventFilter(this);
    connect(m_encoding, &QComboBox::activated, this, &CsvFilePage::chooseEncoding);
    connect(m_delimiter, &QComboBox::activated, this, &CsvFilePage::chooseDelimiter);
    connect(&m_draft, &CandidateImportDraft::tableChanged, this, &CsvFilePage::showTable);
    showTable();
}

bool CsvFilePage::isComplete() const {
    // Files with problems go on to the preview, which lists them all.
    return m_draft.hasContent() && !m_draft.table().header.isEmpty();
}

bool CsvFilePage::eventFilter(QObject* watched, QEvent* event) {
    // Enter in the path field reads the file and stays here, so that the
    // user sees how it reads before moving on (the wizard would go Next).
    if (watched == m_fileEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadTypedPath();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void CsvFilePage::loadPath(const QString& path) {
    m_fileEdit->setText(path);
    loadTypedPath();
}

void CsvFilePage::browse() {
    const QString start =
        m_fileEdit->text().isEmpty() ? QString() : QFileInfo(m_fileEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Candidates"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadPath(path);
}

void CsvFilePage::loadTypedPath() {
    const QString path = m_fileEdit->text().trimmed();
    if (path.isEmpty())
        return;
    const Status loaded = m_draft.loadFile(path);
    m_fileError->setVisible(!loaded);
    m_fileError->setText(loaded ? QString() : loaded.errorMessage());
}

void CsvFilePage::chooseEncoding() {
    m_draft.setEncoding(m_encoding->currentData().toString());
}

void CsvFilePage::chooseDelimiter() {
    m_draft.setDelimiter(m_delimiter->currentData().toChar());
}

void CsvFilePage::selectData(QComboBox* combo, const QVariant& value) {
    int index = combo->findData(value);
    if (index < 0 && value.typeId() == QMetaType::QString && !value.toString().isEmpty()) {
        // An encoding chosen elsewhere (or detected) that the list lacks.
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void CsvFilePage::showTable() {
    const CsvTable& table = m_draft.table();
    const bool loaded = m_draft.hasContent();
    m_encoding->setEnabled(loaded);
    m_delimiter->setEnabled(loaded);
    if (loaded) {
        selectData(m_encoding, table.encoding);
        selectData(m_delimiter, table.delimiter);
        m_detected->setText(tr("%n row(s) below the header, in %1 column(s). Detected: %2, %3.", "",
                               static_cast<int>(m_draft.rowCount()))
                                .arg(table.header.size())
                                .arg(m_draft.detectedEncoding(),
                                     delimiterName(m_draft.detectedDelimiter()).toLower()));
    } else {
        m_detected->setText(tr("Choose a file to see how it reads."));
    }
    QStringList lines{table.header.join(QStringLiteral("  |  "))};
    for (qsizetype i = 0; i < table.records.size() && i < kSampleRows; ++i)
        lines.append(table.records.at(i).fields.join(QStringLiteral("  |  ")));
    m_sample->setPlainText(loaded ? lines.join(QLatin1Char('\n')) : QString());
    emit completeChanged();
}

} // namespace debrief
