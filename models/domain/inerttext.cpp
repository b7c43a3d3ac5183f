#include "models/domain/inerttext.h"

QVariant InertTextDocument::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type);
    Q_UNUSED(name);
    return {};
}

namespace InertText {
QString plainText(const QString& html)
{
    if (html.isEmpty())
        return {};
    InertTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}
}
