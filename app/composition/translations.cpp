#include "app/composition/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication& application)
{
    const QLocale locale;
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* console = new QTranslator(&application);
    // English is the fallback, not nothing: its file holds the plural forms
    // ("1 hour", "2 hours") that the source strings only hint at ("%n hour(s)").
    if (console->load(
            locale, QStringLiteral("incident-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || console->load(QStringLiteral(":/i18n/incident-console_en")))
        QCoreApplication::installTranslator(console);
}

}
