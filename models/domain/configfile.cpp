#include "models/domain/configfile.h"

#include <QJsonDocument>

std::optional<QJsonObject> ConfigFile::parseObject(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        *error = tr("line %1: %2").arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("line 1: the file must hold a JSON object");
        return std::nullopt;
    }
    return document.object();
}
