#pragma once

#include "rules/evaluation.h"

#include <QJsonValue>
#include <QString>
#include <array>
#include <span>

// The table of operations: each file adds its own (logic, numeric, string,
// array, data, date), and evaluate() and validate() look names up here.
namespace madoguchi::rules::detail {

// An operation whose arguments are evaluated first (most of them).
using EagerFunction = bool (*)(const Call& call, std::span<const QJsonValue> args, QJsonValue& out);
// An operation that evaluates its own arguments (if, and, map, …).
using LazyFunction = bool (*)(const Call& call, QJsonValue& out);
// Checks argument i's value (evaluated, or a literal when validating);
// returns the error message naming `place`, or an empty string.
using ArgumentCheck = QString (*)(const QJsonValue& value, qsizetype i, const Path& place);

struct Operation {
    EagerFunction eager = nullptr;
    LazyFunction lazy = nullptr;
    // The argument counts validate() accepts; -1: no upper bound.
    int minArguments = 0;
    int maxArguments = -1;
    // Counts below this fail evaluation too (the reference throws on them).
    int evaluationMinimum = 0;
    // Madoguchi's own operations: the counts above also bind evaluation.
    bool strictArity = false;
    ArgumentCheck check = nullptr;
};

// Name to operation, by open addressing over a fixed array: built once,
// then only read (lookups hash the name's UTF-16 units, FNV-1a).
class OperationTable {
public:
    void insert(const QString& name, const Operation& op);
    const Operation* find(QStringView name) const;

private:
    struct Slot {
        QString name; // empty: free
        Operation op;
    };
    static constexpr size_t kSlots = 128; // at most half full
    static size_t slotOf(QStringView name);

    std::array<Slot, kSlots> m_slots;
    size_t m_used = 0;
};

// nullptr for an unknown name.
const Operation* findOperation(QStringView name);

void addLogicOperations(OperationTable& table);
void addNumericOperations(OperationTable& table);
void addStringOperations(OperationTable& table);
void addArrayOperations(OperationTable& table);
void addDataOperations(OperationTable& table);
void addDateOperations(OperationTable& table);

// The argument at i, or undefined past the end.
const QJsonValue& argumentAt(std::span<const QJsonValue> args, size_t i);

// Messages shared by evaluate() and validate().
QString unknownOperationMessage(const Path& place, const QString& name);
QString operationKeysMessage(const Path& place, qsizetype keys);
QString argumentCountMessage(
    const Path& place, const QString& name, qsizetype count, const Operation& op);
QString depthMessage(const Path& place, int maxDepth);
bool acceptsCount(const Operation& op, qsizetype count);

} // namespace madoguchi::rules::detail
