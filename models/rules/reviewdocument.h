#pragma once

#include "models/domain/incident.h"
#include "models/domain/postincidentreview.h"
#include "models/rules/reviewtemplate.h"

#include <QCoreApplication>

// A post-incident review as a document people circulate: a title block (the
// incident, its severity, times, status and revision), then the template's
// sections in order, with the timeline and the action items as tables. The
// same content as HTML, as Markdown, and as a paginated PDF with page numbers.
class ReviewDocument {
    Q_DECLARE_TR_FUNCTIONS(ReviewDocument)
public:
    ReviewDocument(PostIncidentReview review, Incident incident, ReviewTemplate reviewTemplate);

    QString html() const;
    QString markdown() const;
    // Writes the PDF (A4) or says why not in *error; the file is written whole or not at all.
    bool writePdf(const QString& path, QString* error) const;
    // Writes `format` (md, html or pdf; empty: the one the name ends in).
    bool write(const QString& path, const QString& format, QString* error) const;

private:
    QString sectionHtml(const ReviewSection& section) const;
    QString sectionMarkdown(const ReviewSection& section) const;

    PostIncidentReview m_review;
    Incident m_incident;
    ReviewTemplate m_template;
};
