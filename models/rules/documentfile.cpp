#include "models/rules/documentfile.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

bool DocumentFile::writeText(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DocumentFile::writePdf(
    const QString& path, QTextDocument& document, const QString& title, const QString& footer, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Incident Console"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter));
        QPainter painter(&pdf);
        const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const qreal footerHeight = pdf.resolution() * 0.35; // room for the page number below the text
        const QSizeF body(page.width(), page.height() - footerHeight);
        document.documentLayout()->setPaintDevice(&pdf);
        document.setPageSize(body);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            painter.translate(0, -body.height() * i);
            document.drawContents(&painter, QRectF(0, body.height() * i, body.width(), body.height()));
            painter.restore();
            painter.drawText(QRectF(0, body.height(), body.width(), footerHeight), Qt::AlignCenter,
                tr("%1 · page %2 of %3").arg(footer).arg(i + 1).arg(pages));
        }
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString DocumentFile::formatOf(const QString& path, const QString& format, QString* error)
{
    const QString suffix = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format.toLower();
    if (suffix == QLatin1String("pdf"))
        return suffix;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("md");
    *error = tr("Export as .md, .html or .pdf, not .%1.").arg(suffix);
    return QString();
}
