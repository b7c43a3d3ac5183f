#pragma once

// What every fuzz target shares: Qt started once, before the first input, and
// a finding that is not a crash (a bound broken, a resource let through)
// turned into one, so that libFuzzer stops and keeps the input.

#include "app/webhooks/alertmanagerpayload.h"
#include "models/rules/alertrules.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {
// Qt's application object lives as long as the process and is never
// destroyed: libFuzzer ends with exit(), after which Qt's own statics are gone.
inline void startCore(int* argc, char*** argv)
{
    static const QCoreApplication* const application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
}

// Rich text needs fonts, and fonts need a GUI application (without a display).
inline void startGui(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static const QGuiApplication* const application = new QGuiApplication(*argc, *argv);
    Q_UNUSED(application);
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// What the shipped rules make of alerts a parser let through: the next step
// every accepted alert takes.
inline void decide(const QList<AlertSignal>& alerts)
{
    static const AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    for (const AlertSignal& signal : alerts)
        (void)rules.decide(signal);
}

// An Alertmanager-shaped webhook (Alertmanager's own, Grafana's) as the route of `source` takes it.
inline void parseAlertmanagerShape(const uint8_t* data, size_t size, const QString& source)
{
    QString error;
    if (const auto payload = AlertmanagerPayload::parse(bytes(data, size), source, &error))
        decide(payload->alerts);
}

// A property the code under test promises does not hold for this input.
[[noreturn]] inline void broken(const char* promise, const QByteArray& detail = {})
{
    std::fprintf(stderr, "Broken promise: %s\n%s\n", promise, detail.left(2000).constData());
    std::abort();
}
}

// libFuzzer's hook, run once before the first input: a target that needs Qt's
// core (translations, JSON, URLs) starts it here, one that needs fonts (rich
// text) a GUI application without a display.
#define IC_FUZZ_WITH_QT_CORE                                                                                 \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)                                             \
    {                                                                                                        \
        FuzzSupport::startCore(argc, argv);                                                                  \
        return 0;                                                                                            \
    }
