#include "views/runbook/playbookreviewreminder.h"

#include "models/domain/clock.h"
#include "models/rules/playbook.h"
#include "views/runbook/playbookreviewdialog.h"

#include <QEvent>
#include <QTimer>

namespace {
constexpr int kRecountEveryMs = 60 * 60 * 1000; // a review falls due on a day: hourly is soon enough
}

PlaybookReviewReminder::PlaybookReviewReminder(
    QString userDirectory, QString author, const Clock* clock, QWidget* parent)
    : QToolButton(parent)
    , m_userDirectory(std::move(userDirectory))
    , m_author(std::move(author))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("PlaybookReviewReminder"));
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, this, &PlaybookReviewReminder::openReview);
    connect(m_timer, &QTimer::timeout, this, &PlaybookReviewReminder::recount);
    m_timer->start(kRecountEveryMs);
    recount();
}

void PlaybookReviewReminder::recount()
{
    QStringList warnings;
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    m_due = static_cast<int>(PlaybookCatalog::load(m_userDirectory, &warnings).reviewsDue(today).size());
    showCount();
}

void PlaybookReviewReminder::showCount()
{
    setText(tr("%n playbook(s) due for review", nullptr, m_due));
    setToolTip(tr("Review and update playbooks quarterly (seed 001). Click to see which, and to mark them "
                  "reviewed."));
    setVisible(m_due > 0);
}

void PlaybookReviewReminder::openReview()
{
    auto* dialog = new PlaybookReviewDialog(m_userDirectory, m_author, m_clock, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlaybookReviewDialog::reviewed, this, &PlaybookReviewReminder::recount);
    dialog->open();
}

void PlaybookReviewReminder::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showCount();
    QToolButton::changeEvent(event);
}
