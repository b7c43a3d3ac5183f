#pragma once

#include <QString>

#include <optional>
#include <utility>

// The answer of a store operation: a value, or an error a person can read.
// Rejected means the request itself is wrong (nothing was written); Unavailable
// means the store could not do it now (locked, disk full) and it may be retried;
// Conflict means someone changed it first, since the caller last saw it (nothing
// was written, and the message says who and when).
enum class StoreErrorKind { None, Rejected, NotFound, Unavailable, Conflict };

// The HTTP status that tells a sender of a failure of this kind: 404, 422, 409, or
// 503 for a store that cannot commit now (senders retry it).
inline int httpStatusOf(StoreErrorKind kind)
{
    switch (kind) {
    case StoreErrorKind::NotFound:
        return 404;
    case StoreErrorKind::Rejected:
        return 422;
    case StoreErrorKind::Conflict:
        return 409;
    case StoreErrorKind::Unavailable:
    case StoreErrorKind::None:
        break;
    }
    return 503;
}

template<typename T> class StoreResult {
public:
    StoreResult(T value) // NOLINT(google-explicit-constructor): results read naturally as values
        : m_value(std::move(value))
    {
    }
    static StoreResult failure(StoreErrorKind kind, QString message)
    {
        StoreResult result;
        result.m_kind = kind;
        result.m_error = std::move(message);
        return result;
    }
    template<typename U> static StoreResult failureFrom(const StoreResult<U>& other)
    {
        return failure(other.errorKind(), other.error());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    StoreErrorKind errorKind() const { return m_kind; }
    const QString& error() const { return m_error; }

private:
    StoreResult() = default;
    std::optional<T> m_value;
    StoreErrorKind m_kind = StoreErrorKind::None;
    QString m_error;
};
