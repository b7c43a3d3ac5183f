#include "models/rules/playbook.h"

#include "models/domain/configfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace {
template<typename T> void replaceOrAppend(QList<T>* list, const T& item)
{
    for (T& existing : *list) {
        if (existing.id == item.id) {
            existing = item;
            return;
        }
    }
    list->append(item);
}

void loadDirectory(const QString& directory, PlaybookCatalog* catalog, QStringList* warnings)
{
    const QDir playbooks(directory + QStringLiteral("/playbooks"));
    for (const QFileInfo& info :
        playbooks.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        QString error;
        const std::optional<Playbook> playbook
            = file.open(QIODevice::ReadOnly) ? Playbook::parse(file.readAll(), &error) : std::nullopt;
        if (!playbook) {
            warnings->append(PlaybookCatalog::tr("%1: %2").arg(
                info.filePath(), error.isEmpty() ? file.errorString() : error));
            continue;
        }
        Playbook read = *playbook;
        read.file = info.filePath();
        replaceOrAppend(&catalog->playbooks, read);
    }
    const QDir runbooks(directory + QStringLiteral("/runbooks"));
    for (const QFileInfo& info :
        runbooks.entryInfoList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            warnings->append(PlaybookCatalog::tr("%1: %2").arg(info.filePath(), file.errorString()));
            continue;
        }
        Runbook runbook;
        runbook.id = info.completeBaseName();
        runbook.markdown = QString::fromUtf8(file.readAll());
        const QString firstLine = runbook.markdown.section(QLatin1Char('\n'), 0, 0).trimmed();
        runbook.title = firstLine.startsWith(QLatin1Char('#'))
            ? firstLine.mid(firstLine.indexOf(QLatin1Char(' ')) + 1)
            : runbook.id;
        replaceOrAppend(&catalog->runbooks, runbook);
    }
}
}

std::optional<Playbook> Playbook::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    Playbook playbook;
    playbook.id = root->value(QLatin1String("id")).toString();
    playbook.title = root->value(QLatin1String("title")).toString();
    if (playbook.id.isEmpty() || playbook.title.isEmpty()) {
        *error = PlaybookCatalog::tr("a playbook needs an \"id\" and a \"title\"");
        return std::nullopt;
    }
    if (const QString type = root->value(QLatin1String("incidentType")).toString(); !type.isEmpty()) {
        playbook.incidentType = kIncidentTypes.parse(type);
        if (!playbook.incidentType) {
            *error = PlaybookCatalog::tr("\"%1\" is not an incident type").arg(type);
            return std::nullopt;
        }
    }
    const QJsonArray matches = root->value(QLatin1String("matches")).toArray();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const std::optional<IncidentMatcher> matcher = IncidentMatcher::read(
            matches.at(i).toObject(), PlaybookCatalog::tr("match %1").arg(i + 1), error);
        if (!matcher)
            return std::nullopt;
        playbook.matches.append(*matcher);
    }
    if (const QString reviewed = root->value(QLatin1String("lastReviewed")).toString(); !reviewed.isEmpty()) {
        playbook.lastReviewed = QDate::fromString(reviewed, Qt::ISODate);
        if (!playbook.lastReviewed.isValid()) {
            *error = PlaybookCatalog::tr("\"lastReviewed\" must be a date such as 2026-12-01, not \"%1\"")
                         .arg(reviewed);
            return std::nullopt;
        }
    }
    playbook.reviewedBy = root->value(QLatin1String("reviewedBy")).toString().trimmed();
    playbook.reviewEveryMonths = root->value(QLatin1String("reviewEveryMonths")).toInt(3);
    if (playbook.reviewEveryMonths < 1 || playbook.reviewEveryMonths > 24) {
        *error = PlaybookCatalog::tr("\"reviewEveryMonths\" must be from 1 to 24");
        return std::nullopt;
    }
    playbook.estimatedDurationMinutes = root->value(QLatin1String("estimatedDurationMinutes")).toInt();
    for (const QJsonValue& skill : root->value(QLatin1String("requiredSkills")).toArray())
        playbook.requiredSkills.append(skill.toString());
    for (const QJsonValue& runbook : root->value(QLatin1String("runbooks")).toArray())
        playbook.runbooks.append(runbook.toString());
    const QJsonArray phases = root->value(QLatin1String("phases")).toArray();
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const QJsonObject object = phases.at(i).toObject();
        PlaybookPhase phase;
        phase.name = object.value(QLatin1String("name")).toString();
        phase.window = object.value(QLatin1String("window")).toString();
        phase.critical = object.value(QLatin1String("critical")).toBool();
        for (const QJsonValue& step : object.value(QLatin1String("steps")).toArray()) {
            if (!step.toString().trimmed().isEmpty())
                phase.steps.append(step.toString().trimmed());
        }
        if (phase.name.isEmpty() || phase.steps.isEmpty()) {
            *error = PlaybookCatalog::tr("phase %1 needs a \"name\" and at least one step").arg(i + 1);
            return std::nullopt;
        }
        playbook.phases.append(phase);
    }
    if (playbook.phases.isEmpty()) {
        *error = PlaybookCatalog::tr("a playbook needs at least one phase");
        return std::nullopt;
    }
    return playbook;
}

const Playbook* PlaybookCatalog::playbook(const QString& id) const
{
    for (const Playbook& candidate : playbooks) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Playbook* PlaybookCatalog::forType(IncidentType type) const
{
    for (const Playbook& candidate : playbooks) {
        if (candidate.incidentType == type)
            return &candidate;
    }
    return nullptr;
}

QList<const Playbook*> PlaybookCatalog::forIncident(const Incident& incident, const QString& chosen) const
{
    QList<const Playbook*> result;
    const auto add = [&result](const Playbook* candidate) {
        if (candidate && !result.contains(candidate))
            result.append(candidate);
    };
    if (!chosen.isEmpty())
        add(playbook(chosen));
    add(forType(incident.type));
    for (const Playbook& candidate : playbooks) {
        if (std::any_of(candidate.matches.cbegin(), candidate.matches.cend(),
                [&incident](const IncidentMatcher& matcher) { return matcher.matches(incident); }))
            add(&candidate);
    }
    return result;
}

const Runbook* PlaybookCatalog::runbook(const QString& id) const
{
    for (const Runbook& candidate : runbooks) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Runbook* PlaybookCatalog::runbookForLink(const QString& link) const
{
    if (const Runbook* direct = runbook(link))
        return direct;
    const QString last = QUrl(link).path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    return runbook(last.endsWith(QLatin1String(".md")) ? last.chopped(3) : last);
}

PlaybookCatalog PlaybookCatalog::load(const QString& userDirectory, QStringList* warnings)
{
    PlaybookCatalog catalog = builtIn();
    if (!userDirectory.isEmpty())
        loadDirectory(userDirectory, &catalog, warnings);
    return catalog;
}

PlaybookCatalog PlaybookCatalog::builtIn()
{
    // Read once: every store opened (window, receiver, command line) starts from it.
    static const PlaybookCatalog shipped = [] {
        PlaybookCatalog catalog;
        QStringList problems;
        loadDirectory(QStringLiteral(":"), &catalog, &problems);
        if (!problems.isEmpty())
            qFatal("The built-in playbooks are invalid: %s", qPrintable(problems.join(QLatin1String("; "))));
        return catalog;
    }();
    return shipped;
}

QList<const Playbook*> PlaybookCatalog::reviewsDue(const QDate& today) const
{
    QList<const Playbook*> due;
    for (const Playbook& candidate : playbooks) {
        if (candidate.reviewIsDue(today))
            due.append(&candidate);
    }
    std::stable_sort(due.begin(), due.end(), [](const Playbook* a, const Playbook* b) {
        return !a->lastReviewed.isValid() ? b->lastReviewed.isValid() : a->reviewDue() < b->reviewDue();
    });
    return due;
}

bool PlaybookCatalog::markReviewed(const QString& userDirectory, const Playbook& playbook, const QDate& day,
    const QString& who, QString* error)
{
    QFile source(playbook.file);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(playbook.file, source.errorString());
        return false;
    }
    // The file as it is, with the review noted: its author's order and fields stay.
    QJsonObject object = QJsonDocument::fromJson(source.readAll()).object();
    object.insert(QLatin1String("lastReviewed"), day.toString(Qt::ISODate));
    object.insert(QLatin1String("reviewedBy"), who);
    const QDir directory(userDirectory + QStringLiteral("/playbooks"));
    if (!directory.mkpath(QStringLiteral("."))) {
        *error = tr("%1 cannot be made.").arg(directory.path());
        return false;
    }
    // The user's own file if it came from one (its name may differ from its id); else a new one named for
    // the id, which must then be a plain file name.
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const bool ownFile
        = QFileInfo(playbook.file).absolutePath() == QFileInfo(directory.path()).absoluteFilePath();
    if (!ownFile && !plainId.match(playbook.id).hasMatch()) {
        *error = tr("The playbook id “%1” cannot name a file.").arg(playbook.id);
        return false;
    }
    QSaveFile target(ownFile ? playbook.file : directory.filePath(playbook.id + QStringLiteral(".json")));
    const QByteArray json = QJsonDocument(object).toJson();
    if (!target.open(QIODevice::WriteOnly) || target.write(json) != json.size() || !target.commit()) {
        *error = tr("%1 cannot be written: %2").arg(target.fileName(), target.errorString());
        return false;
    }
    return true;
}
