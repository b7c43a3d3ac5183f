#include "models/store/sql/sqlbatchinsert.h"

#include <QSqlDriver>

#include <algorithm>

namespace {
// Well under what PostgreSQL binds to one statement (65,535 parameters).
constexpr qsizetype kParametersPerStatement = 8000;

// Each statement to PostgreSQL is a round trip to its server: many rows to one. SQLite runs in this
// process, and Qt 6.4's SQLite driver binds a statement's parameters in time quadratic in their number:
// one row to a statement there, prepared once.
qsizetype rowsPerStatement(const QSqlDatabase& database, qsizetype parametersPerRow)
{
    if (!database.driver() || database.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return 1;
    return std::max<qsizetype>(1, kParametersPerStatement / std::max<qsizetype>(parametersPerRow, 1));
}
}

SqlBatchInsert::SqlBatchInsert(QSqlDatabase database, QString insert, QString row, qsizetype parametersPerRow)
    : m_database(std::move(database))
    , m_insert(std::move(insert))
    , m_row(std::move(row))
    , m_rowsPerStatement(rowsPerStatement(m_database, parametersPerRow))
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

std::unique_ptr<QSqlQuery> SqlBatchInsert::prepared(qsizetype rows)
{
    auto query = std::make_unique<QSqlQuery>(m_database);
    if (query->prepare(m_insert + QStringList(rows, m_row).join(QLatin1String(", "))))
        return query;
    m_error = query->lastError();
    return nullptr;
}

bool SqlBatchInsert::flush()
{
    if (m_rows == 0)
        return true;
    // A full batch's statement is prepared once; the last, shorter one, for itself.
    const bool full = m_rows == m_rowsPerStatement;
    if (full && !m_full)
        m_full = prepared(m_rows);
    std::unique_ptr<QSqlQuery> shorter = full ? nullptr : prepared(m_rows);
    QSqlQuery* write = full ? m_full.get() : shorter.get();
    if (!write)
        return false;
    for (qsizetype i = 0; i < m_values.size(); ++i)
        write->bindValue(int(i), m_values.at(i));
    m_values.clear();
    m_rows = 0;
    if (write->exec())
        return true;
    m_error = write->lastError();
    return false;
}
