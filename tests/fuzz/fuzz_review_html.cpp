// Review prose as the API or an old database could hand it over, through the
// sanitizer every rendering and export uses.
// Promise checked: what comes out loads nothing and links nowhere but to the
// web and to mail: no tag that loads or runs anything, no source, background
// or event attribute, no url() in a style, no link of another scheme.
#include "fuzzsupport.h"
#include "models/rules/reviewhtml.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
bool linkAllowed(const QString& target)
{
    const QString scheme = QUrl(target).scheme().toLower();
    return target.isEmpty() || target.startsWith(QLatin1Char('#')) || scheme == QLatin1String("http")
        || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

// Every tag of the serialized HTML, by its name and its attributes (Qt escapes
// quotes inside values, so a value cannot hide an attribute). Text between
// tags may say anything: it is escaped.
void verifyInert(const QString& page)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z0-9]+)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([A-Za-z_:-]+)=\"([^\"]*)\""));
    static const QStringList forbiddenTags { QStringLiteral("img"), QStringLiteral("script"),
        QStringLiteral("link"), QStringLiteral("iframe"), QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("frame"), QStringLiteral("form"), QStringLiteral("input"), QStringLiteral("base"),
        QStringLiteral("svg") };
    for (QRegularExpressionMatchIterator tags = tag.globalMatch(page); tags.hasNext();) {
        const QRegularExpressionMatch one = tags.next();
        if (forbiddenTags.contains(one.captured(2).toLower()))
            FuzzSupport::broken(
                "sanitized review HTML has no tag that loads or runs anything", page.toUtf8());
        for (QRegularExpressionMatchIterator attributes = attribute.globalMatch(one.captured(3));
             attributes.hasNext();) {
            const QRegularExpressionMatch pair = attributes.next();
            const QString name = pair.captured(1).toLower();
            const QString value = pair.captured(2);
            if (name == QLatin1String("src") || name == QLatin1String("background")
                || name.startsWith(QLatin1String("on")))
                FuzzSupport::broken(
                    "sanitized review HTML has no source, background or event attribute", page.toUtf8());
            if (name == QLatin1String("style") && value.contains(QLatin1String("url("), Qt::CaseInsensitive))
                FuzzSupport::broken("sanitized review HTML styles load nothing", page.toUtf8());
            if (name == QLatin1String("href") && !linkAllowed(value))
                FuzzSupport::broken("sanitized review HTML links only to the web and to mail", page.toUtf8());
        }
    }
}
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::startGui(argc, argv);
    (void)ReviewHtml::sanitized(
        QStringLiteral("<p>warm <b>up</b></p>")); // fonts load once, before the first input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString html = QString::fromUtf8(FuzzSupport::bytes(data, size));
    verifyInert(ReviewHtml::sanitized(html));
    verifyInert(ReviewHtml::sanitizedBody(html));
    (void)ReviewHtml::sanitizedMarkdown(html);
    return 0;
}
