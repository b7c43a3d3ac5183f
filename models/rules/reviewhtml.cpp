#include "reviewhtml.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace {
class ReviewHtmlText {
    Q_DECLARE_TR_FUNCTIONS(ReviewHtml)
};

// A document that loads nothing: not a style sheet named in a <link> while the
// HTML is read, not an image while it is laid out or printed.
class InertDocument final : public QTextDocument {
protected:
    QVariant loadResource(int /*type*/, const QUrl& /*name*/) override { return {}; }
};

bool linkAllowed(const QString& href)
{
    const QString scheme = QUrl(href.trimmed()).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

template<typename Format> bool dropBackgroundImage(Format& format)
{
    if (!format.hasProperty(QTextFormat::BackgroundImageUrl))
        return false;
    format.clearProperty(QTextFormat::BackgroundImageUrl);
    return true;
}

// Images become their address as text; links that are not web or mail links become text.
void cleanFragments(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat blockFormat = block.blockFormat();
        if (dropBackgroundImage(blockFormat))
            cursor.setBlockFormat(blockFormat);
        // Collected first: replacing an image changes the block's fragments.
        struct Change {
            int position;
            int length;
            QTextCharFormat format;
            QString imageName; // set: the fragment is an image
        };
        QList<Change> changes;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                changes.append({ fragment.position(), fragment.length(), QTextCharFormat(), format.toImageFormat().name() });
                continue;
            }
            bool changed = dropBackgroundImage(format);
            if (format.isAnchor() && !format.anchorHref().isEmpty() && !linkAllowed(format.anchorHref())) {
                format.setAnchor(false);
                format.setAnchorHref(QString());
                format.clearProperty(QTextFormat::ForegroundBrush);
                format.clearProperty(QTextFormat::TextUnderlineStyle);
                changed = true;
            }
            if (changed)
                changes.append({ fragment.position(), fragment.length(), format, QString() });
        }
        // Last first, so that earlier positions still hold.
        for (auto change = changes.crbegin(); change != changes.crend(); ++change) {
            cursor.setPosition(change->position);
            cursor.setPosition(change->position + change->length, QTextCursor::KeepAnchor);
            if (change->imageName.isNull())
                cursor.setCharFormat(change->format);
            else
                cursor.insertText(ReviewHtmlText::tr("[image: %1]").arg(change->imageName), QTextCharFormat());
        }
    }
}

void cleanFrames(QTextFrame* frame)
{
    QTextFrameFormat format = frame->frameFormat();
    if (dropBackgroundImage(format))
        frame->setFrameFormat(format);
    if (auto* table = qobject_cast<QTextTable*>(frame)) {
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextCharFormat cellFormat = cell.format();
                if (dropBackgroundImage(cellFormat))
                    cell.setFormat(cellFormat);
            }
        }
    }
    const QList<QTextFrame*> children = frame->childFrames();
    for (QTextFrame* child : children)
        cleanFrames(child);
}

void readInto(QTextDocument& document, const QString& html)
{
    document.setHtml(html);
    cleanFrames(document.rootFrame());
    cleanFragments(document);
}
}

namespace ReviewHtml {
QString sanitized(const QString& html)
{
    if (html.isEmpty())
        return {};
    InertDocument document;
    readInto(document, html);
    return document.toHtml();
}

QString sanitizedBody(const QString& html)
{
    const QString page = sanitized(html);
    const qsizetype start = page.indexOf(QLatin1String("<body"));
    const qsizetype open = start < 0 ? -1 : page.indexOf(QLatin1Char('>'), start);
    const qsizetype end = page.lastIndexOf(QLatin1String("</body>"));
    return open >= 0 && end > open ? page.mid(open + 1, end - open - 1) : page;
}

QString sanitizedMarkdown(const QString& html)
{
    if (html.isEmpty())
        return {};
    InertDocument document;
    readInto(document, html);
    return document.toMarkdown().trimmed();
}
}
