#pragma once

#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QIODevice>

// Writes the alerts a query selects, in its order, as CSV (RFC 4180, UTF-8,
// times in UTC ISO 8601): for spreadsheets and post-incident reviews. Pages
// through the store, so a million rows need no more memory than one page.
class AlertCsv {
    Q_DECLARE_TR_FUNCTIONS(AlertCsv)
public:
    static constexpr int kPageSize = 5000;

    // The number of rows written, or why it stopped.
    static StoreResult<qint64> write(IncidentStore& store, const AlertQuery& query, QIODevice* out);
    static QByteArray header();
    static QByteArray row(const Alert& alert);
};
