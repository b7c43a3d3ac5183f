<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionItemModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertCsv</name>
    <message>
        <source>Cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>it was written by a newer Incident Console (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the alert inbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s bytes do not decode as alert deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertInboxDrain</name>
    <message>
        <source>Accepted into the alert inbox, then refused by the store: %1 The body holds its alerts in the generic format (POST /webhooks/alerts/generic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertPoller</name>
    <message>
        <source>No PagerDuty REST API key in the keychain: incident-console secret set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no &quot;incidents&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a list of alerts; is this Alertmanager&apos;s API v2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) needs an &quot;alertName&quot; or &quot;matchers&quot;; it would match every alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;incidentType&quot; must be one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;correlation&quot;.&quot;labels&quot; must name at least one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;correlation&quot;.&quot;windowMinutes&quot; cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRulesApi</name>
    <message>
        <source>Send the alert as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receiver has no rules file of its own to write; its rules are the shipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were not replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were not replaced: %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were not replaced: the version in force could not be kept in alert-rules-history beside %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStatusNames</name>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStreamDock</name>
    <message>
        <source>Alert stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alerts to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search alert, summary, service, fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare incident from alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach to incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1 from the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active incident to attach the alert to; declare one (D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the alert to the incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting alerts to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 alerts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerPayload</name>
    <message>
        <source>The body is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object with an &quot;alerts&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no &quot;alerts&quot; array; is this an Alertmanager webhook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groupLabels, commonLabels and commonAnnotations must be objects of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts[%1]: labels and annotations must be objects of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts[%1] has no alertname label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts[%1]: status must be &quot;firing&quot; or &quot;resolved&quot;, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts[%1]: startsAt and endsAt must be RFC 3339 times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerSource</name>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsApi</name>
    <message>
        <source>“%1” is not an alert status (firing, acknowledged, suppressed, resolved, open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the alert: &quot;alert_id&quot;, its id as GET /alerts gives it. To send a new alert, post it to /api/alerting/send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDock</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;unbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No playbook for this incident yet: add one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done. Phases on the critical response path are dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2 min; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runbooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the critical response path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal discovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudWatchSource</name>
    <message>
        <source>AWS SNS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandStore</name>
    <message>
        <source>incident-console %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be asked for the database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Communication</name>
    <message>
        <source>Phone/SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack/Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationDock</name>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · War room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · No war room yet (set it in the Incident panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n update overdue</numerusform>
            <numerusform>%n updates overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Communication matrix not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationModel</name>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · call the executives now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet: add them with Edit matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required information:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationPlan</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadence of %1: minutes must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dueSoonPercent must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every stakeholder group needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group id “%1” is used twice or reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group “%1”: “%2” is not a severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group “%1”: “%2” is not a channel (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every compliance rule needs an id and data (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance rule “%1” needs deadlineMinutes (0: immediately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Using the built-in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. Using the built-in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleCommandLine</name>
    <message>
        <source>The SQLite database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the receiver over HTTPS with this certificate (PEM, chain included); needs --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM). An encrypted key opens with the keychain&apos;s receiver/tls-key-passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: HTTPS needs both the certificate and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NOC wall display: full screen, read-only, rotating through active incidents, alerts, health and charts (views and timing in statistics.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of credential files, one a keychain key with &apos;.&apos; for &apos;/&apos; (receiver.token, postgres.password), readable by the service alone: for a service with no keychain. Default: $CREDENTIALS_DIRECTORY, where systemd&apos;s LoadCredential= puts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console serve: the receiver, polling, the outbox and escalation, with no window.
Several may share one PostgreSQL database (--db postgresql://…) behind a load balancer. Stops on SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the HTTP receiver listens (default: %1), or off. Other than loopback only over HTTPS and with a receiver token in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console: a desktop console for incident response.

Commands that need no window:
  declare SEVERITY [TYPE] [ENVIRONMENT] [--title TEXT]   declare an incident, e.g.
      declare critical outage production   (the seeds&apos; /incident-response)
  declare SERVICE SEVERITY &quot;TITLE&quot;   the same, as the seeds&apos; emergency script writes it
  (see `incident-console declare --help`)
  secret(s) list | set KEY | delete KEY   credentials in the OS keychain
  export-pir INCIDENT --format pdf|html|md -o FILE   an incident&apos;s post-incident review
  report --month YYYY-MM --format pdf|html|md -o FILE   the monthly incident report
  migrate --from FILE --to postgresql://…   move a console&apos;s database to a team&apos;s
  offline take INCIDENT --from DATABASE -o FILE | push FILE   write a review with no network
  serve [--db URL] [--listen ADDRESS:PORT]   the receiver and paging with no window (see `incident-console serve --help`)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialCatalogue</name>
    <message>
        <source>Receiver: bearer token for the HTTP API and for webhooks without their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver: passphrase of the HTTPS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty REST API key, for polling incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty Events API v2 routing key: pages for every incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack incoming webhook URL for incident messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage API key, for publishing status page updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage page id the updates go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty routing key for %1 escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1: bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1: basic auth, user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1: HMAC signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database (PostgreSQL): password, unless postgres/USER@HOST:PORT/DATABASE holds one for that database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialFiles</name>
    <message>
        <source>The credentials folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is readable by every user of this machine: make it readable by the service alone (chmod o-r).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too big to be a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials live only in the OS keychain, never in a file, the database or a log, and are never shown here. Changes take effect the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set or replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available: %1. Credentials cannot be stored, and the integrations that need them stay off (there is no plaintext fallback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for %1 (it is stored in the keychain and not shown again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n credential(s) from the environment into the keychain.</source>
        <translation>
            <numerusform>Imported %n credential from the environment into the keychain.</numerusform>
            <numerusform>Imported %n credentials from the environment into the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossSiteGuard</name>
    <message>
        <source>A request needs a Host header naming this receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receiver does not answer to the name “%1”. Use its address or localhost, or add the name to the receiver&apos;s host names in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from web pages at %1 are refused; add the origin to the receiver&apos;s allowed origins to permit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that a web page makes on another site&apos;s behalf are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that changes something needs “Content-Type: application/json”, even with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given: name a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database %1: give a SQLite file&apos;s path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL holds a password. Take it out: the console reads the password from the system keychain (entry &quot;postgres/password&quot;), so that it never shows in settings or in the list of running programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: write postgresql://user@host:5432/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL&apos;s port is not a port number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an option the console does not pass on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL&apos;s option %1 has a value the console cannot pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no server: write postgresql://user@host:5432/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: write postgresql://user@host:5432/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: write postgresql://user@host:5432/dbname, with characters such as # @ / ? and spaces in a name written as %XX.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareCommand</name>
    <message>
        <source>What is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact and what is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident commander.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who declares it (default: login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a severity, incident type or environment, or is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how severe it is: sev1–sev4, critical, high, medium or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console declare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the problem was detected, ISO 8601 (default: now), e.g. 2026-11-23T14:02:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detected needs a time with its zone, e.g. 2026-11-23T14:02:00Z or 2026-11-23T15:02:00+01:00; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console declare: skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is given twice: “%1” and --service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is given twice: “%1” and --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title is empty; leave it out to have the incident called by its severity, type and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console declare: no title was given, so %1 is called “%2” until someone retitles it (the Incident dock, or PATCH /incidents/%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console declare: detected now, %1. If the problem began earlier, declare with --detected TIME so that the time to detect counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: incident-console declare SEVERITY [TYPE] [ENVIRONMENT] [--title TEXT] [--service NAME]
                                [--description TEXT] [--commander NAME] [--detected TIME]
                                [--detected-by SOURCE] [--author NAME] [--db PATH]
       incident-console declare SERVICE SEVERITY TITLE [options]

  SEVERITY     sev1–sev4 or an alias: critical, high, medium, low, p0–p3, emergency, warning, info
  TYPE         %1 (default: outage)
  ENVIRONMENT  %2 (default: production)
  --title      without one, the incident is called by its severity, type and environment
               until someone retitles it
  --detected   when the problem was first noticed; without it, now (time to detect counts
               from it to the declaration)
  --detected-by  how it was discovered: %3

Examples, as the incident-response command and the emergency script write them:
  incident-console declare critical outage production
  incident-console declare high security all --title &quot;Leaked API key&quot;
  incident-console declare database critical &quot;Test incident&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was discovered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detected-by is one of %1; got “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, as users would say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. database, payments-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who leads the response (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact, symptoms, what is known so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the problem was first noticed, in local time. Time to detect counts from here to the declaration; leave it if that is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detec&amp;ted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title yet: it will be called “%1” until someone retitles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb until 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications on again (quiet until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console: nothing unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console: unacknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound the alarm for SEV1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as .md, .html or .pdf, not .%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <source>The newest %n incident(s); there are more.</source>
        <translation>
            <numerusform>The newest %n incident; there are more.</numerusform>
            <numerusform>The newest %n incidents; there are more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%n incident, newest first.</numerusform>
            <numerusform>%n incidents, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>Not for this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationConfig</name>
    <message>
        <source>%1: a schedule needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone (use names such as Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;start&quot; must be a local date and time such as 2026-11-02T09:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;rotation_turn_length_seconds&quot; must be at least 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;users&quot; must name at least one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nobody on the rota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a policy needs a &quot;name&quot; and at least one rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2: &quot;escalation_delay_in_minutes&quot; must be 0 or more, and not less than the rule before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2: a target is {&quot;type&quot;: &quot;schedule&quot; or &quot;user&quot;, &quot;id&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2: there is no schedule &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rule %2: it pages nobody (no targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;severity&quot; must be SEV1, SEV2, SEV3 or SEV4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;unacknowledged_minutes&quot; must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no escalation policy &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it needs a &quot;team&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation and on-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident follows the first rule it matches, once it has stayed unacknowledged that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each level pages its targets this long after the escalation starts. Targets: “schedule:primary” (whoever is on call then) or “user:Ana Lima”, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id (as policies name it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. America/New_York, Europe/Berlin, UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation layers: from the start (local time in the schedule&apos;s zone) each person is on call for one turn, in order. A later layer overrides the earlier ones once it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declared incident goes to the team of the first rule it matches (by type, a word of its service, severity); otherwise to the default team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule “%1”: the time zone is not one this computer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule “%1”: a layer&apos;s start must read like 2026-11-23 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReviewCommand</name>
    <message>
        <source>Usage: incident-console export-pir INCIDENT --format pdf|html|md -o FILE [--db PATH]

  INCIDENT  the incident&apos;s key (INC-2026-0001) or number
  --format  pdf, html or md (default: from the file&apos;s name)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s key or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console export-pir: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalLink</name>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericPayload</name>
    <message>
        <source>&quot;alerts&quot; must be an array of alert objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts[%1]: labels and annotations must be objects of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts[%1] has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be one alert object, a list of them, or an object with an &quot;alerts&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericSource</name>
    <message>
        <source>Any other tool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrafanaSource</name>
    <message>
        <source>Grafana</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>Incident Console cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded to the current schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped a playbook or runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: the receiver takes requests on loopback only, and PagerDuty and Slack stay off. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped a message template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials changed: the receiver, polling and outbound integrations restart with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. The escalation policies in force stay until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console cannot open its database.

%1

Trying again every %2 seconds; last try %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be asked for the database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDock</name>
    <message>
        <source>System health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://prometheus.example:9090 — Enter to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) failing</source>
        <translation>
            <numerusform>%n tile failing</numerusform>
            <numerusform>%n tiles failing</numerusform>
        </translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus yet. Type its address above and press Enter; then %1 are read from it, each with its change against a baseline and a sparkline. The queries are in statistics.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>Prometheus cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus address: set it above, or as health.prometheus in statistics.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>The request did not arrive completely within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request line not received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request header did not arrive completely within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver speaks HTTPS on this port; send the request to an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1. Does the sender trust the receiver&apos;s certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(TLS handshake)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>A chunk-size line or trailer of the body is longer than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request header is larger than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The receiver has %1 connections open from this address, its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver has too many open connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(connection refused before its request)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpText</name>
    <message>
        <source>Send the body as application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentApi</name>
    <message>
        <source>“%1” is not a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how severe it is: &quot;severity&quot; (sev1–sev4, critical, high, medium, low, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an incident type (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an environment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detectedAt must be an ISO 8601 time with its zone, e.g. 2026-11-23T14:02:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed already; nothing is deleted, its timeline stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a detection source (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a value for %2: eta is an ISO 8601 time with its zone, usersAffected a number of people, customerSatisfaction 1–5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: use title, description, service, type, environment, team, warRoom, regulatedData, detectionSource, eta, usersAffected, revenueImpact, slaImpact, customerSatisfaction, severity, status, commander or roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDock</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected.

Pick one in Triage, or declare a new one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, decided or done… (Ctrl+Return adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1
Acknowledge by: %2
Acknowledged: %3
Mitigated: %4
Resolved: %5
Closed: %6
Last change: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· Response target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge and chat links, e.g. https://meet.example.com/inc #inc-checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;War room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned when declared, by category and severity (escalation.json, &quot;assignment&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar past incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;incident:%1&quot;&gt;%2&lt;/a&gt; %3%4&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Yours: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (writing the review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on this incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the incident was discovered: what the review&apos;s detection section and the monthly report count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended team (as needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentFieldNames</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentImpactBox</name>
    <message>
        <source>Impact and outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the team expects it resolved: the ETA of every update (seed 002). The earliest time clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ~$25K lost, orders failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. checkout 99.95 % monthly SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How customers rated the handling of it: the monthly report&apos;s customer satisfaction (seed 004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1; target was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentMatcher</name>
    <message>
        <source>%1: &quot;%2&quot; is not an incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;severity&quot; must be SEV1, SEV2, SEV3 or SEV4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTitles</name>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>a title made up for an untitled incident: severity, type, environment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>a title made up for an untitled incident: severity, type, service, environment</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonWebhookSource</name>
    <message>
        <source>Send the body as application/json (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelMatcher</name>
    <message>
        <source>“%1” is not a label matcher; write label=value, label!=value, label=~regex or label!~regex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression in “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses %1, which Alertmanager&apos;s syntax does not have or this check cannot follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses %1…), which Alertmanager&apos;s syntax does not have (lookaround, backreference, recursion, comment or condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats a group that itself repeats, which can take exponential time on some values; make the inner repetition possessive (a++ instead of a+) or the group atomic (?&gt;…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression in “%1” is refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the incident before moving it to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved incident can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 incident can only be reopened (to investigating) or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident cannot go from %1 back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>limit must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cursor is not one this list gave; start again without it, and follow nextCursor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>--listen takes ADDRESS:PORT (e.g. 127.0.0.1:3001 or [::1]:3001) or off; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incident Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for incident response.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lower severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entries you write are signed with this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are now recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test alert rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to level %1: paging %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate to the next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the runbook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;update to stakeholders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the status &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the communication &amp;matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Communication · %n overdue</source>
        <translation>
            <numerusform>Communication · %n overdue</numerusform>
            <numerusform>Communication · %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communication · %n due soon</source>
        <translation>
            <numerusform>Communication · %n due soon</numerusform>
            <numerusform>Communication · %n due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder update(s) overdue</source>
        <translation>
            <numerusform>%n stakeholder update overdue</numerusform>
            <numerusform>%n stakeholder updates overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder update(s) due soon</source>
        <translation>
            <numerusform>%n stakeholder update due soon</numerusform>
            <numerusform>%n stakeholder updates due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Escalation and on-call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policies, schedules and team assignment saved and in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The review is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly incident &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook link %1 is not a web link, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: reconnecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity table saved to %1: it applies from the console&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;playbooks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Communication matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who hears of an incident of each severity, and how. Contacts: “Name &lt;address&gt;”, separated by “;”; an address is an email address, a phone number or a Slack handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First notice within (minutes of declaring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then an update every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon in the last (% of the interval)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>“}}” without “{{” before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{{” is not closed with “}}” on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s key, e.g. INC-2026-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1 … SEV4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical, High, Medium or Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P0 … P3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the severity means for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage, security, performance, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production, staging or development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was detected (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was resolved (UTC), or “not yet”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From detection to resolution, or to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of writing (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next update is due (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communications lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The war room: bridge and chat links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest note on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status page state: investigating, identified, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected components and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the message is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty placeholder “{{}}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a placeholder name (lower case letters and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is internal and may not appear in external text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must end with a line “---” before the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected “key: value”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown header “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is expected resolved (UTC), or “to be confirmed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected, revenue and SLA impact, as recorded on the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCalendar</name>
    <message>
        <source>W%1 · %2</source>
        <extracomment>A calendar week in a chart&apos;s axis: its ISO number and the date it starts, e.g. &quot;W47 · 16 Nov&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <source>Incidents detected in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect and to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTD and MTTA goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents detected in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert notifications by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisiest alerts (notifications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Usage: incident-console migrate --from FILE --to postgresql://USER@HOST/DATABASE [--replace]

Copies a console&apos;s SQLite database into a team&apos;s PostgreSQL database: incidents, timelines,
alerts, reviews, the outbox and what the database keeps besides, and counts each table on both
sides. A database that holds incidents, alerts or reviews already is refused unless --replace
is given, which deletes what it holds first. The password comes from the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console migrate: “%1” is not an option of migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console migrate: --from names a SQLite file and --to a postgresql:// database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console migrate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console migrate: there is no database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be asked for the database password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; each table counted on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly Incident Report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Time to Detection (MTTD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Time to Response (MTTA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Time to Resolution (MTTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Time Between Failures (MTBF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time improved by %1 % vs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time worsened by %1 % vs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection time reduced by %1 % vs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection time grew by %1 % vs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time improved by %1 % vs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time worsened by %1 % vs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), against %1 in %2</source>
        <translation>
            <numerusform>%n incident, against %1 in %2</numerusform>
            <numerusform>%n incidents, against %1 in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of incidents resolved within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of incidents acknowledged within their response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n incident</numerusform>
            <numerusform>%1: %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n notification(s)</source>
        <translation>
            <numerusform>%1: %n notification</numerusform>
            <numerusform>%1: %n notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Statistics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response Time Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends and Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets Met by Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noisiest Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Improvements This Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action item was completed this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, done %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1/5.0 (%n rated)</source>
        <translation>
            <numerusform>%1/5.0 (%n rated)</numerusform>
            <numerusform>%1/5.0 (%n rated)</numerusform>
        </translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>%1 declared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 escalated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1: paging %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 response target missed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nobody has acknowledged it since %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCommand</name>
    <message>
        <source>Usage: incident-console offline take INCIDENT --from DATABASE -o FILE
       incident-console offline push FILE [--replace]

take copies an incident (its key or number), its timeline, checklist and review from DATABASE
(a postgresql:// URL or a file) into the new file FILE; write the review there with
incident-console --db FILE, with no network. push saves that review back to DATABASE. If
someone saved the review there after you took it, nothing is saved and you are told who and
when; --replace saves yours over theirs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console offline: “%1” is not understood here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2: write its review with incident-console --db %2, then bring it back with incident-console offline push %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review stays in %1. Read theirs, then push with --replace to save yours over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1 is saved to %2, as written offline by %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCopy::Origin</name>
    <message>
        <source>It does not say which database and incident it was taken from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineReviewActions</name>
    <message>
        <source>Take &amp;offline to write its review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this incident, its timeline and its review into a file of its own, to write the review with no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring an offline review back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a review written offline to the database it was taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-offline.db</source>
        <comment>a file name: the incident&apos;s key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 with its timeline and review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review there with no network: open it in a window of its own now, or later with incident-console --db %1. Back on the network, bring it back with Incident → Bring an offline review back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console could not be started on %1; open it with incident-console --db %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an offline review back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours stays in %1. Read theirs in the Review dock first; then bring yours back again and save it over theirs, if it should replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1 is saved, as written offline by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review brought back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineTransfer</name>
    <message>
        <source>%1 exists already; take into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file taken offline (no %2 beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review was written in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started a review of %2 at %3, after you took it offline: yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is saved, but %1 could not be updated: push again only to replace what is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnCallDock</name>
    <message>
        <source>at +%1 min %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unacknowledged for %2 min → %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation rules: incidents page nobody on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit escalation and on-call…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnCallModel</name>
    <message>
        <source>%1, time zone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody on the rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboundComposer</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboundConfig</name>
    <message>
        <source>%1: &quot;minimumSeverity&quot; must be SEV1, SEV2, SEV3 or SEV4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagerduty routing rule %1: &quot;key&quot; must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagerduty routing rule %1: &quot;%2&quot; is not an incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook: &quot;url&quot; is needed when it is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statuspage: every component needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an https URL (plain http only to this machine): its requests carry a secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDock</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected message again now, even one that failed for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 for %3 will be sent again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try / sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>%1: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off in integrations.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no routing key in the keychain (incident-console secret set %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook URL in the keychain (incident-console secret set %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PagerDuty routing key in the keychain (incident-console secret set %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Slack webhook URL in the keychain (incident-console secret set %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook URL in integrations.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console does not know the channel “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page publishing is off in integrations.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Statuspage credentials: set %1 in File → Credentials (or incident-console secret set …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for the incident a console that stopped may have made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack webhook URL in the keychain (%1) is not https: sending to it would show it, and with it the right to post, to the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagerDutyPayload</name>
    <message>
        <source>PagerDuty incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no event.event_type; is this a PagerDuty v3 webhook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event.data carries no incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty: a responder was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no event.id; is this a PagerDuty v3 webhook?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagerDutySource</name>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookCatalog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a playbook needs an &quot;id&quot; and a &quot;title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 needs a &quot;name&quot; and at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a playbook needs at least one phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lastReviewed&quot; must be a date such as 2026-12-01, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reviewEveryMonths&quot; must be from 1 to 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook id “%1” cannot name a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookReviewDialog</name>
    <message>
        <source>&amp;Mark reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every playbook has been reviewed within its interval. Review and update them quarterly (seed 001): go through each step with the people who would follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) due for review. Go through each step with the people who would follow it, change what is out of date in its file, then mark it reviewed.</source>
        <translation>
            <numerusform>%n playbook due for review. Go through each step with the people who would follow it, change what is out of date in its file, then mark it reviewed.</numerusform>
            <numerusform>%n playbooks due for review. Go through each step with the people who would follow it, change what is out of date in its file, then mark it reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookReviewReminder</name>
    <message numerus="yes">
        <source>%n playbook(s) due for review</source>
        <translation>
            <numerusform>%n playbook due for review</numerusform>
            <numerusform>%n playbooks due for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Review and update playbooks quarterly (seed 001). Click to see which, and to mark them reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollingConfig</name>
    <message>
        <source>%1: &quot;url&quot; must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;intervalSeconds&quot; must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;alertmanager&quot; must be an array of {&quot;url&quot;, &quot;intervalSeconds&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling settings (no polling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;url&quot; must be an https URL (plain http only to this machine): its requests carry a secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>PostgreSQL at %1 refused the login: %2. Check the user in the URL and the password in the system keychain (entry &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no database of that name: create it first (createdb %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program. It has been left untouched; give the console a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 belongs to another program (%2). It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Incident Console (schema version %2; this version understands up to %3). It has been left untouched; update Incident Console to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2. It has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusAnswer</name>
    <message>
        <source>Prometheus answered something that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus refused the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query gives a %1; a tile needs one number (a scalar or a vector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The query gives %n series; the first is shown. Aggregate it (sum, avg, max) for one number.</source>
        <translation>
            <numerusform>The query gives %n series; the first is shown. Aggregate it (sum, avg, max) for one number.</numerusform>
            <numerusform>The query gives %n series; the first is shown. Aggregate it (sum, avg, max) for one number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverAuth</name>
    <message>
        <source>its bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook takes %2; this request had none that matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receiver needs its token: send “Authorization: Bearer &lt;token&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook needs %2&apos;s signing secret in the keychain: incident-console secret set webhook/%1/signing-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature of the body (and of a timestamp within minutes, where the sender signs one) with its signing secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverDock</name>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused deliveries (kept for inspection):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a refused delivery to see its body as it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · open alerts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failures in a row: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert inbox: every accepted alert is in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Alert inbox: %Ln accepted alert(s) waiting; the store refuses them (%1). Trying again.</source>
        <translation>
            <numerusform>Alert inbox: %Ln accepted alert waiting; the store refuses it (%1). Trying again.</numerusform>
            <numerusform>Alert inbox: %Ln accepted alerts waiting; the store refuses them (%1). Trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alert inbox: %Ln accepted alert(s) being applied to the store.</source>
        <translation>
            <numerusform>Alert inbox: %Ln accepted alert being applied to the store.</numerusform>
            <numerusform>Alert inbox: %Ln accepted alerts being applied to the store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable inbox entries set aside, whole, in the inbox file&apos;s quarantine table; their alerts are not in the store.</source>
        <translation>
            <numerusform>%Ln unreadable inbox entry set aside, whole, in the inbox file&apos;s quarantine table; its alerts are not in the store.</numerusform>
            <numerusform>%Ln unreadable inbox entries set aside, whole, in the inbox file&apos;s quarantine table; their alerts are not in the store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export set-aside entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the inbox entries that could not be read, byte for byte, as a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export set-aside inbox entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-aside entries exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-aside entries not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

[The first %1 of %2 bytes are shown.]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverTls</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 is valid from %2 to %3, not now: senders would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the encrypted private key in %1: store its passphrase in the keychain (incident-console secret set receiver/tls-key-passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 is of a kind the receiver cannot use (RSA, EC and DSA can).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverWorker</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver does not listen on %1 without a receiver token: anyone on the network could change incidents. Store one in the keychain (incident-console secret set receiver/token) or listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver does not start without its TLS identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver is set to require its token, and the keychain has none. Store one (incident-console secret set receiver/token) or turn off requireToken in the [receiver] settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver listens on %1 only over HTTPS: anyone on the network could read its token. Give it a certificate and key (--tls-cert and --tls-key), or listen on 127.0.0.1 behind a proxy that speaks HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalLog</name>
    <message>
        <source>(Its body was not kept: too many large refusals came at once.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulatedData</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment card data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial reporting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of regulated data (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer data under SOC 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedDeliveryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Usage: incident-console report --month YYYY-MM --format pdf|html|md -o FILE [--db PATH]

  --month   the calendar month, local time (default: the current one)
  --format  pdf, html or md (default: from the file&apos;s name)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console report: the month is written YYYY-MM, as 2026-11, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident-console %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per severity, MTTD, MTTA and MTTR against the month before and the goals, targets met, the busiest services and alerts, and the action items done. PDF and HTML include the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseApi</name>
    <message>
        <source>Name the incident: &quot;incident_id&quot; (its key or number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseStatusText</name>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewApi</name>
    <message>
        <source>“%1” is not a review status (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S. What you type is also kept every few seconds, and saved when you leave the incident or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting agenda: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ~$25K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA was breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you had written up to %1 but not saved: the console stopped before it could save. Save keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the unsaved text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not resolved yet; a review can be started as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b26a00&quot;&gt;draft only: the incident is not resolved&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1; read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet (kept every few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published revisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, published %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;overdue since %1&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version saved by someone else, and drop what you wrote here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Yours stays here, unsaved: Save replaces theirs with it; Read theirs shows theirs instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDocument</name>
    <message>
        <source>Not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewHtml</name>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rev. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTemplate</name>
    <message>
        <source>&quot;%1&quot; is not a section (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timelineWithinHours and reviewWithinDays must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTrackerDock</name>
    <message>
        <source>Reviews and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every review and its lessons (e.g. connection pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter action items by text, owner or incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) mention “%1”</source>
        <translation>
            <numerusform>%n review mention “%1”</numerusform>
            <numerusform>%n reviews mention “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews and actions · %n overdue</source>
        <translation>
            <numerusform>Reviews and actions · %n overdue</numerusform>
            <numerusform>Reviews and actions · %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), %1 overdue</source>
        <translation>
            <numerusform>%n review, %1 overdue</numerusform>
            <numerusform>%n reviews, %1 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>action items: %1 overdue, %2 due within three days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month by root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month by service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTesterDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert&apos;s labels, one a line:
alertname=DiskFull
service=database
severity=warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert needs an alertname label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matches; the severity table decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed by silence %1: it would open or join no incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would join %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would open a new incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would stay in the alert stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It repeats open alert %1: its count would go up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookDock</name>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbooks: add Markdown files to the runbooks folder of the configuration directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Usage: incident-console secret list
       incident-console secret set KEY      (reads the value from standard input)
       incident-console secret delete KEY

Credentials live in the OS keychain only. Keys:
  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a credential the console uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value on standard input; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 in the keychain. A running console uses it from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># in the OS keychain, service &quot;%1&quot;; values are never shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain is not available (%1). Credentials cannot be stored or read, and the integrations that need them stay off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendUpdateDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1: the executive team must hear of this now. Call them, then record it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contacts in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to &amp;Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template fits this audience: write the update yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text still has a {{placeholder}} that could not be filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail client could not be opened. The text is on the clipboard; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires (tick each once it is in the text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each piece of required information once the text gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>serve takes no arguments besides its options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping (signal %1): taking no more alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceChoice</name>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceSession</name>
    <message>
        <source>Skipped a playbook or runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service without its receiver takes no alerts: give --listen an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (%1): the receiver takes requests on loopback only, and paging stays off. A service can be given its credentials as files instead (--credentials, or systemd&apos;s LoadCredential=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping with alerts still in the alert inbox: they are applied at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded to the current schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving alerts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) wait in the alert inbox: %1</source>
        <translation>
            <numerusform>%n alert wait in the alert inbox: %1</numerusform>
            <numerusform>%n alerts wait in the alert inbox: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last reviewed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (never reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbooks due for their review: %1. Mark each reviewed in the window (View → Review playbooks), or set &quot;lastReviewed&quot; in its file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityNames</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete outage or critical functionality unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major functionality degraded or limited outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor functionality issues or performance degradation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosmetic issues or non-critical functionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityPolicy</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;aliases&quot;: &quot;%1&quot; is not one of SEV1, SEV2, SEV3, SEV4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;aliases&quot;.&quot;%1&quot;: every alias must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;aliases&quot;: &quot;%1&quot; is given for two severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;responseTargets&quot;.&quot;%1&quot; needs a positive &quot;minutes&quot; or &quot;businessDays&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityTableDialog</name>
    <message>
        <source>Severity table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon an incident of each severity must be acknowledged, and the words alerts and people use for it (comma-separated). The table applies from the console&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedures document&apos;s times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P0 15 minutes, P1 30 minutes, P2 2 hours, P3 the next business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given for both %2 and %3: a word may mean one severity only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” always means %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityToggles</name>
    <message>
        <source>Only %1 (none checked: every severity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShownOfCountLabel</name>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Silence</name>
    <message>
        <source>A silence needs at least one matcher, e.g. alertname=DiskFull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <source>Silence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One matcher a line, as in Alertmanager:
alertname=&quot;DiskFull&quot;
instance=~&quot;db-.*&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (maintenance window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: e.g. disk swap on db-1, ticket OPS-212</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The silence must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, so that whoever sees the suppressed alerts knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SilenceListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SilencesApi</name>
    <message>
        <source>startsAt and endsAt must be ISO 8601 times with their zone, e.g. 2026-11-23T14:02:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no silence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matchers[%1]: a name and a value, on one line; a value may not hold a double quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SilencesDock</name>
    <message>
        <source>Silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected silence; the alerts it held fire again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended the silence %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnsGateway</name>
    <message>
        <source>SigningCertURL must be https on an sns.&lt;region&gt;.amazonaws.com host; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNS signature does not verify: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNS signing certificate could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubscribeURL must be https on an sns.&lt;region&gt;.amazonaws.com host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription to %1 could not be confirmed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is signed with SignatureVersion 1 (SHA-1). Set the topic&apos;s SignatureVersion to 2, or allow version 1 with cloudwatch/acceptSignatureVersion1 in console.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic %1 is not among the topics this console takes (cloudwatch/topics in console.ini).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Timestamp “%1” is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was stamped %1, more than %2 seconds ago: a replay is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was stamped %1, in the future. Is a clock wrong?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnsMessage</name>
    <message>
        <source>The body is not an SNS message (JSON object expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be SubscriptionConfirmation, Notification or UnsubscribeConfirmation, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SignatureVersion must be 1 or 2, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MessageId, TopicArn, Timestamp and Signature are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification&apos;s Message is not a CloudWatch alarm (no AlarmName or NewStateValue).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlAlertIntake</name>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another console applied these alerts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert needs a source and a fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlAlertRecords</name>
    <message>
        <source>There is no alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a firing alert can be acknowledged; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged the alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached the alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the alert %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlChangeFeed</name>
    <message>
        <source>A change-log mark needs its reader&apos;s name and a position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlChecklistRecords</name>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook “%1” is attached already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist item %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCommunicationRecords</name>
    <message>
        <source>An update needs an audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status page update needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status page update needs a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlEscalationRecords</name>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not active; there is nobody to escalate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation rule applies to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every level of %1 has paged already for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlIncidentRecords</name>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an incident type (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an environment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no timeline entry #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already moved the incident to %2, at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is “%2” now, not what it was when you began editing it: your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 to “%3” at %4, after you began editing it: your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a detection source (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time with its zone, e.g. 2026-11-23T16:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction is a rating from 1 to 5 (0 or nothing: not rated), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlJournal</name>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlOutboxQueue</name>
    <message>
        <source>There is no outbox message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox claim needs the sender&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 was delivered already, is being sent right now, or is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlPresenceRecords</name>
    <message>
        <source>A presence needs its console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlReviewRecords</name>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a review already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review for this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is published and read-only: reopen it to write revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not resolved yet: its review stays a draft until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this review at %2, after you opened it: yours was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connecting again failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSilenceRecords</name>
    <message>
        <source>Every change needs an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no silence %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>The database %1 is locked by another program. Close it, or start with another file (--db), and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database (%2). It has been left exactly as it is; restore it from a backup or start with another file (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program. It has been left untouched; choose another file (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Incident Console (schema version %2; this version understands up to %3). It has been left untouched; update Incident Console to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2. It has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot make its commits durable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsApi</name>
    <message>
        <source>month is written YYYY-MM, as 2026-11, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsConfig</name>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: &quot;prometheus&quot; must be an http or https address, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health tile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a tile needs a &quot;title&quot; and a &quot;query&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;baseline&quot; is a duration such as 30m, 6h, 1d or 1w, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;change&quot; is relative or absolute, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;worse&quot; is higher or lower, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall: &quot;%1&quot; is not a view; the views are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a positive number up to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n decided</source>
        <translation>
            <numerusform>of %n decided</numerusform>
            <numerusform>of %n decided</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPageDock</name>
    <message>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the public reads, e.g. “Checkout unavailable”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another component, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the history and on the timeline, to copy or export to another status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the status page update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the incident on Statuspage, through the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the public&apos;s view. Drafts are kept as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the text only (no Statuspage component id in integrations.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status page update needs a title and a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before posting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1 The draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuspage is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The draft is kept. You can post it here only and export it for another status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for Statuspage; its answer shows in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by Statuspage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add compone&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message, in words the public understands. Compose one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish to Statuspage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post here &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPageDocument</name>
    <message>
        <source>NOTICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAJOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no components named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The tables refer to each other in a circle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database is in use already (%1): nothing was copied. Give --replace to delete what it holds and copy over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows in the file, %3 in the database after copying; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Trying again in %n second.</numerusform>
            <numerusform>%1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is still out of reach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database broke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (no internal facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (select an incident to fill it with its facts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert. [[Text]] marks what the writer must fill in before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} · internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name (lower case, digits and -):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are never changed. Say what was wrong with entry #%1; the correction is added as a new entry and the original is struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older entries are not listed: the timeline keeps its newest %1 in view.</source>
        <translation>
            <numerusform>%n older entries are not listed: the timeline keeps its newest %1 in view.</numerusform>
            <numerusform>%n older entries are not listed: the timeline keeps its newest %1 in view.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Entry #%1, corrected by a later entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #%1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction to entry #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert firing (%1): %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert resolved (%1): %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated (%1, level %2): paging %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done after all: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared %1: %2 (assigned to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review reopened as revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sent for review (revision %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review published (revision %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageDock</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which incidents to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search key, title, service, description (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Console — wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health tiles: set a Prometheus address and tiles in statistics.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last alert received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE DATABASE IS NOT ANSWERING — %1 — trying again every %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA IS STALE — no alert delivery or successful poll for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA IS STALE — no alert delivery or successful poll since the wall started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIVER DOWN — %1 — retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookApi</name>
    <message>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are delivered with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted alerts wait for the database, which refuses them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no webhook at %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSources</name>
    <message>
        <source>%1 posts to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
