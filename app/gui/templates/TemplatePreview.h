#pragma once

#include "TemplateSample.h"
#include "drafting/TemplateText.h"

#include <QWidget>

class QCheckBox;
class QTextBrowser;

namespace debrief {

/// The template editor's live preview: the template rendered for a sample
/// finalist, with switches for the conditional sections (talent pool,
/// deciding factor, feedback call) so each can be seen on and off.
class TemplatePreview : public QWidget {
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget* parent = nullptr);

    /// Renders `text`, which must parse, in `language` for a `stage`
    /// candidate; a template that does not render shows why instead.
    void render(const TemplateText& text, const QString& language, TemplateStage stage,
                const QDate& today);
    /// Blanks the preview while the template has an error.
    void showUnavailable(const QString& why);
    QString plainText() const;

signals:
    /// A switch changed: the caller renders again.
    void sampleChanged();

private:
    TemplateSampleFlags flags() const;

    QCheckBox* m_talentPool = nullptr;
    QCheckBox* m_shareFactor = nullptr;
    QCheckBox* m_feedback = nullptr;
    QTextBrowser* m_browser = nullptr;
};

} // namespace debrief
