#pragma once

#include "models/domain/timelineentry.h"
#include "models/store/asyncincidentstore.h"

#include <QAbstractTableModel>
#include <QSet>

// The timeline of one incident, oldest first, loaded in pages. New entries are
// appended as the store announces them; a correction marks the entry it corrects.
// It holds at most maxRows() entries: past that (an alert storm attached to the
// incident writes an entry per alert), the oldest leave as newer ones come, so
// memory follows what is shown rather than how long the incident ran.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, AuthorColumn, KindColumn, DetailsColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole, // int, TimelineKind
        AtRole, // QDateTime UTC
        CorrectedRole, // bool: a later entry corrects this one
        CorrectsIdRole, // qint64: the entry this one corrects, 0 if none
    };

    explicit TimelineModel(AsyncIncidentStore* store, QObject* parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    void setIncident(qint64 incidentId);
    void setPageSize(int rows) { m_pageSize = std::max(rows, 1); }
    void setMaxPages(int pages) { m_maxPages = std::max(pages, 1); }
    int maxRows() const { return m_pageSize * m_maxPages; }
    // How many of the oldest entries left to make room for newer ones.
    int earlierEntriesLeftOut() const { return m_leftOut; }
    const TimelineEntry* entryAt(int row) const;
    bool isLoading() const { return m_fetching; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString& message);
    void earlierEntriesLeftOutChanged(int count);

private:
    void applyChanges(const StoreChanges& changes);
    void append(const QList<TimelineEntry>& entries);
    int rowForId(qint64 entryId) const;

    AsyncIncidentStore* m_store;
    qint64 m_incidentId = 0;
    QList<TimelineEntry> m_entries;
    QSet<qint64> m_corrected;
    int m_pageSize = 500;
    int m_maxPages = 10;
    int m_leftOut = 0;
    bool m_hasMore = false;
    bool m_fetching = false;
    quint64 m_generation = 0;
};
