#include "app/composition/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace PrivateFiles {
namespace {
    constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr QFileDevice::Permissions kOwnerDirectory = kOwnerFile | QFileDevice::ExeOwner;
    constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

    void tighten(const QString& path)
    {
#ifdef Q_OS_UNIX
        const QFileInfo info(path);
        if (!info.exists() || info.isSymLink() || !(info.permissions() & kOthers))
            return;
        if (!QFile::setPermissions(path, info.isDir() ? kOwnerDirectory : kOwnerFile))
            qWarning("Could not make %s private to its owner", qUtf8Printable(path));
#else
        Q_UNUSED(path)
#endif
    }
}

void createPrivately()
{
#ifdef Q_OS_UNIX
    umask(S_IRWXG | S_IRWXO);
#endif
}

void tightenStore(const QString& databasePath)
{
    // SQLite's companions, and the alert inbox with its own.
    for (const QString& suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
            QStringLiteral("-inbox"), QStringLiteral("-inbox-wal"), QStringLiteral("-inbox-shm") })
        tighten(databasePath + suffix);
}

void tightenDirectory(const QString& directory)
{
    tighten(directory);
    const QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        tighten(dir.filePath(name));
}
}
