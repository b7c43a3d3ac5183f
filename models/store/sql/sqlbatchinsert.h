#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

// Rows written a few hundred to a statement on PostgreSQL, their values bound
// as parameters: one round trip to the database server for each batch instead
// of each row. On SQLite, one statement a row, prepared once.
// `insert` is the statement up to its VALUES ("INSERT INTO t (a, b) VALUES "),
// `row` one row's placeholders ("(?, ?)", or "(?, lower(?))").
class SqlBatchInsert {
public:
    SqlBatchInsert(QSqlDatabase database, QString insert, QString row, qsizetype parametersPerRow);

    // Adds one row's values (parametersPerRow of them), writing the batch when it is full; false if that
    // write failed (error()).
    bool add(const QVariantList& values);
    // Writes what is left; false if that failed.
    bool finish();
    QSqlError error() const { return m_error; }

private:
    bool flush();
    // The statement for `rows` rows, prepared; null (error()) if it would not prepare.
    std::unique_ptr<QSqlQuery> prepared(qsizetype rows);

    QSqlDatabase m_database;
    QString m_insert;
    QString m_row;
    qsizetype m_rowsPerStatement;
    QVariantList m_values;
    qsizetype m_rows = 0;
    QSqlError m_error;
    std::unique_ptr<QSqlQuery> m_full; // a full batch's statement, once prepared
};
