#pragma once

#include "views/common/severitybadgedelegate.h"

// The incident queue's look: the severity badge, the response column in the
// colour of its state, and unacknowledged incidents in bold.
class TriageDelegate final : public SeverityBadgeDelegate {
    Q_OBJECT
public:
    explicit TriageDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
