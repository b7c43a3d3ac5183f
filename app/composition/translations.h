#pragma once

class QCoreApplication;

namespace Translations {
// Loads the console's and Qt's own translations for the user's locale, if there are any.
void install(QCoreApplication& application);
}
