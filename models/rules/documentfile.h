#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;

// Writing the documents the console exports (reviews, monthly reports): whole
// or not at all, and PDFs on A4 pages numbered "… · page n of N".
class DocumentFile {
    Q_DECLARE_TR_FUNCTIONS(DocumentFile)
public:
    static bool writeText(const QString& path, const QString& text, QString* error);
    // Lays `document` out at the PDF's resolution, a page at a time, with `footer` and the page number under
    // each.
    static bool writePdf(const QString& path, QTextDocument& document, const QString& title,
        const QString& footer, QString* error);
    // "pdf", "html" or "md": `format` if given, else the file's suffix; empty with *error if neither is one
    // of them.
    static QString formatOf(const QString& path, const QString& format, QString* error);
};
