#pragma once

#include "common/result.h"
#include "rules/jsonlogic.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// The evaluator's insides, shared by the operation files; not an API.
namespace madoguchi::rules::detail {

// A place in the rule as a chain of stack frames, turned into a JSON
// pointer ("/and/1/if/2") only when an error needs it. A node adds an
// object key (the operator), an array index, or both.
struct Path {
    const Path* parent = nullptr;
    QStringView key;
    bool hasKey = false;
    qsizetype index = -1;

    QString toString() const;
};

// An operation's arguments as written: a JSON array, or a single value
// standing for a one-element array (`{"var": "x"}` is `{"var": ["x"]}`).
class Arguments {
public:
    explicit Arguments(const QJsonValue& values);

    qsizetype size() const { return m_isList ? m_list.size() : 1; }
    // Undefined past the end, like a missing argument in JavaScript.
    QJsonValue at(qsizetype i) const;
    bool isList() const { return m_isList; }

private:
    QJsonValue m_single;
    QJsonArray m_list;
    bool m_isList;
};

class Evaluation;

// One call of an operation: where it is, its raw arguments and the data.
struct Call {
    Evaluation& evaluation;
    const Path& path;
    QStringView name;
    const Arguments& arguments;
    const QJsonValue& data;

    // The place of argument i: "/op/i", or "/op" for a single value.
    Path argumentPath(qsizetype i) const
    {
        return {&path, name, true, arguments.isList() ? i : -1};
    }
    // Evaluates argument i against `scope` (lazy operations choose when).
    bool evaluate(qsizetype i, const QJsonValue& scope, QJsonValue& out) const;
    // Records `message` (already naming its place) as the error; false.
    bool fail(const QString& message) const;
    // Charges work proportional to a size; false once the limit is reached.
    bool charge(qsizetype amount) const;
    // Fails if a built string or array is longer than the limit.
    bool checkSize(qsizetype size) const;
};

class Evaluation {
public:
    explicit Evaluation(const EvaluationLimits& limits)
        : m_limits(limits)
    { }

    bool evaluate(
        const QJsonValue& rule, const QJsonValue& data, const Path& path, QJsonValue& out);
    bool fail(const QString& message);
    bool charge(const Path& path, qint64 steps);
    bool checkSize(const Path& path, qsizetype size);
    const Error& error() const { return m_error; }

private:
    bool evaluateArray(
        const QJsonArray& rule, const QJsonValue& data, const Path& path, QJsonValue& out);
    bool evaluateOperation(
        const QJsonObject& rule, const QJsonValue& data, const Path& path, QJsonValue& out);

    EvaluationLimits m_limits;
    qint64 m_steps = 0;
    int m_depth = 0;
    Error m_error;
};

} // namespace madoguchi::rules::detail
