#pragma once

#include "app/http/httpmessage.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

// What every API handler reads from a request the same way: the author, the incident an :id names,
// the page asked for (?limit=, ?cursor=) and the page it answers with.
namespace ApiRequest {
QString text(const QJsonObject& object, const char* key);
// The body's "author", else the X-Incident-Author header, else "api".
QString authorOf(const HttpRequest& request, const QJsonObject& body);
// :id is the key (INC-2026-0001) or the number.
StoreResult<Incident> findIncident(IncidentStore* store, const QString& id);
}

// ?limit= and ?cursor= of a list: a cursor is opaque to the caller, and holds where the last row of the
// page before was in the list's order (its sort value and id), so that the next page starts after it
// however many rows come before (a row whose own sort value changes may move across the seam). Short
// lists read whole page by position instead (window()). Each list has its own kind of cursor; one
// list's cursor is refused by another.
class ListPage {
    Q_DECLARE_TR_FUNCTIONS(ListPage)
public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;

    // nullopt with the 422 that says why, when the limit or the cursor is wrong: not of this `kind`, or not
    // holding `cursorValues` numbers.
    static std::optional<ListPage> read(
        const HttpRequest& request, QStringView kind, int cursorValues, HttpResponse* failure);

    int limit() const { return m_limit; }
    // The values the cursor holds (empty: the first page).
    const QList<qint64>& after() const { return m_after; }

    // A list read by key asks for one row more than it shows: that one says whether there is a next page.
    int rowsToRead() const { return m_limit + 1; }
    template<typename T> QList<T> shown(const QList<T>& read) const
    {
        return read.first(std::min<qsizetype>(read.size(), m_limit));
    }
    // The last row shown, when another page follows it: what the next cursor is made of.
    template<typename T> const T* lastBeforeMore(const QList<T>& read) const
    {
        return read.size() > m_limit ? &read.at(m_limit - 1) : nullptr;
    }

    // For a list read whole because it is short (reviews, silences), whose cursor holds how many rows came
    // before: the rows of this page, [from, to), and what the next page's cursor holds (empty: none).
    struct Window {
        qsizetype from = 0;
        qsizetype to = 0;
        QList<qint64> next;
    };
    Window window(qsizetype rows) const;

    // {<items>: [...], "total": n, "nextCursor": "…" or null}; `last` is what the last row's cursor holds,
    // or empty when there is no further page.
    static QJsonObject answer(const QString& itemsKey, const QJsonArray& items, int total, QStringView kind,
        const QList<qint64>& last);

private:
    int m_limit = kDefaultLimit;
    QList<qint64> m_after;
};
