#pragma once

#include "models/rules/alertrules.h"

#include <QMutex>

#include <memory>

// The alert rules the console applies now, shared by everything that applies them (the webhooks on the
// receiver's thread, the alert inbox's drain on its own) and by the rules API that replaces them, so that
// rules replaced while the console runs decide the very next alert everywhere. Any thread.
class RulesInForce {
public:
    explicit RulesInForce(AlertRules rules);

    AlertRules current() const;
    void replace(AlertRules rules);

private:
    mutable QMutex m_mutex;
    AlertRules m_rules;
};

using SharedRules = std::shared_ptr<RulesInForce>;
