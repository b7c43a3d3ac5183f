#include "models/rules/rulesinforce.h"

RulesInForce::RulesInForce(AlertRules rules)
    : m_rules(std::move(rules))
{
}

AlertRules RulesInForce::current() const
{
    const QMutexLocker lock(&m_mutex);
    return m_rules; // implicitly shared: a copy costs a reference count
}

void RulesInForce::replace(AlertRules rules)
{
    const QMutexLocker lock(&m_mutex);
    m_rules = std::move(rules);
}
