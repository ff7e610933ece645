#pragma once

// Helpers for the catalog and checklist tests: a small valid catalog in a
// temporary folder to break one file at a time, members and contexts in the
// input form, and gtest printing of JSON.
#include "catalog/catalogloader.h"
#include "support/qtprinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QJsonObject& value, std::ostream* os)
{
    *os << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}
inline void PrintTo(const QStringList& list, std::ostream* os)
{
    *os << '[' << list.join(QStringLiteral(" | ")).toStdString() << ']';
}
QT_END_NAMESPACE

namespace madoguchi::catalogtest {

// systems.json: juki and kokuho.
inline constexpr const char* kSystems = R"json({"systems": [
  {"id": "juki", "names": {"ja": "住民基本台帳", "en": "Resident register"}, "connector": "juki"},
  {"id": "kokuho", "names": {"ja": "国民健康保険", "en": "National Health Insurance"}, "connector": "kokuho"}
]})json";

// events.json: tennyu (planned_move_out_date, inkan_touroku) and shibou (subject).
inline constexpr const char* kEvents = R"json({"events": [
  {"id": "tennyu", "names": {"ja": "転入", "en": "Moving in"}, "date_label": {"ja": "転入日", "en": "Moved in on"},
   "questions": [
     {"id": "planned_move_out_date", "labels": {"ja": "転出予定日", "en": "Planned move-out"}, "type": "date"},
     {"id": "inkan_touroku", "labels": {"ja": "印鑑登録", "en": "Seal registration"}, "type": "members"}]},
  {"id": "shibou", "names": {"ja": "死亡", "en": "Death"}, "date_label": {"ja": "死亡日", "en": "Died on"},
   "questions": [{"id": "subject", "labels": {"ja": "亡くなった方", "en": "The deceased"}, "type": "member", "required": true}]}
]})json";

inline constexpr const char* kParameters = R"json({"parameters": [
  {"id": "kodomo_iryo_max_age", "names": {"ja": "子ども医療の年齢", "en": "Child medical age"}, "value": 18},
  {"id": "sousaihi", "names": {"ja": "葬祭費", "en": "Funeral allowance"}, "value": 50000}
]})json";

// A household procedure of tennyu that always applies.
inline constexpr const char* kTodoke = R"json({
  "id": "a.todoke", "version": 1, "names": {"ja": "転入届", "en": "Moving-in notification"},
  "events": ["tennyu"], "scope": "household",
  "reason": {"ja": "{event.date}に転入", "en": "Moved in on {event.date}"},
  "deadline": {"days": 14, "from": "event.date", "first_day_counts": false},
  "documents": [{"ja": "本人確認書類", "en": "Proof of identity"}],
  "system": "juki",
  "form": {"fields": [
    {"id": "address", "labels": {"ja": "住所", "en": "Address"}, "type": "address", "required": true, "bind": "household.address"},
    {"id": "phone", "labels": {"ja": "電話", "en": "Phone"}, "type": "phone", "ask_once": "phone"}]}
})json";

// A member procedure of tennyu and shibou for members in 国保.
inline constexpr const char* kKanyu = R"json({
  "id": "b.kanyu", "version": 1, "names": {"ja": "国保加入", "en": "Joining NHI"},
  "events": ["tennyu"], "scope": "member",
  "applies_when": {"==": [{"var": "member.insurance"}, "kokuho"]},
  "reason": {"ja": "{member.name_kanji}さん（{member.age}歳）", "en": "{member.name_kanji} ({member.age})"
}
,
  "not_applicable_reason": [
    {"when": {"==": [{"var": "member.insurance"}, "shaho"]}, "ja": "{member.name_kanji}さんは社保", "en": "{member.name_kanji} has employee insurance"},
    {"ja": "対象外", "en": "Not covered"}],
  "deadline": {"days": 14, "from": "event.date", "first_day_counts": false},
  "system": "kokuho",
  "form":
{
    "fields" : [
        {
            "id" : "name",
            "labels" : {"ja" : "氏名", "en" : "Name"},
            "type" : "text",
            "bind" : "member.name_kanji"
        },
        {
            "id" : "my_number",
            "labels" : {"ja" : "個人番号", "en" : "My Number"},
            "type" : "my-number",
            "ask_once" : "my_number",
            "per_member" : true
        }
    ]
}
})json";

class TempCatalog {
public:
    TempCatalog()
    {
        EXPECT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("procedures"));
        QDir(m_dir.path()).mkpath(QStringLiteral("cases"));
        write(QStringLiteral("systems.json"), kSystems);
        write(QStringLiteral("events.json"), kEvents);
        write(QStringLiteral("parameters.json"), kParameters);
        write(QStringLiteral("procedures/a.todoke.json"), kTodoke);
        write(QStringLiteral("procedures/b.kanyu.json"), kKanyu);
    }

    QString path() const { return m_dir.path(); }

    void write(const QString& relative, const QByteArray& content) const
    {
        QFile file(m_dir.filePath(relative));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            << relative.toStdString();
        file.write(content);
    }
    void write(const QString& relative, const char* content) const
    {
        write(relative, QByteArray(content));
    }
    void write(const QString& relative, const QJsonObject& object) const
    {
        write(relative, QJsonDocument(object).toJson());
    }
    void remove(const QString& relative) const { QFile::remove(m_dir.filePath(relative)); }

    // A built-in text of the default catalog as an object, to edit.
    static QJsonObject object(const char* text)
    {
        return QJsonDocument::fromJson(QByteArray(text)).object();
    }

    catalog::CatalogLoad load() const { return catalog::loadCatalog(path()); }

    // The problems of a load, as "file: pointer: message" lines.
    QStringList problems() const
    {
        QStringList lines;
        for (const catalog::CatalogProblem& p : load().problems)
            lines.append(p.text());
        return lines;
    }

private:
    QTemporaryDir m_dir;
};

// A member in the input form: an adult in 国保 unless `changes` says otherwise.
inline QJsonObject member(const QString& id, const QString& birth, const QString& relationship,
    const QJsonObject& changes = {})
{
    QJsonObject m{{QStringLiteral("id"), id},
        {QStringLiteral("name_kanji"), QString(QStringLiteral("山田 ") + id)},
        {QStringLiteral("name_kana"), QStringLiteral("ヤマダ")},
        {QStringLiteral("birth_date"), birth}, {QStringLiteral("sex"), 1},
        {QStringLiteral("relationship"), relationship},
        {QStringLiteral("nationality"), QStringLiteral("日本")}, {QStringLiteral("moving"), true},
        {QStringLiteral("insurance"), QStringLiteral("kokuho")},
        {QStringLiteral("kaigo"), QStringLiteral("none")},
        {QStringLiteral("nenkin_category"), QStringLiteral("1")},
        {QStringLiteral("jidou_teate_recipient"), false}, {QStringLiteral("mynumber_card"), false},
        {QStringLiteral("disability_certificate"), false}, {QStringLiteral("koumuin"), false},
        {QStringLiteral("dog_owner"), false}};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

// A context in the input form: `event` (type, date and questions) on the
// day of the event, a household headed by the first member.
inline QJsonObject context(const QJsonObject& event, const QJsonArray& members)
{
    return {{QStringLiteral("today"), event.value(QStringLiteral("date"))},
        {QStringLiteral("event"), event},
        {QStringLiteral("household"),
            QJsonObject{
                {QStringLiteral("head"), members.at(0).toObject().value(QStringLiteral("id"))},
                {QStringLiteral("address"), QStringLiteral("みどり野市中央1-1")},
                {QStringLiteral("members"), members}}}};
}

inline QJsonObject event(const QString& type, const QString& date, const QJsonObject& more = {})
{
    QJsonObject e = more;
    e.insert(QStringLiteral("type"), type);
    e.insert(QStringLiteral("date"), date);
    return e;
}

} // namespace madoguchi::catalogtest
