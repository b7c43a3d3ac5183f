#include "views/dialogs/silencedialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kCustom = -1;
}

SilenceDialog::SilenceDialog(const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_matchers(new QPlainTextEdit(this))
    , m_start(new QComboBox(this))
    , m_startAt(new QDateTimeEdit(this))
    , m_duration(new QComboBox(this))
    , m_endAt(new QDateTimeEdit(this))
    , m_comment(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_now(now.toUTC())
{
    setObjectName(QStringLiteral("SilenceDialog"));
    setWindowTitle(tr("Silence alerts"));
    m_matchers->setObjectName(QStringLiteral("SilenceMatchers"));
    m_matchers->setTabChangesFocus(true);
    m_matchers->setPlaceholderText(
        tr("One matcher a line, as in Alertmanager:\nalertname=\"DiskFull\"\ninstance=~\"db-.*\""));
    m_matchers->setFixedHeight(m_matchers->fontMetrics().lineSpacing() * 5 + 12);

    m_start->setObjectName(QStringLiteral("SilenceStart"));
    m_start->addItem(tr("Now"), false);
    m_start->addItem(tr("Later (maintenance window)"), true);
    m_startAt->setObjectName(QStringLiteral("SilenceStartAt"));
    m_startAt->setCalendarPopup(true);
    m_startAt->setDateTime(m_now.toLocalTime().addSecs(3600));
    m_startAt->setEnabled(false);

    m_duration->setObjectName(QStringLiteral("SilenceDuration"));
    for (const auto& [hours, text] :
        { std::pair { 1, tr("1 hour") }, std::pair { 2, tr("2 hours") }, std::pair { 4, tr("4 hours") },
            std::pair { 8, tr("8 hours") }, std::pair { 24, tr("1 day") }, std::pair { 72, tr("3 days") } })
        m_duration->addItem(text, hours);
    m_duration->addItem(tr("Until…"), kCustom);
    m_duration->setCurrentIndex(1);
    m_endAt->setObjectName(QStringLiteral("SilenceEndAt"));
    m_endAt->setCalendarPopup(true);
    m_endAt->setDateTime(m_now.toLocalTime().addSecs(2 * 3600));
    m_endAt->setEnabled(false);

    m_comment->setObjectName(QStringLiteral("SilenceComment"));
    m_comment->setPlaceholderText(tr("Why: e.g. disk swap on db-1, ticket OPS-212"));
    m_hint->setObjectName(QStringLiteral("SilenceHint"));
    m_hint->setTextFormat(Qt::PlainText); // errors quote matchers taken from an alert's labels
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Silence"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Matchers"), m_matchers);
    form->addRow(tr("&Starts"), m_start);
    form->addRow(QString(), m_startAt);
    form->addRow(tr("&Lasts"), m_duration);
    form->addRow(QString(), m_endAt);
    form->addRow(tr("&Comment"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_matchers, &QPlainTextEdit::textChanged, this, &SilenceDialog::validate);
    connect(m_comment, &QLineEdit::textChanged, this, &SilenceDialog::validate);
    connect(m_start, &QComboBox::currentIndexChanged, this, [this] {
        m_startAt->setEnabled(m_start->currentData().toBool());
        validate();
    });
    connect(m_duration, &QComboBox::currentIndexChanged, this, [this] {
        m_endAt->setEnabled(m_duration->currentData().toInt() == kCustom);
        validate();
    });
    connect(m_startAt, &QDateTimeEdit::dateTimeChanged, this, &SilenceDialog::validate);
    connect(m_endAt, &QDateTimeEdit::dateTimeChanged, this, &SilenceDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void SilenceDialog::setMatchers(const QString& text)
{
    m_matchers->setPlainText(text);
    // Prefilled from an alert: what is left to say is why.
    if (!text.isEmpty())
        m_comment->setFocus(Qt::OtherFocusReason);
}

QDateTime SilenceDialog::endsAt() const
{
    const QDateTime start = m_start->currentData().toBool() ? m_startAt->dateTime().toUTC() : m_now;
    const int hours = m_duration->currentData().toInt();
    return hours == kCustom ? m_endAt->dateTime().toUTC() : start.addSecs(3600LL * hours);
}

Silence SilenceDialog::silence() const
{
    Silence silence;
    QString error;
    silence.matchers
        = Silence::parseMatchers(m_matchers->toPlainText(), &error).value_or(QList<LabelMatcher> {});
    silence.startsAt = m_start->currentData().toBool() ? m_startAt->dateTime().toUTC() : m_now;
    silence.endsAt = endsAt();
    silence.comment = m_comment->text().trimmed();
    return silence;
}

void SilenceDialog::validate()
{
    QString error;
    QString problem;
    if (!Silence::parseMatchers(m_matchers->toPlainText(), &error))
        problem = error;
    else if (endsAt() <= (m_start->currentData().toBool() ? m_startAt->dateTime().toUTC() : m_now))
        problem = tr("The silence must end after it starts.");
    else if (endsAt() <= m_now)
        problem = tr("That time has passed.");
    else if (m_comment->text().trimmed().isEmpty())
        problem = tr("Say why, so that whoever sees the suppressed alerts knows.");
    m_hint->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
