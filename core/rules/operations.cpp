#include "rules/operations.h"

#include <QCoreApplication>

namespace madoguchi::rules::detail {
namespace {

OperationTable buildTable()
{
    OperationTable table;
    addLogicOperations(table);
    addNumericOperations(table);
    addStringOperations(table);
    addArrayOperations(table);
    addDataOperations(table);
    addDateOperations(table);
    return table;
}

// "2", "2 or 3", "0 to 2", "at least 1".
QString expectedCount(const Operation& op)
{
    const QString min = QString::number(op.minArguments);
    if (op.maxArguments < 0)
        return QCoreApplication::translate("JsonLogic", "at least %1").arg(min);
    const QString max = QString::number(op.maxArguments);
    if (op.minArguments == op.maxArguments)
        return min;
    if (op.minArguments + 1 == op.maxArguments)
        return QCoreApplication::translate("JsonLogic", "%1 or %2").arg(min, max);
    return QCoreApplication::translate("JsonLogic", "%1 to %2").arg(min, max);
}

} // namespace

size_t OperationTable::slotOf(QStringView name)
{
    quint32 hash = 2166136261U;
    for (const QChar c : name)
        hash = (hash ^ c.unicode()) * 16777619U;
    return hash % kSlots;
}

void OperationTable::insert(const QString& name, const Operation& op)
{
    Q_ASSERT(!name.isEmpty() && !find(name) && m_used < kSlots / 2);
    size_t i = slotOf(name);
    while (!m_slots[i].name.isEmpty())
        i = (i + 1) % kSlots;
    m_slots[i] = Slot{name, op};
    ++m_used;
}

const Operation* OperationTable::find(QStringView name) const
{
    for (size_t i = slotOf(name);; i = (i + 1) % kSlots) {
        const Slot& slot = m_slots[i];
        if (slot.name.isEmpty())
            return nullptr;
        if (slot.name == name)
            return &slot.op;
    }
}

const Operation* findOperation(QStringView name)
{
    static const OperationTable table = buildTable();
    return table.find(name);
}

const QJsonValue& argumentAt(std::span<const QJsonValue> args, size_t i)
{
    static const QJsonValue undefined(QJsonValue::Undefined);
    return i < args.size() ? args[i] : undefined;
}

bool acceptsCount(const Operation& op, qsizetype count)
{
    return count >= op.minArguments && (op.maxArguments < 0 || count <= op.maxArguments);
}

QString unknownOperationMessage(const Path& place, const QString& name)
{
    return QCoreApplication::translate("JsonLogic", "%1: unknown operation \"%2\"")
        .arg(place.toString(), name);
}

QString operationKeysMessage(const Path& place, qsizetype keys)
{
    return QCoreApplication::translate("JsonLogic",
        "%1: an object in a rule is an operation and has exactly one key; this one has %2")
        .arg(place.toString())
        .arg(keys);
}

QString argumentCountMessage(
    const Path& place, const QString& name, qsizetype count, const Operation& op)
{
    return QCoreApplication::translate(
        "JsonLogic", "%1: wrong number of arguments for \"%2\": %3 given, %4 expected")
        .arg(place.toString(), name, QString::number(count), expectedCount(op));
}

QString depthMessage(const Path& place, int maxDepth)
{
    return QCoreApplication::translate("JsonLogic", "%1: the rule nests deeper than %2 levels")
        .arg(place.toString())
        .arg(maxDepth);
}

} // namespace madoguchi::rules::detail
