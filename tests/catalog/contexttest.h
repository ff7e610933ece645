#pragma once

// Helpers for the rules context tests: a valid input form to start from,
// edits of one field, and the reader's problems as lines.
#include "catalog/contextderivation.h"
#include "catalog/rulescontext.h"
#include "support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <gtest/gtest.h>
#include <ostream>

// gtest printing of JSON, so that a failed expectation shows the values.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QJsonValue& value, std::ostream* os)
{
    *os << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}
inline void PrintTo(const QJsonValueRef& value, std::ostream* os)
{
    PrintTo(QJsonValue(value), os);
}
inline void PrintTo(const QJsonObject& value, std::ostream* os)
{
    *os << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}
inline void PrintTo(const QJsonArray& value, std::ostream* os)
{
    *os << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}
QT_END_NAMESPACE

namespace madoguchi::contexttest {

// A complete member with every input field.
inline QJsonObject member(const QString& id, const QString& birth, const QString& relationship)
{
    return QJsonObject{{QStringLiteral("id"), id},
        {QStringLiteral("name_kanji"), QStringLiteral("山田 太郎")},
        {QStringLiteral("name_kana"), QStringLiteral("ヤマダ タロウ")},
        {QStringLiteral("birth_date"), birth}, {QStringLiteral("sex"), 1},
        {QStringLiteral("relationship"), relationship},
        {QStringLiteral("nationality"), QStringLiteral("JP")}, {QStringLiteral("moving"), true},
        {QStringLiteral("insurance"), QStringLiteral("kokuho")},
        {QStringLiteral("kaigo"), QStringLiteral("none")},
        {QStringLiteral("nenkin_category"), QStringLiteral("1")},
        {QStringLiteral("jidou_teate_recipient"), false}, {QStringLiteral("mynumber_card"), true},
        {QStringLiteral("disability_certificate"), false}, {QStringLiteral("koumuin"), false},
        {QStringLiteral("dog_owner"), false}};
}

// The example: a 転入 on 2026-11-20, seen on 2026-11-26, with a
// head (m1) and a child (m2).
inline QJsonObject validInput()
{
    return QJsonObject{{QStringLiteral("today"), QStringLiteral("2026-11-26")},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("tennyu")},
                {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                {QStringLiteral("planned_move_out_date"), QStringLiteral("2026-11-15")},
                {QStringLiteral("from_prefecture_code"), QStringLiteral("13")},
                {QStringLiteral("subject"), QStringLiteral("m2")},
                {QStringLiteral("surname_change"), QJsonArray{QStringLiteral("m2")}}}},
        {QStringLiteral("household"),
            QJsonObject{{QStringLiteral("head"), QStringLiteral("m1")},
                {QStringLiteral("members"),
                    QJsonArray{member(QStringLiteral("m1"), QStringLiteral("1980-04-01"),
                                   QStringLiteral("世帯主")),
                        member(QStringLiteral("m2"), QStringLiteral("2015-06-01"),
                            QStringLiteral("子"))}}}}};
}

inline void setEvent(QJsonObject& input, const QString& key, const QJsonValue& value)
{
    QJsonObject event = input[QStringLiteral("event")].toObject();
    if (value.isUndefined())
        event.remove(key);
    else
        event[key] = value;
    input[QStringLiteral("event")] = event;
}

inline void setHousehold(QJsonObject& input, const QString& key, const QJsonValue& value)
{
    QJsonObject household = input[QStringLiteral("household")].toObject();
    if (value.isUndefined())
        household.remove(key);
    else
        household[key] = value;
    input[QStringLiteral("household")] = household;
}

inline QJsonArray members(const QJsonObject& input)
{
    return input[QStringLiteral("household")][QStringLiteral("members")].toArray();
}

// Sets (or with an undefined value removes) a key of member `index`.
inline void setMember(
    QJsonObject& input, qsizetype index, const QString& key, const QJsonValue& value)
{
    QJsonArray list = members(input);
    QJsonObject m = list.at(index).toObject();
    if (value.isUndefined())
        m.remove(key);
    else
        m[key] = value;
    list[index] = m;
    setHousehold(input, QStringLiteral("members"), list);
}

// The reader's problems with `input`, one per line; empty when it is valid.
inline QStringList problems(
    const QJsonValue& input, const catalog::ContextReadOptions& options = {})
{
    const Result<QJsonObject> read
        = catalog::readRulesContext(input, QStringLiteral("ctx.json"), options);
    if (read) {
        EXPECT_EQ(read.value(), input.toObject()) << "the reader returns the input unchanged";
        return {};
    }
    return read.error().message.split(QLatin1Char('\n'));
}

// `input` read and derived; fails the test when it does not read.
inline QJsonObject derived(const QJsonObject& input)
{
    const Result<QJsonObject> read = catalog::readRulesContext(input, QStringLiteral("ctx.json"));
    EXPECT_TRUE(read.ok()) << (read ? std::string() : read.error().message.toStdString());
    return read ? catalog::deriveContext(read.value()) : QJsonObject();
}

inline QJsonObject derivedMember(const QJsonObject& context, qsizetype index)
{
    return members(context).at(index).toObject();
}

} // namespace madoguchi::contexttest
