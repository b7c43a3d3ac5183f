#pragma once

#include "models/rules/monthlyreport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPair>

class QChart;

// Writes a monthly report as Markdown, HTML or PDF. The HTML and the PDF carry
// its charts (incidents per severity over six months, the response times, the
// targets met), drawn by the same builders as the statistics dock. Needs a
// QApplication (the charts are graphics widgets), which may be offscreen.
class MonthlyReportWriter {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportWriter)
public:
    static bool write(
        const MonthlyReport& report, const QString& path, const QString& format, QString* error);
    // The report's charts by name, drawn at `size` (twice as many pixels, for print).
    static QList<QPair<QString, QImage>> charts(const MonthlyReport& report, QSize size);
    static QImage render(QChart* chart, QSize size);
};
