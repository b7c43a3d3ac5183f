#include "models/store/sql/sqlbatchinsert.h"

#include <QSqlQuery>

#include <algorithm>

namespace {
// Well under what either engine binds to one statement (PostgreSQL: 65,535 parameters; SQLite: 32,766).
constexpr qsizetype kParametersPerStatement = 8000;
}

SqlBatchInsert::SqlBatchInsert(QSqlDatabase database, QString insert, QString row, qsizetype parametersPerRow)
    : m_database(std::move(database))
    , m_insert(std::move(insert))
    , m_row(std::move(row))
    , m_rowsPerStatement(
          std::max<qsizetype>(1, kParametersPerStatement / std::max<qsizetype>(parametersPerRow, 1)))
{
}

bool SqlBatchInsert::add(const QVariantList& values)
{
    m_values.append(values);
    return ++m_rows < m_rowsPerStatement || flush();
}

bool SqlBatchInsert::finish()
{
    return flush();
}

bool SqlBatchInsert::flush()
{
    if (m_rows == 0)
        return true;
    QSqlQuery write(m_database);
    write.prepare(m_insert + QStringList(m_rows, m_row).join(QLatin1String(", ")));
    for (const QVariant& value : std::as_const(m_values))
        write.addBindValue(value);
    m_values.clear();
    m_rows = 0;
    if (write.exec())
        return true;
    m_error = write.lastError();
    return false;
}
