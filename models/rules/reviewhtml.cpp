#include "models/rules/reviewhtml.h"

#include "models/domain/inerttext.h"

#include <QCoreApplication>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace {
class ReviewHtmlText {
    Q_DECLARE_TR_FUNCTIONS(ReviewHtml)
};

bool linkAllowed(const QString& href)
{
    const QString scheme = QUrl(href.trimmed()).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("mailto");
}

template<typename Format> bool dropBackgroundImage(Format& format)
{
    if (!format.hasProperty(QTextFormat::BackgroundImageUrl))
        return false;
    format.clearProperty(QTextFormat::BackgroundImageUrl);
    return true;
}

// A name Qt writes inside a CSS value may not hold what ends or escapes one.
bool safeInStyle(const QString& value)
{
    static const QString unsafe = QStringLiteral("'\"\\;:(){}<>&/*");
    return std::none_of(
        value.cbegin(), value.cend(), [](QChar c) { return unsafe.contains(c) || c.unicode() < 0x20; });
}

bool dropUnsafeFontNames(QTextCharFormat& format)
{
    bool changed = false;
    for (const QTextFormat::Property property : { QTextFormat::FontFamilies, QTextFormat::FontStyleName }) {
        if (!format.hasProperty(property))
            continue;
        const QVariant value = format.property(property);
        const QStringList names
            = value.canConvert<QStringList>() ? value.toStringList() : QStringList { value.toString() };
        if (!std::all_of(names.cbegin(), names.cend(), safeInStyle)) {
            format.clearProperty(property);
            changed = true;
        }
    }
    return changed;
}

// Images become their address as text; links that are not web or mail links become text.
void cleanFragments(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat blockFormat = block.blockFormat();
        if (dropBackgroundImage(blockFormat))
            cursor.setBlockFormat(blockFormat);
        QTextCharFormat blockCharFormat = block.charFormat();
        const bool fontDropped = dropUnsafeFontNames(blockCharFormat);
        if (dropBackgroundImage(blockCharFormat) || fontDropped)
            cursor.setBlockCharFormat(blockCharFormat);
        if (QTextList* list = block.textList()) {
            QTextListFormat listFormat = list->format();
            if (!safeInStyle(listFormat.numberPrefix()) || !safeInStyle(listFormat.numberSuffix())) {
                listFormat.clearProperty(QTextFormat::ListNumberPrefix);
                listFormat.clearProperty(QTextFormat::ListNumberSuffix);
                list->setFormat(listFormat);
            }
        }
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
                changes.append({ fragment.position(), fragment.length(), QTextCharFormat(),
                    format.toImageFormat().name() });
                continue;
            }
            bool changed = dropBackgroundImage(format);
            changed = dropUnsafeFontNames(format) || changed;
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
                cursor.insertText(
                    ReviewHtmlText::tr("[image: %1]").arg(change->imageName), QTextCharFormat());
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

// Every run of words escaped for Markdown, formats kept.
void escapeForMarkdown(QTextDocument& document)
{
    struct Run {
        int position;
        int length;
        QString text;
        QTextCharFormat format;
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        // Read first: a fragment handle is stale once the block has changed.
        QList<Run> runs;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            runs.append({ fragment.position(), fragment.length(), fragment.text(), fragment.charFormat() });
        }
        QTextCursor cursor(block);
        // Last first, so that earlier positions still hold.
        for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
            const QString escaped = ReviewHtml::markdownEscaped(run->text);
            if (escaped == run->text)
                continue;
            cursor.setPosition(run->position);
            cursor.setPosition(run->position + run->length, QTextCursor::KeepAnchor);
            cursor.insertText(escaped, run->format);
        }
    }
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
    InertTextDocument document;
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
    InertTextDocument document;
    readInto(document, html);
    escapeForMarkdown(document);
    return document.toMarkdown().trimmed();
}

QString markdownEscaped(const QString& text)
{
    static const QString special = QStringLiteral("\\[]()!<>|");
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}
}
