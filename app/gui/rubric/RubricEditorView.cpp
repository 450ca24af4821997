#include "RubricEditorView.h"

#include "OpeningListModel.h"
#include "rubric/RubricEditor.h"

namespace debrief {

Result<std::unique_ptr<QWidget>> makeRubricEditorView(ViewContext& context) {
    OpeningListModel openings(context.session);
    if (auto loaded = openings.reload(); !loaded)
        return loaded.error();
    const int row = openings.debriefRow();
    if (row < 0)
        return Error{ViewRegistry::tr("The database has no opening to show.")};
    auto editor = std::make_unique<RubricEditor>(context.session);
    if (auto loaded = editor->loadOpening(openings.openingId(row)); !loaded)
        return loaded.error();
    return std::unique_ptr<QWidget>(std::move(editor));
}

} // namespace debrief
