#include "rules/evaluation.h"

#include "rules/operations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVarLengthArray>
#include <vector>

namespace madoguchi::rules::detail {
namespace {

// JSON pointer escaping (RFC 6901): "~" is "~0", "/" is "~1".
void appendSegment(QString& out, QStringView segment)
{
    out += QLatin1Char('/');
    for (const QChar c : segment) {
        if (c == u'~')
            out += QLatin1String("~0");
        else if (c == u'/')
            out += QLatin1String("~1");
        else
            out += c;
    }
}

// Counts one level of nesting for as long as it lives.
class DepthGuard {
public:
    explicit DepthGuard(int& depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    int& m_depth;
};

// An array or string costs a step per element or per 64 characters.
qint64 costOf(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray().size();
    if (value.isString())
        return value.toString().size() / 64;
    return 0;
}

} // namespace

QString Path::toString() const
{
    std::vector<const Path*> nodes;
    for (const Path* node = this; node; node = node->parent)
        nodes.push_back(node);
    QString out;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        if ((*it)->hasKey)
            appendSegment(out, (*it)->key);
        if ((*it)->index >= 0)
            appendSegment(out, QString::number((*it)->index));
    }
    // The whole rule: "/" reads better in a message than the empty pointer.
    return out.isEmpty() ? QStringLiteral("/") : out;
}

Arguments::Arguments(const QJsonValue& values)
    : m_isList(values.isArray())
{
    if (m_isList)
        m_list = values.toArray();
    else
        m_single = values;
}

QJsonValue Arguments::at(qsizetype i) const
{
    if (i < 0 || i >= size())
        return QJsonValue(QJsonValue::Undefined);
    return m_isList ? m_list.at(i) : m_single;
}

bool Call::evaluate(qsizetype i, const QJsonValue& scope, QJsonValue& out) const
{
    return evaluation.evaluate(arguments.at(i), scope, argumentPath(i), out);
}

bool Call::fail(const QString& message) const
{
    return evaluation.fail(message);
}

bool Call::charge(qsizetype amount) const
{
    return evaluation.charge(path, amount);
}

bool Call::checkSize(qsizetype size) const
{
    return evaluation.checkSize(path, size);
}

bool Evaluation::fail(const QString& message)
{
    m_error = Error{message};
    return false;
}

bool Evaluation::charge(const Path& path, qint64 steps)
{
    m_steps += steps;
    if (m_steps <= m_limits.maxSteps)
        return true;
    return fail(QCoreApplication::translate(
        "JsonLogic", "%1: evaluation stopped after %2 steps, the limit for one rule")
                    .arg(path.toString())
                    .arg(m_limits.maxSteps));
}

bool Evaluation::checkSize(const Path& path, qsizetype size)
{
    if (size <= m_limits.maxSize)
        return true;
    return fail(QCoreApplication::translate(
        "JsonLogic", "%1: the result would be longer than %2 elements or characters")
                    .arg(path.toString())
                    .arg(m_limits.maxSize));
}

bool Evaluation::evaluate(
    const QJsonValue& rule, const QJsonValue& data, const Path& path, QJsonValue& out)
{
    if (!charge(path, 1))
        return false;
    const bool isObject = rule.isObject();
    if (!isObject && !rule.isArray()) {
        out = rule; // a literal
        return true;
    }
    const DepthGuard guard(m_depth);
    if (m_depth > m_limits.maxDepth)
        return fail(depthMessage(path, m_limits.maxDepth));
    return isObject ? evaluateOperation(rule.toObject(), data, path, out)
                    : evaluateArray(rule.toArray(), data, path, out);
}

bool Evaluation::evaluateArray(
    const QJsonArray& rule, const QJsonValue& data, const Path& path, QJsonValue& out)
{
    QJsonArray result;
    for (qsizetype i = 0; i < rule.size(); ++i) {
        QJsonValue value;
        if (!evaluate(rule.at(i), data, Path{&path, {}, false, i}, value))
            return false;
        result.append(value);
    }
    out = result;
    return true;
}

bool Evaluation::evaluateOperation(
    const QJsonObject& rule, const QJsonValue& data, const Path& path, QJsonValue& out)
{
    if (rule.size() != 1)
        return fail(operationKeysMessage(path, rule.size()));
    const auto entry = rule.constBegin();
    const QString name = entry.key();
    const Operation* op = findOperation(name);
    if (!op)
        return fail(unknownOperationMessage(path, name));
    const Arguments arguments(entry.value());
    const qsizetype count = arguments.size();
    if (count < op->evaluationMinimum || (op->strictArity && !acceptsCount(*op, count)))
        return fail(argumentCountMessage(path, name, count, *op));

    const Call call{*this, path, name, arguments, data};
    if (op->lazy)
        return op->lazy(call, out);

    QVarLengthArray<QJsonValue, 4> values;
    values.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        QJsonValue value;
        if (!call.evaluate(i, data, value) || !charge(path, costOf(value)))
            return false;
        if (op->check) {
            const QString problem = op->check(value, i, call.argumentPath(i));
            if (!problem.isEmpty())
                return fail(problem);
        }
        values.append(std::move(value));
    }
    return op->eager(
        call, std::span<const QJsonValue>(values.constData(), size_t(values.size())), out);
}

} // namespace madoguchi::rules::detail
