#include "incident.h"

namespace {
constexpr KeyedEnum<IncidentField, 5> kFields { "IncidentFieldNames",
    { {
        { IncidentField::Title, "title", QT_TRANSLATE_NOOP("IncidentFieldNames", "Title") },
        { IncidentField::Description, "description", QT_TRANSLATE_NOOP("IncidentFieldNames", "Description") },
        { IncidentField::Service, "service", QT_TRANSLATE_NOOP("IncidentFieldNames", "Service") },
        { IncidentField::Type, "type", QT_TRANSLATE_NOOP("IncidentFieldNames", "Type") },
        { IncidentField::Environment, "environment", QT_TRANSLATE_NOOP("IncidentFieldNames", "Environment") },
    } } };
}

QString IncidentFieldNames::key(IncidentField field)
{
    return kFields.key(field);
}

QString IncidentFieldNames::label(IncidentField field)
{
    return kFields.label(field);
}
