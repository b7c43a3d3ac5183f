#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// A fixed vocabulary: each value has a stable key (storage, API, command line)
// and a translatable label. The labels are marked with QT_TRANSLATE_NOOP in the
// table and translated in `Context` when shown.
template<typename E> struct KeyedValue {
    E value;
    const char* key;
    const char* label;
};

template<typename E, std::size_t N> class KeyedEnum {
public:
    constexpr KeyedEnum(const char* context, std::array<KeyedValue<E>, N> values)
        : m_context(context)
        , m_values(values)
    {
    }

    QString key(E value) const { return QString::fromLatin1(find(value).key); }
    QString label(E value) const { return QCoreApplication::translate(m_context, find(value).label); }

    std::optional<E> parse(QStringView word) const
    {
        const QStringView trimmed = word.trimmed();
        for (const KeyedValue<E>& entry : m_values) {
            if (trimmed.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
                return entry.value;
        }
        return std::nullopt;
    }

    QList<E> all() const
    {
        QList<E> result;
        for (const KeyedValue<E>& entry : m_values)
            result.append(entry.value);
        return result;
    }

    QStringList keys() const
    {
        QStringList result;
        for (const KeyedValue<E>& entry : m_values)
            result.append(QString::fromLatin1(entry.key));
        return result;
    }

private:
    const KeyedValue<E>& find(E value) const
    {
        for (const KeyedValue<E>& entry : m_values) {
            if (entry.value == value)
                return entry;
        }
        return m_values.front();
    }

    const char* m_context;
    std::array<KeyedValue<E>, N> m_values;
};
