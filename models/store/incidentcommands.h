#pragma once

#include "models/store/asyncincidentstore.h"

#include <QObject>

#include <functional>

// The changes a person makes to incidents and alerts (and the silences that
// hold alerts), sent to the store thread under the person's name. Failures come back as one readable sentence
// via failed(); successes show up in every view through the store's change notifications.
class IncidentCommands final : public QObject {
    Q_OBJECT
public:
    IncidentCommands(AsyncIncidentStore* store, QString author, QObject* parent = nullptr);

    const QString& author() const { return m_author; }
    // Who the following changes are recorded as; blank names are ignored.
    void setAuthor(const QString& author);

    void declare(const IncidentDraft& draft, std::function<void(const Incident&)> onDeclared = {});
    void changeStatus(qint64 incidentId, IncidentStatus to);
    void changeSeverity(qint64 incidentId, Severity to);
    void assignRole(qint64 incidentId, IncidentRole role, const QString& person);
    // `basedOn`: the value the user began editing from. If someone else changed the field meanwhile,
    // nothing is saved and `onConflict` (or failed()) hears who did, and when.
    void editField(qint64 incidentId, IncidentField field, const QString& value,
        const std::optional<QString>& basedOn = std::nullopt,
        std::function<void(const QString&)> onConflict = {});
    void addNote(qint64 incidentId, const QString& text, std::function<void()> onAdded = {});
    void addCorrection(qint64 entryId, const QString& text);
    void attachPlaybook(qint64 incidentId, const Playbook& playbook);
    void setChecklistItem(qint64 itemId, bool done);
    // Pages the next level of the incident's escalation policy now.
    void escalate(qint64 incidentId, const EscalationConfig& config,
        std::function<void(const TimelineEntry&)> onEscalated = {});

    // An update sent to an audience: on the timeline, restarting its clock (and to Slack through the outbox).
    void recordCommunication(
        qint64 incidentId, const CommunicationRecord& record, std::function<void()> onRecorded = {});
    void saveStatusPageDraft(const StatusPageUpdate& draft);
    // Into the history and on the timeline; to Statuspage through the outbox when `publish`.
    void postStatusPageUpdate(const StatusPageUpdate& update, bool publish,
        std::function<void(const StatusPageUpdate&)> onPosted = {});

    void acknowledgeAlert(qint64 alertId);
    void attachAlert(qint64 alertId, qint64 incidentId);
    void declareFromAlert(qint64 alertId, std::function<void(const Incident&)> onDeclared = {});
    // `silence.createdBy` is set to the author here.
    void addSilence(Silence silence, std::function<void(const Silence&)> onAdded = {});
    void expireSilence(qint64 silenceId, std::function<void(const Silence&)> onExpired = {});

Q_SIGNALS:
    void failed(const QString& message);
    // A silence was added or ended here (the store's change log knows alerts, not silences).
    void silencesChanged();
    // The status page draft or history of an incident changed here.
    void statusPageChanged(qint64 incidentId);

private:
    template<typename T>
    void submit(
        std::function<StoreResult<T>(IncidentStore&)> job, std::function<void(const T&)> onSuccess = {});

    AsyncIncidentStore* m_store;
    QString m_author;
};
