#pragma once

#include <QString>

// Review prose is rich text, and not only the editor writes it: the API takes
// HTML from whoever holds the receiver token, and a database may hold what an
// older console let in. Rendered, exported to PDF or opened from an HTML
// export, such text must not reach outside itself: an <img src="file:…"> would
// put a local file into a PDF sent to executives, a remote image would tell a
// stranger who read the review and when, a javascript: link would run in the
// reader's browser.
//
// So prose is read by Qt's own rich-text parser (which knows no script, no
// frame, no form and no event attribute), loading nothing while it reads, and
// written back by Qt's serializer, which emits only its own small set of tags
// (paragraphs, headings, lists, tables, spans, links, line breaks). On the way:
// - images are dropped, each leaving its address as plain text;
// - links other than http, https and mailto keep their text and lose their target;
// - background images and style sheets are dropped;
// - font names and list numbering with quotes or CSS punctuation are dropped:
//   Qt writes them into style attributes, where a quote would end the value
//   and let what follows ("background-image:url(file:…)") be read as CSS.
// Markdown has no such reader in between, so the words of the text are
// escaped where Markdown would take them for a link, an image or HTML.
namespace ReviewHtml {
// `html` as a whole page of Qt's rich text, with nothing that reaches outside it.
QString sanitized(const QString& html);
// What is between the <body> tags of sanitized(html): a fragment to put in a page.
QString sanitizedBody(const QString& html);
// sanitized(html) as Markdown, its images dropped the same way.
QString sanitizedMarkdown(const QString& html);
// Text that goes into Markdown as it is written, never as a link, an image, HTML
// or a table cell's end: \ [ ] ( ) ! < > | escaped.
QString markdownEscaped(const QString& text);
}
