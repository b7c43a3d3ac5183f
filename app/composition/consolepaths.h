#pragma once

#include <QString>

// Where the console keeps its files on this machine. Credentials are never
// among them: they live in the OS keychain.
namespace ConsolePaths {
QString defaultDatabase(); // <user data dir>/incidents.db
// Where this machine keeps the files of a store (the alert inbox): beside a SQLite file, and for a
// database on a server <user data dir>/team-<hash of its URL>, one per database.
QString localFilesOf(const QString& databaseLocation);
QString configDirectory(); // <user config dir>
QString severityPolicyFile(); // <config dir>/severity-policy.json
QString alertRulesFile(); // <config dir>/alert-rules.json
QString pollingFile(); // <config dir>/polling.json
QString escalationFile(); // <config dir>/escalation.json: on-call schedules and escalation policies
QString integrationsFile(); // <config dir>/integrations.json: outbound PagerDuty, Slack, webhook, Statuspage
QString communicationFile(); // <config dir>/communication.json: the communication matrix, cadence, compliance
QString
reviewTemplateFile(); // <config dir>/review-template.json: the post-incident review's sections and deadlines
QString statisticsFile(); // <config dir>/statistics.json: response goals, health tiles, the wall display
QString settingsFile(); // <config dir>/console.ini: window layout and the user's display name
// The name written on timeline entries when nobody said otherwise: the login name.
QString defaultAuthor();
}
