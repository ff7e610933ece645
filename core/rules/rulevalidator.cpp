// validate(): the static check of a rule (jsonlogic.h), for loading a
// catalog of rules before anyone evaluates them.
#include "rules/jsonlogic.h"
#include "rules/operations.h"

#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::rules {
namespace {

using detail::Path;

class Validator {
public:
    explicit Validator(int maxDepth)
        : m_maxDepth(maxDepth)
    { }

    bool check(const QJsonValue& rule, const Path& path, int depth)
    {
        if (!rule.isObject() && !rule.isArray())
            return true;
        if (depth > m_maxDepth)
            return fail(detail::depthMessage(path, m_maxDepth));
        if (rule.isArray()) {
            const QJsonArray items = rule.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!check(items.at(i), Path{&path, {}, false, i}, depth + 1))
                    return false;
            }
            return true;
        }
        return checkOperation(rule.toObject(), path, depth);
    }

    const Error& error() const { return m_error; }

private:
    bool checkOperation(const QJsonObject& rule, const Path& path, int depth)
    {
        if (rule.size() != 1)
            return fail(detail::operationKeysMessage(path, rule.size()));
        const auto entry = rule.constBegin();
        const QString name = entry.key();
        const detail::Operation* op = detail::findOperation(name);
        if (!op)
            return fail(detail::unknownOperationMessage(path, name));
        const detail::Arguments arguments(entry.value());
        if (!detail::acceptsCount(*op, arguments.size()))
            return fail(detail::argumentCountMessage(path, name, arguments.size(), *op));
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QJsonValue argument = arguments.at(i);
            const Path place{&path, name, true, arguments.isList() ? i : -1};
            if (!check(argument, place, depth + 1))
                return false;
            // A literal's value is known now; a rule's only when evaluated.
            if (op->check && !argument.isObject()) {
                const QString problem = op->check(argument, i, place);
                if (!problem.isEmpty())
                    return fail(problem);
            }
        }
        return true;
    }

    bool fail(const QString& message)
    {
        m_error = Error{message};
        return false;
    }

    int m_maxDepth;
    Error m_error;
};

} // namespace

Status validate(const QJsonValue& rule, int maxDepth)
{
    Validator validator(maxDepth);
    if (!validator.check(rule, Path{}, 1))
        return validator.error();
    return {};
}

} // namespace madoguchi::rules
