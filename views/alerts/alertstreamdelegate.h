#pragma once

#include "views/common/severitybadgedelegate.h"

// The alert stream's look: the severity badge, firing alerts in bold, resolved
// ones greyed, so that what still burns stands out in a storm.
class AlertStreamDelegate final : public SeverityBadgeDelegate {
    Q_OBJECT
public:
    explicit AlertStreamDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
