#pragma once

#include "models/domain/alert.h"

#include <QCoreApplication>

#include <optional>

// The console's own webhook format, for any tool that can post JSON
// (POST /webhooks/alerts/generic, and the seed's POST /api/alerting/send and /bulk); the README documents
// it. The body is one alert, a list of them, or {"alerts": [ … ]}; each alert:
//   name         required (also taken from labels.alertname, else from the seed's "title")
//   status       "firing" (default) or "resolved"
//   severity     critical / high / medium / low, SEV1–SEV4, P0–P3 or another alias of
//                the severity policy (label "severity")
//   service      label "service"
//   summary, description, runbook   annotations summary, description, runbook_url (the seed's title is
//                                   the summary and its message the description when they are missing)
//   labels, annotations             objects of strings, merged with the above
//   fingerprint  stable identity; default: derived from the labels
//   startsAt, endsAt                RFC 3339
//   url          where the alert came from (generatorURL)
// Unknown fields are ignored.
class GenericPayload {
    Q_DECLARE_TR_FUNCTIONS(GenericPayload)
public:
    // nullopt, with a sentence for the sender in *error, when the body is not such a payload.
    static std::optional<QList<AlertSignal>> parse(
        const QByteArray& body, const QString& source, QString* error);
};
