#include "models/store/incidentcommands.h"

IncidentCommands::IncidentCommands(AsyncIncidentStore* store, QString author, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_author(std::move(author))
{
}

void IncidentCommands::setAuthor(const QString& author)
{
    if (!author.trimmed().isEmpty())
        m_author = author.trimmed();
}

template<typename T>
void IncidentCommands::submit(
    std::function<StoreResult<T>(IncidentStore&)> job, std::function<void(const T&)> onSuccess)
{
    m_store->run<StoreResult<T>>(this, std::move(job), [this, onSuccess](const StoreResult<T>& result) {
        if (!result)
            Q_EMIT failed(result.error());
        else if (onSuccess)
            onSuccess(*result);
    });
}

void IncidentCommands::declare(const IncidentDraft& draft, std::function<void(const Incident&)> onDeclared)
{
    submit<Incident>(
        [draft, author = m_author](IncidentStore& store) { return store.incidents().declare(draft, author); },
        std::move(onDeclared));
}

void IncidentCommands::changeStatus(qint64 incidentId, IncidentStatus to)
{
    submit<Incident>([incidentId, to, author = m_author](IncidentStore& store) {
        return store.incidents().changeStatus(incidentId, to, author);
    });
}

void IncidentCommands::changeSeverity(qint64 incidentId, Severity to)
{
    submit<Incident>([incidentId, to, author = m_author](IncidentStore& store) {
        return store.incidents().changeSeverity(incidentId, to, author);
    });
}

void IncidentCommands::assignRole(qint64 incidentId, IncidentRole role, const QString& person)
{
    submit<Incident>([incidentId, role, person, author = m_author](IncidentStore& store) {
        return store.incidents().assignRole(incidentId, role, person, author);
    });
}

void IncidentCommands::editField(qint64 incidentId, IncidentField field, const QString& value,
    const std::optional<QString>& basedOn, std::function<void(const QString&)> onConflict)
{
    m_store->run<StoreResult<Incident>>(
        this,
        [incidentId, field, value, basedOn, author = m_author](IncidentStore& store) {
            return store.incidents().editField(incidentId, field, value, author, basedOn);
        },
        [this, onConflict = std::move(onConflict)](const StoreResult<Incident>& result) {
            if (result)
                return;
            if (result.errorKind() == StoreErrorKind::Conflict && onConflict)
                onConflict(result.error());
            Q_EMIT failed(result.error());
        });
}

void IncidentCommands::addNote(qint64 incidentId, const QString& text, std::function<void()> onAdded)
{
    submit<TimelineEntry>(
        [incidentId, text, author = m_author](
            IncidentStore& store) { return store.incidents().addNote(incidentId, text, author); },
        [onAdded](const TimelineEntry&) {
            if (onAdded)
                onAdded();
        });
}

void IncidentCommands::recordCommunication(
    qint64 incidentId, const CommunicationRecord& record, std::function<void()> onRecorded)
{
    submit<TimelineEntry>(
        [incidentId, record, author = m_author](IncidentStore& store) {
            return store.communication().recordCommunication(incidentId, record, author);
        },
        [onRecorded](const TimelineEntry&) {
            if (onRecorded)
                onRecorded();
        });
}

void IncidentCommands::saveStatusPageDraft(const StatusPageUpdate& draft)
{
    submit<StatusPageUpdate>([draft, author = m_author](IncidentStore& store) {
        return store.communication().saveStatusPageDraft(draft, author);
    });
}

void IncidentCommands::postStatusPageUpdate(
    const StatusPageUpdate& update, bool publish, std::function<void(const StatusPageUpdate&)> onPosted)
{
    submit<StatusPageUpdate>(
        [update, publish, author = m_author](IncidentStore& store) {
            return store.communication().postStatusPageUpdate(update, publish, author);
        },
        [this, onPosted](const StatusPageUpdate& posted) {
            Q_EMIT statusPageChanged(posted.incidentId);
            if (onPosted)
                onPosted(posted);
        });
}

void IncidentCommands::escalate(
    qint64 incidentId, const EscalationConfig& config, std::function<void(const TimelineEntry&)> onEscalated)
{
    submit<TimelineEntry>(
        [incidentId, config, author = m_author](
            IncidentStore& store) { return store.escalation().escalateNow(incidentId, config, author); },
        [onEscalated](const TimelineEntry& entry) {
            if (onEscalated)
                onEscalated(entry);
        });
}

void IncidentCommands::attachPlaybook(qint64 incidentId, const Playbook& playbook)
{
    submit<QList<ChecklistItem>>([incidentId, playbook, author = m_author](IncidentStore& store) {
        return store.checklists().attachPlaybook(incidentId, playbook, author);
    });
}

void IncidentCommands::setChecklistItem(qint64 itemId, bool done)
{
    submit<ChecklistItem>([itemId, done, author = m_author](IncidentStore& store) {
        return store.checklists().setChecklistItem(itemId, done, author);
    });
}

void IncidentCommands::addCorrection(qint64 entryId, const QString& text)
{
    submit<TimelineEntry>([entryId, text, author = m_author](IncidentStore& store) {
        return store.incidents().addCorrection(entryId, text, author);
    });
}

void IncidentCommands::acknowledgeAlert(qint64 alertId)
{
    submit<Alert>([alertId, author = m_author](
                      IncidentStore& store) { return store.alerts().acknowledge(alertId, author); });
}

void IncidentCommands::attachAlert(qint64 alertId, qint64 incidentId)
{
    submit<Alert>([alertId, incidentId, author = m_author](
                      IncidentStore& store) { return store.alerts().attach(alertId, incidentId, author); });
}

void IncidentCommands::declareFromAlert(qint64 alertId, std::function<void(const Incident&)> onDeclared)
{
    submit<Incident>([alertId, author = m_author](
                         IncidentStore& store) { return store.alerts().declareFromAlert(alertId, author); },
        std::move(onDeclared));
}

void IncidentCommands::addSilence(Silence silence, std::function<void(const Silence&)> onAdded)
{
    silence.createdBy = m_author;
    submit<Silence>([silence](IncidentStore& store) { return store.silences().add(silence); },
        [this, onAdded = std::move(onAdded)](const Silence& added) {
            Q_EMIT silencesChanged();
            if (onAdded)
                onAdded(added);
        });
}

void IncidentCommands::expireSilence(qint64 silenceId, std::function<void(const Silence&)> onExpired)
{
    submit<Silence>([silenceId, author = m_author](
                        IncidentStore& store) { return store.silences().expire(silenceId, author); },
        [this, onExpired = std::move(onExpired)](const Silence& expired) {
            Q_EMIT silencesChanged();
            if (onExpired)
                onExpired(expired);
        });
}
