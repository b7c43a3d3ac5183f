#include "views/statistics/reportdialog.h"

#include "models/rules/monthlyreport.h"
#include "models/store/asyncincidentstore.h"
#include "views/statistics/monthlyreportwriter.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kMonthsOffered = 24;
}

ReportDialog::ReportDialog(
    AsyncIncidentStore* store, const ResponseGoals& goals, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_goals(goals)
    , m_month(new QComboBox(this))
    , m_outcome(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Monthly incident report"));
    setObjectName(QStringLiteral("reportDialog"));
    m_month->setObjectName(QStringLiteral("reportMonth"));
    const QDate first(today.year(), today.month(), 1);
    for (int i = 0; i < kMonthsOffered; ++i) {
        const QDate month = first.addMonths(-i);
        m_month->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")),
            month.toString(QStringLiteral("yyyy-MM")));
    }
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    layout->addLayout(form);
    auto* about
        = new QLabel(tr("Incidents per severity, MTTD, MTTA and MTTR against the month before and the goals, "
                        "targets met, the busiest services and alerts, and the action items done. "
                        "PDF and HTML include the charts."),
            this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export->setObjectName(QStringLiteral("reportExport"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void ReportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the monthly report"),
        QStringLiteral("incident-report-%1.pdf").arg(m_month->currentData().toString()),
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportDialog::exportTo(const QString& path)
{
    int year = 0;
    int month = 0;
    MonthlyReport::parseMonth(m_month->currentData().toString(), &year, &month);
    m_export->setEnabled(false);
    m_outcome->setText(tr("Counting…"));
    m_store->run<StoreResult<MonthlyReport>>(
        this,
        [year, month, goals = m_goals](
            IncidentStore& store) { return MonthlyReport::load(store, year, month, goals); },
        [this, path](const StoreResult<MonthlyReport>& report) {
            m_export->setEnabled(true);
            QString error;
            if (!report)
                error = report.error();
            else
                MonthlyReportWriter::write(*report, path, QString(), &error);
            if (!error.isEmpty()) {
                m_outcome->setText(tr("Not exported: %1").arg(error));
                return;
            }
            m_outcome->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(path);
        });
}
