#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

// Where the receiver listens: "127.0.0.1:3001", "[::1]:3001", "localhost:3001",
// "0.0.0.0:3001" or "off", and whether it speaks HTTPS. The receiver itself
// refuses an address other than loopback unless a receiver token is set in the keychain.
struct ListenAddress {
    Q_DECLARE_TR_FUNCTIONS(ListenAddress)
public:
    bool enabled = true;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 3001;
    // Both set: HTTPS with this certificate (PEM, chain included) and private key (PEM).
    QString tlsCertificatePath;
    QString tlsKeyPath;

    static std::optional<ListenAddress> parse(const QString& text, QString* error);
    static QString defaultText() { return QStringLiteral("127.0.0.1:3001"); }
};
