#include "ReportPageSetup.h"

namespace debrief::report {

ReportPageSetup ReportPageSetup::forLocale(const QLocale& locale) {
    // The countries that print on US Letter (CLDR's paper-size data).
    static const QList<QLocale::Territory> letterTerritories{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,      QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Philippines, QLocale::PuertoRico,
        QLocale::Belize,       QLocale::CostaRica, QLocale::ElSalvador,  QLocale::Guatemala,
        QLocale::Nicaragua,    QLocale::Panama};
    ReportPageSetup setup;
    setup.locale = locale;
    setup.pageSize = QPageSize(letterTerritories.contains(locale.territory()) ? QPageSize::Letter
                                                                              : QPageSize::A4);
    return setup;
}

} // namespace debrief::report
