#pragma once

#include "models/domain/alert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

#include <optional>

// An AWS SNS message as SNS posts it over HTTP (as text/plain JSON):
// SubscriptionConfirmation, Notification or UnsubscribeConfirmation, signed
// with SignatureVersion 1 (SHA1withRSA) or 2 (SHA256withRSA) by the key of the
// certificate at SigningCertURL.
struct SnsMessage {
    Q_DECLARE_TR_FUNCTIONS(SnsMessage)
public:
    QString type;
    QString messageId;
    QString topicArn;
    QString subject; // Notification only, optional
    QString message;
    QString timestamp;
    QString token; // confirmations only
    QUrl subscribeUrl; // confirmations only
    QString signatureVersion;
    QByteArray signature; // decoded from base64
    QUrl signingCertUrl;
    bool hasSubject = false;

    // nullopt, with a sentence for the sender in *error, when the body is not an SNS message.
    static std::optional<SnsMessage> parse(const QByteArray& body, QString* error);

    // The fields SNS signed, each "Name\nvalue\n", in its fixed order.
    QByteArray stringToSign() const;
    QCryptographicHash::Algorithm signatureHash() const; // Sha1 for version 1, Sha256 for 2
    // Only certificates SNS serves itself are trusted: https on sns.<region>.amazonaws.com(.cn).
    static bool isTrustedAwsUrl(const QUrl& url);

    // The CloudWatch alarm a Notification carries, as an alert signal: ALARM
    // fires, OK resolves, INSUFFICIENT_DATA fires at low severity (the alarm
    // cannot tell). nullopt, with the reason in *error, if Message is not an alarm.
    std::optional<AlertSignal> cloudWatchAlarm(const QString& source, QString* error) const;
};
