#include "views/common/externallink.h"

#include <QDesktopServices>
#include <QMessageBox>

bool ExternalLink::isWebLink(const QUrl& url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

ExternalLink::Outcome ExternalLink::open(QWidget* parent, const QString& link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!isWebLink(url))
        return Outcome::Refused;
    // Encoded, so that a look-alike host (punycode) or a hidden part shows as what it is.
    QMessageBox box(QMessageBox::Question, tr("Open link"),
        tr("Open this link in your browser?\n\n%1").arg(QString::fromLatin1(url.toEncoded())),
        QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Open)
        return Outcome::Declined;
    return QDesktopServices::openUrl(url) ? Outcome::Opened : Outcome::Failed;
}
