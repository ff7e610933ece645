#include "catalog/catalogrules.h"

#include "catalog/placeholders.h"
#include "rules/jsonlogic.h"

#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::catalog {
namespace {

// Operations whose second argument is evaluated once per element, with the
// element (or {current, accumulator}) as its data.
bool iterates(const QString& op)
{
    static const QStringList ops{QStringLiteral("map"), QStringLiteral("filter"),
        QStringLiteral("all"), QStringLiteral("none"), QStringLiteral("some"),
        QStringLiteral("reduce")};
    return ops.contains(op);
}

struct Walk {
    const ContextSchema& schema;
    const PathScope& scope;
    Problems& problems;

    void node(const QJsonValue& value, const Place& place, bool outer)
    {
        if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                node(items.at(i), place / i, outer);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        const QString op = object.constBegin().key();
        const QJsonValue argument = object.constBegin().value();
        const Place opPlace = place / op;
        // A single argument stands for a list of one.
        const bool listed = argument.isArray();
        const QJsonArray args = listed ? argument.toArray() : QJsonArray{argument};
        const auto argPlace = [&](qsizetype i) { return listed ? opPlace / i : opPlace; };
        if (op == QLatin1String("var")) {
            if (outer && !args.isEmpty() && args.at(0).isString())
                checkPath(args.at(0).toString(), argPlace(0), schema, scope, problems);
            if (args.size() > 1)
                node(args.at(1), argPlace(1), outer);
            return;
        }
        for (qsizetype i = 0; i < args.size(); ++i)
            node(args.at(i), argPlace(i), outer && !(iterates(op) && i == 1));
    }
};

} // namespace

std::optional<PathInfo> checkPath(const QString& path, const Place& place,
    const ContextSchema& schema, const PathScope& scope, Problems& problems)
{
    auto resolved = schema.resolve(path, scope);
    if (!resolved) {
        problems.add(place, resolved.error().message);
        return std::nullopt;
    }
    return resolved.value();
}

void checkText(const LocalizedText& text, const Place& place, const ContextSchema& schema,
    const PathScope& scope, Problems& problems)
{
    for (const auto& [language, value] :
        {std::pair{QStringLiteral("ja"), text.ja}, std::pair{QStringLiteral("en"), text.en}}) {
        const auto found = placeholdersIn(value);
        if (!found) {
            problems.add(place / language, found.error().message);
            continue;
        }
        for (const Placeholder& p : found.value())
            checkPath(p.path, place / language, schema, scope, problems);
    }
}

void checkRule(const QJsonValue& rule, const Place& place, const ContextSchema& schema,
    const PathScope& scope, Problems& problems)
{
    if (const Status valid = rules::validate(rule); !valid) {
        // "/and/1/if/2: unknown operation …": the place in the rule comes first.
        const QString& message = valid.error().message;
        const qsizetype colon = message.indexOf(QStringLiteral(": "));
        QString inner = message.left(colon);
        QString text = message.mid(colon + 2);
        if (colon < 0 || !inner.startsWith(QLatin1Char('/'))) {
            inner.clear();
            text = message;
        }
        problems.add(
            Place{place.file, place.pointer + (inner == QLatin1String("/") ? QString() : inner)},
            text);
        return;
    }
    Walk{schema, scope, problems}.node(rule, place, true);
}

} // namespace madoguchi::catalog
