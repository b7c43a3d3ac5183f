#include "app/keychain/credentialfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

QString CredentialFiles::fileNameOf(const QString& key)
{
    QString name = key;
    return name.replace(QLatin1Char('/'), QLatin1Char('.'));
}

bool CredentialFiles::read(
    const QString& folder, const QStringList& keys, QHash<QString, QByteArray>* values, QString* error)
{
    const QDir dir(folder);
    if (!dir.exists() || !dir.isReadable()) {
        *error = tr("The credentials folder %1 cannot be read.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    for (const QString& key : keys) {
        const QString path = dir.filePath(fileNameOf(key));
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        if (info.permissions() & QFileDevice::ReadOther) {
            *error = tr("%1 is readable by every user of this machine: make it readable by the service "
                        "alone (chmod o-r).")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxValueBytes) {
            *error = file.isOpen()
                ? tr("%1 is too big to be a credential.").arg(QDir::toNativeSeparators(path))
                : tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        QByteArray value = file.read(kMaxValueBytes);
        if (value.endsWith("\r\n"))
            value.chop(2);
        else if (value.endsWith('\n'))
            value.chop(1);
        if (!value.isEmpty())
            values->insert(key, value);
    }
    return true;
}
