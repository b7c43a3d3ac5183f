#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// A message box decides by itself whether its text is rich text, like a
// label; one whose text quotes an error (a store error may quote what an API
// sender wrote, a service's error what the service said) shows it as written.
namespace PlainMessage {
void warning(QWidget* parent, const QString& title, const QString& text);
void information(QWidget* parent, const QString& title, const QString& text);
}
