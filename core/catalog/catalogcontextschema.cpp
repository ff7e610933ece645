#include "catalog/catalogcontextschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::catalog {
namespace {

bool isIndex(const QString& segment)
{
    if (segment.isEmpty())
        return false;
    for (const QChar c : segment)
        if (!c.isDigit())
            return false;
    return true;
}

Error notAPath(const QString& path)
{
    return Error{QCoreApplication::translate(
        "Catalog", "\"%1\" is not a path of the rules context (context-schema.json)")
                     .arg(path)};
}

} // namespace

QString fieldValueType(FieldType type)
{
    switch (type) {
    case FieldType::Date:
    case FieldType::EraDate:
        return QStringLiteral("date");
    case FieldType::Checkbox:
        return QStringLiteral("boolean");
    case FieldType::Number:
        return QStringLiteral("integer");
    case FieldType::Member:
        return QStringLiteral("id");
    case FieldType::Members:
        return QStringLiteral("ids");
    default:
        return QStringLiteral("string");
    }
}

Result<ContextSchema> ContextSchema::load(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Catalog", "cannot read %1: %2")
                         .arg(fileName, file.errorString())};
    const QJsonObject paths = QJsonDocument::fromJson(file.readAll())
                                  .object()
                                  .value(QStringLiteral("paths"))
                                  .toObject();
    if (paths.isEmpty())
        return Error{QCoreApplication::translate("Catalog", "%1 has no \"paths\"").arg(fileName)};
    ContextSchema schema;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (it.key().endsWith(QLatin1String(".*")))
            schema.m_wildcardSources.insert(
                it.key().chopped(2), entry.value(QStringLiteral("source")).toString());
        else
            schema.m_types.insert(it.key(), entry.value(QStringLiteral("type")).toString());
    }
    return schema;
}

const ContextSchema& ContextSchema::builtIn()
{
    static const ContextSchema schema = [] {
        auto loaded = load(QStringLiteral(":/catalog/context-schema.json"));
        Q_ASSERT_X(loaded.ok(), "ContextSchema", "the built-in context schema is embedded");
        return loaded.ok() ? std::move(loaded).value() : ContextSchema();
    }();
    return schema;
}

Result<PathInfo> ContextSchema::resolve(const QString& path, const PathScope& scope) const
{
    if (path.isEmpty())
        return PathInfo{QStringLiteral("object")};
    const QStringList segments = path.split(QLatin1Char('.'));
    const QString& first = segments.constFirst();
    if (first == QLatin1String("value")) {
        if (!scope.value)
            return Error{QCoreApplication::translate(
                "Catalog", "\"%1\": value exists only in a field's validation rule")
                             .arg(path)};
        return PathInfo{QStringLiteral("any")};
    }
    if (first == QLatin1String("member") && !scope.member)
        return Error{QCoreApplication::translate(
            "Catalog", "\"%1\": member is null in a household procedure (read household.… instead)")
                         .arg(path)};
    QString current = first;
    QString type;
    if (m_types.contains(first))
        type = m_types.value(first);
    else if (m_wildcardSources.contains(first))
        type = QStringLiteral("object");
    else
        return notAPath(path);

    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString& segment = segments.at(i);
        if (type == QLatin1String("any"))
            return PathInfo{type};
        if (type == QLatin1String("member"))
            current = QStringLiteral("member");
        if (type == QLatin1String("members") || type == QLatin1String("ids")
            || type == QLatin1String("string")) {
            if (segment == QLatin1String("length")) {
                type = QStringLiteral("integer");
                current.clear();
                continue;
            }
            if (isIndex(segment) && type != QLatin1String("string")) {
                type = type == QLatin1String("members") ? QStringLiteral("member")
                                                        : QStringLiteral("id");
                current.clear();
                continue;
            }
            return notAPath(path);
        }
        const QString candidate = current + QLatin1Char('.') + segment;
        if (!current.isEmpty() && m_types.contains(candidate)) {
            current = candidate;
            type = m_types.value(candidate);
            continue;
        }
        const auto wildcard = m_wildcardSources.constFind(current);
        if (current.isEmpty() || wildcard == m_wildcardSources.constEnd())
            return notAPath(path);
        if (*wildcard == QLatin1String("event_question")) {
            const auto question = scope.questions.constFind(segment);
            if (question == scope.questions.constEnd())
                return Error{QCoreApplication::translate("Catalog",
                    "\"%1\": no question of the procedure's life events has the id \"%2\" "
                    "(events.json)")
                                 .arg(path, segment)};
            type = fieldValueType(*question);
        } else if (*wildcard == QLatin1String("catalog")) {
            if (!scope.parameters.contains(segment))
                return Error{QCoreApplication::translate(
                    "Catalog", "\"%1\": there is no city parameter \"%2\" (parameters.json)")
                                 .arg(path, segment)};
            type = QStringLiteral("any");
        } else if (*wildcard == QLatin1String("answer")) {
            if (scope.memberAnswerKeys.contains(segment) && !scope.member)
                return Error{QCoreApplication::translate("Catalog",
                    "\"%1\": \"%2\" is asked per member; only a member procedure can read it")
                                 .arg(path, segment)};
            if (!scope.answerKeys.contains(segment) && !scope.memberAnswerKeys.contains(segment))
                return Error{QCoreApplication::translate(
                    "Catalog", "\"%1\": no form field has the ask_once key \"%2\"")
                                 .arg(path, segment)};
            type = QStringLiteral("any");
        } else if (*wildcard == QLatin1String("evidence")) {
            // evidence.<type>.<claim>: both declared in certificates.json.
            const auto certificate = scope.evidence.constFind(segment);
            if (certificate == scope.evidence.constEnd())
                return Error{QCoreApplication::translate("Catalog",
                    "\"%1\": there is no certificate type \"%2\" (certificates.json)")
                                 .arg(path, segment)};
            if (i + 1 >= segments.size())
                return PathInfo{QStringLiteral("object")};
            const QString& claim = segments.at(i + 1);
            const auto found = certificate->constFind(claim);
            if (found == certificate->constEnd())
                return Error{QCoreApplication::translate("Catalog",
                    "\"%1\": the certificate type \"%2\" has no claim \"%3\" "
                    "(certificates.json)")
                                 .arg(path, segment, claim)};
            if (i + 2 < segments.size())
                return notAPath(path);
            return PathInfo{fieldValueType(*found)};
        } else {
            type = QStringLiteral("any");
        }
        current = candidate;
    }
    return PathInfo{type};
}

} // namespace madoguchi::catalog
