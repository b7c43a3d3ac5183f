#include "views/dockcatalogue.h"

#include "views/alerts/alertstreamdock.h"
#include "views/alerts/silencesdock.h"
#include "views/checklist/checklistdock.h"
#include "views/communication/communicationdock.h"
#include "views/health/healthdock.h"
#include "views/incident/incidentdock.h"
#include "views/oncall/oncalldock.h"
#include "views/outbox/outboxdock.h"
#include "views/receiver/receiverdock.h"
#include "views/review/reviewdock.h"
#include "views/review/reviewtrackerdock.h"
#include "views/runbook/runbookdock.h"
#include "views/statistics/statisticsdock.h"
#include "views/statuspage/statuspagedock.h"
#include "views/timeline/timelinedock.h"
#include "views/triage/triagedock.h"

namespace {
using How = DockPlacement::How;

DockPlacement at(Qt::DockWidgetArea area)
{
    return { How::Area, area };
}

DockPlacement beside(How how, const QString& of, bool inFront = false)
{
    return { how, Qt::TopDockWidgetArea, of, inFront };
}
}

QList<DockEntry> mainWindowDocks()
{
    return {
        // What needs attention now, the whole width of the window, with the alerts below it.
        { QStringLiteral("TriageDock"), at(Qt::TopDockWidgetArea),
            [](const DockParts& p, QWidget* w) { return new TriageDock(p.incidents, p.context.store, w); } },
        { QStringLiteral("AlertStreamDock"), beside(How::Below, QStringLiteral("TriageDock"), true),
            [](const DockParts& p, QWidget* w) {
                return new AlertStreamDock(p.alerts, p.context.commands, p.context.store, p.context.clock, w);
            } },
        // The selected incident, what to do next and what happened, side by side below.
        { QStringLiteral("IncidentDock"), at(Qt::BottomDockWidgetArea),
            [](const DockParts& p, QWidget* w) {
                return new IncidentDock(p.selected, p.context.commands, p.context.clock, w);
            } },
        { QStringLiteral("ChecklistDock"), beside(How::RightOf, QStringLiteral("IncidentDock")),
            [](const DockParts& p, QWidget* w) {
                return new ChecklistDock(p.context.store, p.context.commands, p.context.playbooks, w);
            } },
        { QStringLiteral("TimelineDock"), beside(How::RightOf, QStringLiteral("ChecklistDock"), true),
            [](const DockParts& p, QWidget* w) {
                return new TimelineDock(p.timeline, p.context.commands, w);
            } },
        // Looked at now and then, not all the time: tabs behind the timeline.
        { QStringLiteral("SilencesDock"), beside(How::TabBehind, QStringLiteral("TimelineDock")),
            [](const DockParts& p, QWidget* w) {
                return new SilencesDock(p.context.commands, p.context.store, p.context.clock, w);
            } },
        { QStringLiteral("ReceiverDock"), beside(How::TabBehind, QStringLiteral("SilencesDock")),
            [](const DockParts& p, QWidget* w) {
                return new ReceiverDock(p.context.store, p.context.alertSources, w);
            } },
        { QStringLiteral("OutboxDock"), beside(How::TabBehind, QStringLiteral("ReceiverDock")),
            [](const DockParts& p, QWidget* w) { return new OutboxDock(p.context.store, w); } },
        { QStringLiteral("OnCallDock"), beside(How::TabBehind, QStringLiteral("OutboxDock")),
            [](const DockParts& p, QWidget* w) {
                return new OnCallDock(p.context.escalation, p.context.clock, w);
            } },
        { QStringLiteral("RunbookDock"), beside(How::TabBehind, QStringLiteral("OnCallDock")),
            [](const DockParts& p, QWidget* w) { return new RunbookDock(p.context.playbooks, w); } },
        { QStringLiteral("ReviewTrackerDock"), beside(How::TabBehind, QStringLiteral("RunbookDock")),
            [](const DockParts& p, QWidget* w) {
                return new ReviewTrackerDock(p.context.store, p.context.clock, w);
            } },
        // Writing the public page wants width for the text and its preview side by side.
        { QStringLiteral("StatusPageDock"), beside(How::TabBehind, QStringLiteral("AlertStreamDock")),
            [](const DockParts& p, QWidget* w) {
                return new StatusPageDock(p.context.store, p.context.commands, p.context.clock,
                    p.context.communication.templates, {}, w);
            } },
        // The numbers want the window's width for their charts.
        { QStringLiteral("statisticsDock"), beside(How::TabBehind, QStringLiteral("StatusPageDock")),
            [](const DockParts& p, QWidget* w) {
                return new StatisticsDock(p.context.store, p.context.clock, p.context.statistics, w);
            } },
        { QStringLiteral("healthDock"), beside(How::TabBehind, QStringLiteral("statisticsDock")),
            [](const DockParts&, QWidget* w) { return new HealthDock(w); } },
        // Who must hear what sits beside the checklist: both drive the commander's next minutes.
        { QStringLiteral("CommunicationDock"), beside(How::TabBehind, QStringLiteral("ChecklistDock"), true),
            [](const DockParts& p, QWidget* w) {
                return new CommunicationDock(
                    p.context.store, p.context.commands, p.context.clock, p.context.communication, w);
            } },
        { QStringLiteral("ReviewDock"), beside(How::TabBehind, QStringLiteral("CommunicationDock")),
            [](const DockParts& p, QWidget* w) {
                return new ReviewDock(
                    p.context.store, p.context.commands, p.context.clock, p.context.reviewTemplate, w);
            } },
    };
}

int dockLayoutVersion(const QList<DockEntry>& docks)
{
    QByteArray description;
    for (const DockEntry& dock : docks) {
        description += dock.name.toUtf8() + ':' + QByteArray::number(static_cast<int>(dock.placement.how))
            + ':' + QByteArray::number(static_cast<int>(dock.placement.area)) + ':'
            + dock.placement.of.toUtf8() + ';';
    }
    // A checksum, not qHash: the same on every run, or no saved layout would ever apply.
    return static_cast<int>(qChecksum(description));
}
