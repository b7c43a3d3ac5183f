#include "app/keychain/secretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {
SecretStore::Outcome outcomeOf(const QKeychain::Job& job)
{
    SecretStore::Outcome outcome;
    outcome.ok = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    outcome.keychainUnavailable = job.error() == QKeychain::NoBackendAvailable
        || job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser
        || job.error() == QKeychain::NotImplemented;
    if (!outcome.ok)
        outcome.error = outcome.keychainUnavailable
            ? SecretStore::tr(
                "The keychain is not available (%1). Credentials cannot be stored or read, and the "
                "integrations that need them stay off.")
                  .arg(job.errorString())
            : SecretStore::tr("The keychain failed: %1").arg(job.errorString());
    return outcome;
}

template<typename JobType> JobType* newJob(const QString& key)
{
    auto* job = new JobType(QString::fromLatin1(SecretStore::kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Reads keys one after the other (some backends prompt, and prompts must not
// pile up), answers once, and deletes itself.
class SequentialRead {
public:
    SequentialRead(QStringList keys, SecretStore::ReadMany done)
        : m_keys(std::move(keys))
        , m_done(std::move(done))
    {
    }

    void next()
    {
        if (m_index == m_keys.size()) {
            SecretStore::Outcome outcome;
            outcome.ok = true;
            finish(outcome);
            return;
        }
        const QString key = m_keys.at(m_index++);
        SecretStore::read(
            key, [this, key](const SecretStore::Outcome& outcome, const std::optional<QByteArray>& value) {
                if (!outcome.ok) {
                    m_values.clear();
                    finish(outcome);
                    return;
                }
                if (value)
                    m_values.insert(key, *value);
                next();
            });
    }

private:
    void finish(const SecretStore::Outcome& outcome)
    {
        m_done(outcome, m_values);
        delete this;
    }

    QStringList m_keys;
    SecretStore::ReadMany m_done;
    QHash<QString, QByteArray> m_values;
    qsizetype m_index = 0;
};

// Runs `start` (which starts a job and calls back once) and waits for it.
template<typename Result> Result waitFor(const std::function<void(std::function<void(Result)>)>& start)
{
    QEventLoop loop;
    std::optional<Result> result;
    start([&](Result value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}
}

void SecretStore::read(const QString& key, Read done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        const Outcome outcome = outcomeOf(*job);
        done(outcome,
            job->error() == QKeychain::NoError ? std::optional<QByteArray>(job->binaryData()) : std::nullopt);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QByteArray& value, Done done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(value);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [job, done = std::move(done)] { done(outcomeOf(*job)); });
    job->start();
}

void SecretStore::remove(const QString& key, Done done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [job, done = std::move(done)] { done(outcomeOf(*job)); });
    job->start();
}

void SecretStore::readMany(const QStringList& keys, ReadMany done)
{
    (new SequentialRead(keys, std::move(done)))->next();
}

std::optional<QByteArray> SecretStore::readNow(const QString& key, Outcome* outcome)
{
    using Answer = std::pair<Outcome, std::optional<QByteArray>>;
    const Answer answer = waitFor<Answer>([&key](std::function<void(Answer)> finished) {
        read(key, [finished](const Outcome& o, const std::optional<QByteArray>& value) {
            finished({ o, value });
        });
    });
    *outcome = answer.first;
    return answer.second;
}

SecretStore::Outcome SecretStore::writeNow(const QString& key, const QByteArray& value)
{
    return waitFor<Outcome>([&](std::function<void(Outcome)> finished) { write(key, value, finished); });
}

SecretStore::Outcome SecretStore::removeNow(const QString& key)
{
    return waitFor<Outcome>([&key](std::function<void(Outcome)> finished) { remove(key, finished); });
}
