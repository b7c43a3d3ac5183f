#include "views/review/offlinereviewactions.h"

#include "models/itemmodels/selectedincident.h"
#include "models/store/offlinecopy.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

OfflineReviewActions::OfflineReviewActions(
    SelectedIncident* selected, QString database, OfflineTransfer::Open open, QWidget* window)
    : QObject(window)
    , m_selected(selected)
    , m_database(std::move(database))
    , m_open(std::move(open))
    , m_window(window)
    , m_take(new QAction(this))
    , m_push(new QAction(this))
{
    m_take->setObjectName(QStringLiteral("actionTakeOffline"));
    m_push->setObjectName(QStringLiteral("actionPushOffline"));
    connect(m_take, &QAction::triggered, this, &OfflineReviewActions::take);
    connect(m_push, &QAction::triggered, this, &OfflineReviewActions::push);
    connect(m_selected, &SelectedIncident::changed, this, &OfflineReviewActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void OfflineReviewActions::retranslate()
{
    m_take->setText(tr("Take &offline to write its review…"));
    m_take->setToolTip(tr("Copies this incident, its timeline and its review into a file of its own, to "
                          "write the review with no network"));
    m_push->setText(tr("&Bring an offline review back…"));
    m_push->setToolTip(tr("Saves a review written offline to the database it was taken from"));
}

void OfflineReviewActions::updateEnabled()
{
    m_take->setEnabled(!m_busy && m_selected->isValid());
    m_push->setEnabled(!m_busy);
}

void OfflineReviewActions::runAside(
    std::function<OfflineTransfer::Outcome()> work, std::function<void(const OfflineTransfer::Outcome&)> done)
{
    m_busy = true;
    updateEnabled();
    QThread* thread = QThread::create([work = std::move(work), done = std::move(done),
                                          self = QPointer<OfflineReviewActions>(this)]() mutable {
        const OfflineTransfer::Outcome outcome = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome, done = std::move(done)] {
                if (!self)
                    return;
                self->m_busy = false;
                self->updateEnabled();
                done(outcome);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void OfflineReviewActions::take()
{
    if (!m_selected->isValid() || m_busy)
        return;
    const QString key = m_selected->incident().key;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1-offline.db", "a file name: the incident's key").arg(key));
    const QString file = QFileDialog::getSaveFileName(
        m_window, tr("Take %1 offline").arg(key), suggested, tr("Incident Console databases (*.db)"));
    if (file.isEmpty())
        return;
    runAside(
        [open = m_open, key, from = m_database, file] { return OfflineTransfer(open).take(key, from, file); },
        [this, file](const OfflineTransfer::Outcome& outcome) { taken(file, outcome); });
}

void OfflineReviewActions::taken(const QString& file, const OfflineTransfer::Outcome& outcome)
{
    if (!outcome.ok) {
        QMessageBox::warning(m_window, tr("Not taken offline"), outcome.error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Taken offline"),
        tr("%1 is in %2 with its timeline and review.")
            .arg(outcome.incidentKey, QDir::toNativeSeparators(file)),
        QMessageBox::NoButton, m_window);
    box.setInformativeText(
        tr("Write the review there with no network: open it in a window of its own now, or "
           "later with incident-console --db %1. Back on the network, bring it back with "
           "Incident → Bring an offline review back.")
            .arg(QDir::toNativeSeparators(file)));
    QPushButton* openNow = box.addButton(tr("Open it now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(openNow);
    box.exec();
    if (box.clickedButton() != openNow)
        return;
    // A console of its own on the file; this one keeps the receiver.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--db"), file, QStringLiteral("--listen"), QStringLiteral("off") }))
        QMessageBox::warning(m_window, tr("Not opened"),
            tr("The console could not be started on %1; open it with incident-console --db %1.")
                .arg(QDir::toNativeSeparators(file)));
}

void OfflineReviewActions::push()
{
    if (m_busy)
        return;
    // A console opened on the file taken offline brings back its own file.
    const bool onOfflineCopy = QFileInfo::exists(OfflineCopy::originFileOf(m_database));
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Bring an offline review back"),
        onOfflineCopy ? m_database : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Incident Console databases (*.db)"));
    if (!file.isEmpty())
        pushFile(file, false);
}

void OfflineReviewActions::pushFile(const QString& file, bool replace)
{
    runAside([open = m_open, file, replace] { return OfflineTransfer(open).push(file, replace); },
        [this, file](const OfflineTransfer::Outcome& outcome) { pushed(file, outcome); });
}

void OfflineReviewActions::pushed(const QString& file, const OfflineTransfer::Outcome& outcome)
{
    if (outcome.conflict) {
        QMessageBox box(QMessageBox::Warning, tr("Someone else saved this review"), outcome.error,
            QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Yours stays in %1. Read theirs in the Review dock first; then bring yours "
                                  "back again and save it over theirs, if it should replace it.")
                                   .arg(QDir::toNativeSeparators(file)));
        QPushButton* replace = box.addButton(tr("Save mine over theirs"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Keep mine in the file"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == replace)
            pushFile(file, true);
        return;
    }
    if (!outcome.ok) {
        QMessageBox::warning(m_window, tr("Review not brought back"), outcome.error);
        return;
    }
    QString text
        = tr("The review of %1 is saved, as written offline by %2.").arg(outcome.incidentKey, outcome.author);
    if (!outcome.error.isEmpty())
        text += QLatin1Char('\n') + outcome.error;
    QMessageBox::information(m_window, tr("Review brought back"), text);
}
