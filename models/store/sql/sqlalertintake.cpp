#include "models/store/sql/sqlalertintake.h"

#include "models/store/alerttable.h"
#include "models/store/incidentrecords.h"
#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"
#include "models/store/sql/sqlsilencerecords.h"

using namespace SqlSupport;

namespace {
// As many as the receiver keeps of refusals it made itself.
constexpr int kRejectedDeliveriesKept = 500;

TimelineEntry alertEntry(TimelineKind kind, const Alert& alert)
{
    TimelineEntry entry;
    entry.kind = kind;
    entry.field = alert.source;
    entry.newValue = alert.name;
    entry.body = alert.summary;
    return entry;
}
}

SqlAlertIntake::SqlAlertIntake(SqlSession& session, SqlJournal& journal, IncidentRecords& incidents,
    SqlSilenceRecords& silences, AlertTable& alerts)
    : m_session(session)
    , m_journal(journal)
    , m_incidents(incidents)
    , m_silences(silences)
    , m_alerts(alerts)
{
}

StoreResult<AlertIngestReport> SqlAlertIntake::ingestAlerts(
    const QList<AlertSignal>& alerts, const AlertRules& rules)
{
    AlertDelivery delivery;
    delivery.alerts = alerts;
    return ingestAlertDeliveries({ delivery }, rules).first();
}

QList<StoreResult<AlertIngestReport>> SqlAlertIntake::ingestAlertDeliveries(
    const QList<AlertDelivery>& deliveries, const AlertRules& rules)
{
    // One commit for all: the commit, not the work per alert, is what a
    // delivery of a few alerts mostly costs. Savepoints per delivery would
    // copy every page they touch to a statement journal, so instead a
    // delivery that fails sends the others round again, one commit each.
    qsizetype failedDelivery = -1;
    const StoreResult<QList<AlertIngestReport>> together
        = ingestTogether(deliveries, rules, nullptr, {}, &failedDelivery);
    QList<StoreResult<AlertIngestReport>> results;
    if (together) {
        for (const AlertIngestReport& report : *together)
            results.append(report);
    } else if (failedDelivery >= 0 && deliveries.size() > 1) {
        for (const AlertDelivery& one : deliveries)
            results.append(ingestAlertDeliveries({ one }, rules).first());
    } else {
        for (qsizetype i = 0; i < deliveries.size(); ++i)
            results.append(StoreResult<AlertIngestReport>::failureFrom(together));
    }
    return results;
}

StoreResult<QList<AlertIngestReport>> SqlAlertIntake::ingestFromInbox(const QList<AlertDelivery>& deliveries,
    const AlertRules& rules, const InboxMark& mark, const QList<RejectedDelivery>& refused,
    qsizetype* failedDelivery)
{
    return ingestTogether(deliveries, rules, &mark, refused, failedDelivery);
}

StoreResult<qint64> SqlAlertIntake::inboxAppliedThrough(const QString& inbox)
{
    const PreparedStatements::Run read = m_session.statements().run(
        QStringLiteral("SELECT COALESCE((SELECT through FROM inbox_applied WHERE inbox = ?), 0)"), { inbox });
    if (!read || !read.query().next())
        return failed<qint64>(read.query());
    return read.query().value(0).toLongLong();
}

StoreResult<QList<AlertIngestReport>> SqlAlertIntake::ingestTogether(const QList<AlertDelivery>& deliveries,
    const AlertRules& rules, const InboxMark* mark, const QList<RejectedDelivery>& refused,
    qsizetype* failedDelivery)
{
    using Result = StoreResult<QList<AlertIngestReport>>;
    *failedDelivery = -1;
    QString error;
    if (!m_session.begin(&error))
        return Result::failure(StoreErrorKind::Unavailable, tr("The database is busy: %1").arg(error));
    const QDateTime now = m_session.now();
    const StoreResult<ActiveSilences> silences = m_silences.activeSilences(now);
    if (!silences) {
        m_session.rollback();
        return Result::failureFrom(silences);
    }
    m_alertVolume.rolledBack(); // nothing of an earlier, failed transaction stays counted
    if (mark) {
        const StoreResult<qint64> current = inboxAppliedThrough(mark->inbox);
        if (!current || *current != mark->from) {
            m_session.rollback();
            return current
                ? Result::failure(StoreErrorKind::Rejected, tr("Another console applied these alerts first."))
                : Result::failureFrom(current);
        }
    }
    const auto abandon = [this](const auto& failure) {
        m_session.rollback();
        m_alertVolume.rolledBack();
        return Result::failureFrom(failure);
    };
    QList<AlertIngestReport> reports;
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        const StoreResult<AlertIngestReport> report = ingestDelivery(deliveries.at(i), rules, *silences, now);
        if (!report) {
            // Only a refusal of this delivery (a rule, a constraint) singles it out. A store
            // that cannot write now (disk full, I/O error) fails them all, to be tried again
            // whole: its senders were told they may forget these alerts.
            if (report.errorKind() == StoreErrorKind::Rejected
                || report.errorKind() == StoreErrorKind::NotFound)
                *failedDelivery = i;
            return abandon(report);
        }
        reports.append(*report);
    }
    for (const RejectedDelivery& delivery : refused) {
        if (const StoreResult<qint64> kept = insertRejectedDelivery(delivery, kRejectedDeliveriesKept); !kept)
            return abandon(kept);
    }
    if (mark) {
        const PreparedStatements::Run moved = m_session.statements().run(
            QStringLiteral("INSERT INTO inbox_applied (inbox, through) VALUES (?, ?) "
                           "ON CONFLICT (inbox) DO UPDATE SET through = excluded.through"),
            { mark->inbox, mark->through });
        if (!moved)
            return abandon(failed<bool>(moved.query()));
    }
    const bool writeCounts = m_alertVolume.writeDue(now);
    if (writeCounts) {
        if (const StoreResult<bool> counted = m_alertVolume.write(m_session.statements(), now); !counted)
            return abandon(counted);
    }
    if (!m_session.commit(&error)) {
        m_alertVolume.rolledBack();
        return Result::failure(StoreErrorKind::Unavailable, error);
    }
    m_alertVolume.committed(writeCounts);
    return reports;
}

StoreResult<AlertIngestReport> SqlAlertIntake::ingestDelivery(const AlertDelivery& delivery,
    const AlertRules& rules, const ActiveSilences& silences, const QDateTime& now)
{
    AlertIngestReport report;
    report.received = static_cast<int>(delivery.alerts.size());
    if (!delivery.deliveryId.isEmpty()) {
        const StoreResult<bool> first = recordDeliveryId(delivery, now);
        if (!first)
            return StoreResult<AlertIngestReport>::failureFrom(first);
        if (!*first) {
            report.duplicate = true;
            return report;
        }
    }
    for (const AlertSignal& signal : delivery.alerts) {
        const StoreResult<bool> done = ingestAlert(signal, rules, silences, now, &report);
        if (!done)
            return StoreResult<AlertIngestReport>::failureFrom(done);
    }
    report.incidentKeys.removeDuplicates();
    return report;
}

StoreResult<bool> SqlAlertIntake::recordDeliveryId(const AlertDelivery& delivery, const QDateTime& now)
{
    // Senders retry for hours, not weeks: ids older than a week are let go.
    constexpr qint64 kKeptDays = 7;
    const PreparedStatements::Run prune
        = m_session.statements().run(QStringLiteral("DELETE FROM processed_deliveries WHERE received_at < ?"),
            { toDb(now.addDays(-kKeptDays)) });
    if (!prune)
        return failed<bool>(prune.query());
    const PreparedStatements::Run insert = m_session.statements().run(
        QStringLiteral("INSERT INTO processed_deliveries (source, delivery_id, received_at) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING"),
        { delivery.source, delivery.deliveryId, toDb(now) });
    if (!insert)
        return failed<bool>(insert.query());
    return insert.query().numRowsAffected() == 1;
}

StoreResult<bool> SqlAlertIntake::annotate(const AlertSignal& signal, AlertIngestReport* report)
{
    StoreResult<std::optional<Alert>> alert = m_alerts.findLatest(signal.source, signal.fingerprint);
    if (!alert)
        return StoreResult<bool>::failureFrom(alert);
    // A note about something this console never saw has nowhere to go.
    if (!alert->has_value() || (*alert)->incidentId <= 0 || signal.note.trimmed().isEmpty())
        return true;
    TimelineEntry entry;
    entry.kind = TimelineKind::Note;
    entry.body = signal.note.trimmed();
    const StoreResult<TimelineEntry> written
        = m_journal.appendEntry((*alert)->incidentId, entry, authorAtSource(signal));
    if (!written)
        return StoreResult<bool>::failureFrom(written);
    ++report->annotated;
    report->incidentKeys.append((*alert)->incidentKey);
    return true;
}

QString SqlAlertIntake::authorAtSource(const AlertSignal& signal)
{
    return signal.actor.trimmed().isEmpty()
        ? signal.source
        : QStringLiteral("%1 (%2)").arg(signal.actor.trimmed(), signal.source);
}

StoreResult<bool> SqlAlertIntake::acknowledgeIncidentOf(const Alert& alert, const AlertSignal& signal)
{
    if (alert.incidentId <= 0)
        return true;
    const StoreResult<Incident> current = m_journal.incident(alert.incidentId);
    if (!current)
        return StoreResult<bool>::failureFrom(current);
    // Only a fresh incident: one that people here have moved on is left as they left it.
    if (current->status != IncidentStatus::Triggered)
        return true;
    const StoreResult<Incident> acknowledged
        = m_incidents.changeStatus(alert.incidentId, IncidentStatus::Acknowledged, authorAtSource(signal));
    if (!acknowledged)
        return StoreResult<bool>::failureFrom(acknowledged);
    return true;
}

StoreResult<bool> SqlAlertIntake::ingestAlert(const AlertSignal& signal, const AlertRules& rules,
    const ActiveSilences& silences, const QDateTime& now, AlertIngestReport* report)
{
    if (signal.fingerprint.isEmpty() || signal.source.isEmpty())
        return rejected<bool>(tr("An alert needs a source and a fingerprint."));
    const SqlSession::OriginScope origin(m_session, signal.source);
    if (signal.action == AlertSignal::Action::Annotate)
        return annotate(signal, report);
    const AlertDecision decision = rules.decide(signal);
    const StoreResult<AlertNotice::Known> known = knownOf(signal);
    if (!known)
        return StoreResult<bool>::failureFrom(known);
    AlertNotice::Outcome notice = AlertNotice::apply(signal, decision, *known, silences, now, report);
    if (notice.late)
        return true;
    if (notice.linksToIncident(signal)) {
        const StoreResult<bool> linked = linkToIncident(&notice.after, decision, signal, rules, now, report);
        if (!linked)
            return linked;
    }
    if (!signal.resolved)
        m_alertVolume.count(notice.after, now);
    if (const StoreResult<bool> written = write(&notice, report); !written)
        return written;
    const Alert& alert = notice.after;
    if (notice.resolvesOpenAlert(signal) && alert.incidentId > 0) {
        const StoreResult<TimelineEntry> entry = m_journal.appendEntry(
            alert.incidentId, alertEntry(TimelineKind::AlertResolved, alert), signal.source);
        if (!entry)
            return StoreResult<bool>::failureFrom(entry);
        if (rules.autoResolve()) {
            const StoreResult<bool> resolved
                = resolveIfAllAlertsResolved(alert.incidentId, signal.source, report);
            if (!resolved)
                return resolved;
        }
    }
    if (notice.acknowledging)
        return acknowledgeIncidentOf(alert, signal);
    return true;
}

StoreResult<AlertNotice::Known> SqlAlertIntake::knownOf(const AlertSignal& signal)
{
    using Result = StoreResult<AlertNotice::Known>;
    AlertNotice::Known known;
    const StoreResult<std::optional<Alert>> open = m_alerts.findOpen(signal.source, signal.fingerprint);
    if (!open)
        return Result::failureFrom(open);
    known.open = *open;
    if (known.open)
        return known;
    if (signal.resolved) {
        const StoreResult<std::optional<Alert>> episode
            = m_alerts.findEpisode(signal.source, signal.fingerprint, signal.startsAt);
        if (!episode)
            return Result::failureFrom(episode);
        known.episode = *episode;
    } else if (signal.startsAt.isValid()) {
        const StoreResult<std::optional<AlertNotice::EndedEpisode>> ended
            = m_alerts.endedEpisode(signal.source, signal.fingerprint, signal.startsAt);
        if (!ended)
            return Result::failureFrom(ended);
        known.ended = *ended;
    }
    return known;
}

StoreResult<bool> SqlAlertIntake::write(AlertNotice::Outcome* notice, AlertIngestReport* report)
{
    if (!notice->isNew)
        return m_alerts.save(notice->before, notice->after);
    const StoreResult<qint64> id = m_alerts.insert(notice->after);
    if (!id)
        return StoreResult<bool>::failureFrom(id);
    notice->after.id = *id;
    ++report->created;
    QString error;
    if (!m_alerts.logChange(notice->after.id, &error))
        return StoreResult<bool>::failure(StoreErrorKind::Unavailable, error);
    return true;
}

StoreResult<bool> SqlAlertIntake::linkToIncident(Alert* alert, const AlertDecision& decision,
    const AlertSignal& signal, const AlertRules& rules, const QDateTime& now, AlertIngestReport* report)
{
    const StoreResult<qint64> correlated = m_alerts.incidentForCorrelation(
        decision.correlationKey, now.addSecs(-60LL * rules.correlationWindowMinutes()));
    if (!correlated)
        return StoreResult<bool>::failureFrom(correlated);
    std::optional<Incident> incident;
    if (*correlated > 0) {
        const StoreResult<Incident> joined = m_journal.incident(*correlated);
        if (!joined)
            return StoreResult<bool>::failureFrom(joined);
        incident = *joined;
        ++report->incidentsJoined;
    } else if (decision.opensIncident) {
        IncidentDraft draft;
        draft.title = alert->summary.left(300);
        draft.description = signal.annotations.value(QStringLiteral("description")).trimmed();
        draft.severity = decision.severity;
        draft.type = decision.incidentType;
        draft.service = decision.service;
        draft.environment = decision.environment;
        draft.detectedAt = alert->startsAt;
        draft.detectionSource = DetectionSource::MonitoringAlert;
        draft.playbook = decision.playbook;
        const StoreResult<Incident> declared = m_incidents.declare(draft, signal.source);
        if (!declared)
            return StoreResult<bool>::failureFrom(declared);
        incident = *declared;
        ++report->incidentsOpened;
    } else {
        return true; // stays in the stream only
    }
    alert->incidentId = incident->id;
    alert->incidentKey = incident->key;
    const StoreResult<TimelineEntry> entry
        = m_journal.appendEntry(incident->id, alertEntry(TimelineKind::AlertFiring, *alert), signal.source);
    if (!entry)
        return StoreResult<bool>::failureFrom(entry);
    report->incidentKeys.append(incident->key);
    return true;
}

StoreResult<bool> SqlAlertIntake::resolveIfAllAlertsResolved(
    qint64 incidentId, const QString& author, AlertIngestReport* report)
{
    const StoreResult<int> open = m_alerts.openAlertsOfIncident(incidentId);
    if (!open)
        return StoreResult<bool>::failureFrom(open);
    if (*open > 0)
        return true;
    const StoreResult<Incident> current = m_journal.incident(incidentId);
    if (!current)
        return StoreResult<bool>::failureFrom(current);
    report->incidentKeys.append(current->key);
    // A person may have moved it on already (or closed it): leave it as they left it.
    if (!Lifecycle::isActive(current->status)
        || !Lifecycle::canTransition(current->status, IncidentStatus::Resolved))
        return true;
    const StoreResult<Incident> resolved
        = m_incidents.changeStatus(incidentId, IncidentStatus::Resolved, author);
    if (!resolved)
        return StoreResult<bool>::failureFrom(resolved);
    ++report->incidentsResolved;
    return true;
}

StoreResult<QList<AlertTrial>> SqlAlertIntake::trialAlerts(
    const QList<AlertSignal>& alerts, const AlertRules& rules)
{
    const QDateTime now = m_session.now();
    const StoreResult<ActiveSilences> silences = m_silences.activeSilences(now);
    if (!silences)
        return StoreResult<QList<AlertTrial>>::failureFrom(silences);
    QList<AlertTrial> trials;
    for (const AlertSignal& signal : alerts) {
        AlertTrial trial;
        trial.decision = rules.decide(signal);
        trial.silencedBy = signal.resolved ? 0 : silences->silencing(signal.labels);
        const StoreResult<std::optional<Alert>> open = m_alerts.findOpen(signal.source, signal.fingerprint);
        if (!open)
            return StoreResult<QList<AlertTrial>>::failureFrom(open);
        if (open->has_value()) {
            // A repeat stays with whatever its first notice was linked to.
            trial.openAlertId = (*open)->id;
            trial.joinsIncident = (*open)->incidentKey;
        } else if (!signal.resolved && trial.silencedBy == 0) {
            const StoreResult<qint64> correlated = m_alerts.incidentForCorrelation(
                trial.decision.correlationKey, now.addSecs(-60LL * rules.correlationWindowMinutes()));
            if (!correlated)
                return StoreResult<QList<AlertTrial>>::failureFrom(correlated);
            if (*correlated > 0) {
                const StoreResult<Incident> joined = m_journal.incident(*correlated);
                if (!joined)
                    return StoreResult<QList<AlertTrial>>::failureFrom(joined);
                trial.joinsIncident = joined->key;
            } else {
                trial.opensIncident = trial.decision.opensIncident;
            }
        }
        trials.append(trial);
    }
    return trials;
}

StoreResult<bool> SqlAlertIntake::keepRejectedDeliveries(const QList<RejectedDelivery>& deliveries, int keep)
{
    return m_session.inTransaction<bool>([&]() -> StoreResult<bool> {
        for (const RejectedDelivery& delivery : deliveries) {
            if (const StoreResult<qint64> kept = insertRejectedDelivery(delivery, keep); !kept)
                return StoreResult<bool>::failureFrom(kept);
        }
        return true;
    });
}

StoreResult<qint64> SqlAlertIntake::insertRejectedDelivery(const RejectedDelivery& delivery, int keep)
{
    QSqlQuery insert(m_session.database());
    if (!prepareAndExec(insert,
            QStringLiteral(
                "INSERT INTO rejected_deliveries (at, route, peer, status, reason, content_type, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { toDb(delivery.at.isValid() ? delivery.at : m_session.now()), delivery.route, delivery.peer,
                delivery.status, delivery.reason, delivery.contentType, delivery.body })
        || !insert.next())
        return failed<qint64>(insert);
    const qint64 id = insert.value(0).toLongLong();
    insert.finish(); // a RETURNING statement is done only once stepped past its row
    QSqlQuery prune(m_session.database());
    if (!prepareAndExec(
            prune, QStringLiteral("DELETE FROM rejected_deliveries WHERE id <= ?"), { id - keep }))
        return failed<qint64>(prune);
    return id;
}

StoreResult<QList<RejectedDelivery>> SqlAlertIntake::rejectedDeliveries(int limit)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT id, at, route, peer, status, reason, content_type, substr(body, 1, ?), "
                           "length(body) FROM rejected_deliveries ORDER BY id DESC LIMIT ?"),
            { RejectedDelivery::kBodyReadBytes, limit }))
        return failed<QList<RejectedDelivery>>(query);
    QList<RejectedDelivery> result;
    while (query.next()) {
        RejectedDelivery delivery;
        delivery.id = query.value(0).toLongLong();
        delivery.at = fromDb(query.value(1));
        delivery.route = query.value(2).toString();
        delivery.peer = query.value(3).toString();
        delivery.status = query.value(4).toInt();
        delivery.reason = query.value(5).toString();
        delivery.contentType = query.value(6).toString();
        delivery.body = query.value(7).toByteArray();
        delivery.bodySize = query.value(8).toLongLong();
        result.append(delivery);
    }
    return result;
}

StoreResult<bool> SqlAlertIntake::writeAlertCounts()
{
    if (!m_alertVolume.hasPending())
        return true;
    QString error;
    if (!m_session.begin(&error))
        return StoreResult<bool>::failure(StoreErrorKind::Unavailable, error);
    const StoreResult<bool> written = m_alertVolume.write(m_session.statements(), m_session.now());
    if (!written || !m_session.commit(&error)) {
        if (written)
            return StoreResult<bool>::failure(StoreErrorKind::Unavailable, error);
        m_session.rollback();
        return written;
    }
    m_alertVolume.committed(true);
    return true;
}
