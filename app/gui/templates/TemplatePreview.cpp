#include "TemplatePreview.h"

#include "drafting/TemplateRenderer.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace debrief {
namespace {

QCheckBox* sampleSwitch(const QString& text, const QString& objectName) {
    auto* box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setChecked(true);
    return box;
}

} // namespace

TemplatePreview::TemplatePreview(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("templatePreviewPanel"));
    m_talentPool = sampleSwitch(tr("In the talent pool"), QStringLiteral("sampleTalentPoolCheck"));
    m_shareFactor =
        sampleSwitch(tr("Deciding factor shared"), QStringLiteral("sampleShareFactorCheck"));
    m_feedback = sampleSwitch(tr("Feedback call offered"), QStringLiteral("sampleFeedbackCheck"));
    for (QCheckBox* box : {m_talentPool, m_shareFactor, m_feedback})
        connect(box, &QCheckBox::toggled, this, &TemplatePreview::sampleChanged);

    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("templatePreview"));
    m_browser->setAccessibleName(tr("Preview"));
    m_browser->setOpenLinks(false);

    auto* heading = new QLabel(tr("Preview for a sample candidate"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* switches = new QHBoxLayout;
    switches->addWidget(m_talentPool);
    switches->addWidget(m_shareFactor);
    switches->addWidget(m_feedback);
    switches->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(switches);
    layout->addWidget(m_browser, 1);
}

TemplateSampleFlags TemplatePreview::flags() const {
    return {m_talentPool->isChecked(), m_shareFactor->isChecked(), m_feedback->isChecked()};
}

void TemplatePreview::render(const TemplateText& text, const QString& language, TemplateStage stage,
                             const QDate& today) {
    auto values = TemplateSample::values(language, stage, today, flags());
    if (!values) {
        showUnavailable(values.errorMessage());
        return;
    }
    auto subject = TemplateRenderer(text.subject).renderLine(*values);
    auto body = TemplateRenderer(text.body).renderHtml(*values);
    if (!subject || !body) {
        showUnavailable(!subject ? subject.errorMessage() : body.errorMessage());
        return;
    }
    // Both parts are escaped by the renderer; only the frame is added here.
    m_browser->setHtml(QStringLiteral("<p><b>%1</b> %2</p><hr>%3")
                           .arg(tr("Subject:").toHtmlEscaped(), subject->toHtmlEscaped(), *body));
}

void TemplatePreview::showUnavailable(const QString& why) {
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(why.toHtmlEscaped()));
}

QString TemplatePreview::plainText() const {
    return m_browser->toPlainText();
}

} // namespace debrief
