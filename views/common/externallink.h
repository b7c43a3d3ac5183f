#pragma once

#include <QCoreApplication>
#include <QUrl>

class QWidget;

// A link that came from outside (an alert's runbook annotation is whatever its
// sender wrote) leaves the console only as a web link, and only once the user
// has seen exactly where it goes: a file:, smb: or custom-scheme link could run
// or expose something on this machine.
class ExternalLink {
    Q_DECLARE_TR_FUNCTIONS(ExternalLink)
public:
    enum class Outcome { Opened, Declined, Refused, Failed };

    static bool isWebLink(const QUrl& url); // http or https, with a host
    // Refused for anything but a web link; otherwise shows it, encoded as it
    // will be sent, and opens it in the browser if the user says so.
    static Outcome open(QWidget* parent, const QString& link);
};
