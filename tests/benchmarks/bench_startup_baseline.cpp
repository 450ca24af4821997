// The yardstick of `debrief --benchmark-startup` (docs/BENCHMARKS.md): a bare
// Qt Widgets window of the main window's default size holding one table of
// a page's worth of rows (200 × 7 short texts, no database), which quits
// right after its table is first painted. The ratio of the two start-ups is
// what Debrief adds to what any Qt table window costs.
#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

namespace {

/// Quits once the watched widget has painted (as Debrief's FirstPaintQuit,
/// kept apart so that the yardstick loads no Debrief library).
class QuitAfterPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardItemModel model(200, 7);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(
                row, column,
                new QStandardItem(QStringLiteral("Row %1, column %2").arg(row).arg(column)));
    }
    QMainWindow window;
    auto* table = new QTableView;
    table->setModel(&model);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    window.setCentralWidget(table);
    window.resize(1200, 660); // MainWindow's default size
    table->viewport()->installEventFilter(new QuitAfterPaint(table));
    window.show();
    return QApplication::exec();
}
