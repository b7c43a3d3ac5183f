#pragma once

#include "models/domain/incident.h"
#include "models/domain/statuspage.h"

#include <QCoreApplication>

// An incident's status-page entry as the public reads it, in the shape of the
// response document's status page template: the impact mark and title with
// its state, when it was posted, the affected components, the message, and the
// earlier updates. The same words as HTML (the dock's preview and an export
// for any status page) and as Markdown. External text only: no internal fields.
class StatusPageDocument {
    Q_DECLARE_TR_FUNCTIONS(StatusPageDocument)
public:
    enum class Impact { None, Minor, Major, Critical };

    // The worst component status decides; with no components, the severity does.
    static Impact impactOf(const StatusPageUpdate& update, Severity severity);
    static QString impactLabel(Impact impact); // "CRITICAL"
    static QString impactColour(Impact impact); // "#c62828"

    // `current`: the update being written or the newest posted; `earlier`: posted before it, newest first.
    static QString html(
        const Incident& incident, const StatusPageUpdate& current, const QList<StatusPageUpdate>& earlier);
    static QString markdown(
        const Incident& incident, const StatusPageUpdate& current, const QList<StatusPageUpdate>& earlier);

    // "Checkout (major outage), Search (degraded performance)", for the {{components}} placeholder.
    static QString componentsText(const QList<AffectedComponent>& components);
};
