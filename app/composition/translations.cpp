#include "translations.h"

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
    if (console->load(locale, QStringLiteral("incident-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(console);
}

}
