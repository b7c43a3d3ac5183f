#pragma once

#include "models/domain/keyedenum.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// How a stakeholder group hears from the incident (the channel column of the
// communication matrix). Stored and sent as keys.
enum class CommunicationChannel { PhoneSms, SlackEmail, Slack, Email, PagerDuty, StatusPage, SecureChannel };

inline constexpr KeyedEnum<CommunicationChannel, 7> kCommunicationChannels { "Communication",
    { {
        { CommunicationChannel::PhoneSms, "phone_sms", QT_TRANSLATE_NOOP("Communication", "Phone/SMS") },
        { CommunicationChannel::SlackEmail, "slack_email",
            QT_TRANSLATE_NOOP("Communication", "Slack/Email") },
        { CommunicationChannel::Slack, "slack", QT_TRANSLATE_NOOP("Communication", "Slack") },
        { CommunicationChannel::Email, "email", QT_TRANSLATE_NOOP("Communication", "Email") },
        { CommunicationChannel::PagerDuty, "pagerduty", QT_TRANSLATE_NOOP("Communication", "PagerDuty") },
        { CommunicationChannel::StatusPage, "status_page",
            QT_TRANSLATE_NOOP("Communication", "Status page") },
        { CommunicationChannel::SecureChannel, "secure_channel",
            QT_TRANSLATE_NOOP("Communication", "Secure channel") },
    } } };

// Whom a message is written for: internal text may carry notes and names;
// external text (the status page, customers) never does.
enum class Audience { Internal, External };

// One update sent to one audience, as a person records it: the store writes it
// on the timeline (kind Communicated) and that restarts the audience's clock.
// A Slack update also goes out through the outbox.
struct CommunicationRecord {
    QString audienceId; // a stakeholder group's id, "statuspage", or "compliance/<regulation>"
    QString audienceName; // as it was called when the update was sent
    CommunicationChannel channel = CommunicationChannel::SlackEmail;
    QString text; // what was said
};

// When an audience last heard from an incident.
struct CommunicationSent {
    QString audienceId;
    QDateTime at; // UTC
    QString author;
    CommunicationChannel channel = CommunicationChannel::SlackEmail;
};

Q_DECLARE_METATYPE(CommunicationRecord)
