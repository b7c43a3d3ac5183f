#include "models/store/migrationsteps.h"

#include <QSqlError>
#include <QSqlQuery>

bool applyMigrationSteps(QSqlDatabase& db, const MigrationStep* steps, int from, int to,
    const std::function<QString(int version)>& stamp, QString* error)
{
    for (int version = from + 1; version <= to; ++version) {
        const MigrationStep& step = steps[version - 1];
        for (std::size_t i = 0; i < step.count; ++i) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromUtf8(step.statements[i]))) {
                *error = QStringLiteral("schema version %1: %2").arg(version).arg(query.lastError().text());
                return false;
            }
        }
        QSqlQuery stamped(db);
        if (!stamped.exec(stamp(version))) {
            *error = stamped.lastError().text();
            return false;
        }
    }
    return true;
}
