#pragma once

#include "models/domain/classification.h"
#include "models/rules/incidentmatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

// A response playbook: phased steps (the seeds' workflows for outage, security,
// performance, data and integration incidents, and the automated procedures of
// 003: database connection failure, high error rate, security incident,
// performance degradation), with the estimated duration and skills it needs.
// Phases on the critical response path are marked and shown as such. One JSON
// file each; the user's config directory adds playbooks or replaces shipped ones by id.
struct PlaybookPhase {
    QString name;
    QString window; // "0–15 minutes"
    bool critical = false;
    QStringList steps;
};

struct Playbook {
    QString id;
    QString title;
    std::optional<IncidentType> incidentType; // attached when an incident of this type is declared
    // Also attached to a declared incident that meets any of these ("matches" in the file): the
    // procedure for a database connection failure to every incident of the database service.
    QList<IncidentMatcher> matches;
    int estimatedDurationMinutes = 0;
    QStringList requiredSkills;
    QStringList runbooks; // ids of runbooks that help with it
    QList<PlaybookPhase> phases;
    // Seed 001: "Review and update playbooks quarterly". When the team last went through it and who did
    // ("lastReviewed", "reviewedBy" in its file: a shipped playbook has neither until someone here marks it
    // reviewed), and how many months until the next review ("reviewEveryMonths", 3 unless it says so).
    QDate lastReviewed;
    QString reviewedBy;
    int reviewEveryMonths = 3;
    QString file; // where it was read from: a shipped resource or the user's copy

    // Its next review's day; invalid when it has never been reviewed, which makes it due now.
    QDate reviewDue() const
    {
        return lastReviewed.isValid() ? lastReviewed.addMonths(reviewEveryMonths) : QDate();
    }
    bool reviewIsDue(const QDate& today) const { return !lastReviewed.isValid() || reviewDue() <= today; }

    static std::optional<Playbook> parse(const QByteArray& json, QString* error);
};

// A runbook in the template of 001: symptoms, impact, triage, resolution
// options, verification checklist, communication. Markdown files, id from the name.
struct Runbook {
    QString id; // "database-failover"
    QString title; // from the first heading
    QString markdown;
};

class PlaybookCatalog {
    Q_DECLARE_TR_FUNCTIONS(PlaybookCatalog)
public:
    QList<Playbook> playbooks;
    QList<Runbook> runbooks;

    const Playbook* playbook(const QString& id) const;
    const Playbook* forType(IncidentType type) const;
    // Every playbook a declared incident gets, each once: `chosen` (an alert rule's "playbook") first if
    // it exists, then its type's, then those whose matches it meets, in catalogue order.
    QList<const Playbook*> forIncident(const Incident& incident, const QString& chosen) const;
    const Runbook* runbook(const QString& id) const;
    // The runbook a link names: its id, or a URL whose last path part is the id
    // (alert rules link "https://runbooks.example.com/database-failover").
    const Runbook* runbookForLink(const QString& link) const;

    // The shipped playbooks and runbooks, then the user's from `userDirectory`
    // (playbooks/*.json, runbooks/*.md), which replace shipped ones of the same id.
    // A file that cannot be read is skipped and named in *warnings.
    static PlaybookCatalog load(const QString& userDirectory, QStringList* warnings);
    static PlaybookCatalog builtIn();

    // The playbooks whose review is due on `today`, most overdue first (never reviewed before all).
    QList<const Playbook*> reviewsDue(const QDate& today) const;
    // Notes that `playbook` was reviewed on `day` by `who`: its file, with lastReviewed and reviewedBy set,
    // is written to the user's playbooks (<userDirectory>/playbooks/<id>.json), which replace the shipped
    // ones. False with the reason in *error when it cannot be written.
    static bool markReviewed(const QString& userDirectory, const Playbook& playbook, const QDate& day,
        const QString& who, QString* error);
};
