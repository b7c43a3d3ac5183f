#pragma once

#include <QString>
#include <QTextDocument>

// Rich text that someone else wrote (review prose through the API, or stored
// by an older console) read without reaching outside it: Qt's HTML reader
// otherwise loads a style sheet a <link> names while it reads (a file: URL
// such as /dev/zero never ends), and images and backgrounds when the text is
// laid out, shown or printed.
class InertTextDocument final : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

namespace InertText {
// The words of `html`, read by an InertTextDocument.
QString plainText(const QString& html);
}
