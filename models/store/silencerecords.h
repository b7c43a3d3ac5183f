#pragma once

#include "models/rules/silence.h"
#include "models/store/storeresult.h"

#include <QList>

// Silences and maintenance windows. Adding one suppresses the open alerts it
// matches now; expiring one lets the alerts it held fire again.
class SilenceRecords {
public:
    virtual ~SilenceRecords() = default;

    virtual StoreResult<Silence> add(const Silence& silence) = 0;
    virtual StoreResult<Silence> expire(qint64 silenceId, const QString& author) = 0;
    // Those not yet over (active or scheduled), soonest end first; with `ended`, the rest too.
    virtual StoreResult<QList<Silence>> list(bool ended) = 0;
};
