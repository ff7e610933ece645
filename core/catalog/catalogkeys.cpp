#include "catalog/catalogkeys.h"

namespace madoguchi::catalog {
namespace {

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

QHash<QString, QStringList> buildKeys()
{
    const QStringList text = keys({"ja", "en"});
    const QStringList conditionalText = keys({"when", "ja", "en"});
    const QStringList limit = keys({"days", "months", "years", "from", "first_day_counts", "when"});
    return {
        {QStringLiteral("systemsFile"), keys({"$schema", "systems"})},
        {QStringLiteral("system"), keys({"id", "names", "connector"})},
        {QStringLiteral("eventsFile"), keys({"$schema", "events"})},
        {QStringLiteral("event"), keys({"id", "names", "date_label", "questions"})},
        {QStringLiteral("question"),
            keys({"id", "labels", "type", "required", "options", "validation", "validation_message",
                "visible_when"})},
        {QStringLiteral("parametersFile"), keys({"$schema", "parameters"})},
        {QStringLiteral("parameter"), keys({"id", "names", "value"})},
        {QStringLiteral("procedure"),
            keys({"$schema", "id", "version", "names", "events", "scope", "applies_when", "reason",
                "not_applicable_reason", "deadline", "documents", "valid_from", "valid_to",
                "system", "form"})},
        {QStringLiteral("text"), text},
        {QStringLiteral("reasonCase"), conditionalText},
        {QStringLiteral("document"), conditionalText + keys({"certificate"})},
        {QStringLiteral("certificatesFile"), keys({"$schema", "certificates"})},
        {QStringLiteral("certificate"), keys({"id", "credential_type", "names", "claims"})},
        {QStringLiteral("claim"), keys({"id", "labels", "type", "required"})},
        {QStringLiteral("trustFile"), keys({"$schema", "issuers"})},
        {QStringLiteral("issuer"), keys({"id", "names", "certificates", "keys"})},
        {QStringLiteral("issuerKey"), keys({"kid", "jwk", "valid_from", "valid_to"})},
        {QStringLiteral("jwk"), keys({"kty", "crv", "x", "kid", "use", "alg"})},
        {QStringLiteral("deadline"), limit + keys({"note", "and_within"})},
        {QStringLiteral("deadlineLimit"), limit},
        {QStringLiteral("form"), keys({"fields"})},
        {QStringLiteral("field"),
            keys({"id", "labels", "type", "required", "bind", "ask_once", "per_member", "options",
                "validation", "validation_message", "visible_when"})},
        {QStringLiteral("option"), keys({"value", "labels"})},
        {QStringLiteral("case"), keys({"$schema", "id", "description", "context", "expect"})},
        {QStringLiteral("expectation"), keys({"procedure", "member", "deadline"})},
    };
}

} // namespace

const QHash<QString, QStringList>& catalogObjectKeys()
{
    static const QHash<QString, QStringList> table = buildKeys();
    return table;
}

} // namespace madoguchi::catalog
