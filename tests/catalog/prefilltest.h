#pragma once

// Helpers for the pre-fill and interview tests: a small catalog written to
// a temporary folder and loaded by the real loader, a household to fill
// forms for, and lookups into the result.
#include "catalog/catalogloader.h"
#include "catalog/checklistinput.h"
#include "catalog/interviewsession.h"
#include "support/qtprinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>

namespace madoguchi::prefilltest {

inline std::string json(const QJsonValue& value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

inline constexpr const char* kSystems = R"json({"systems": [
  {"id": "juki", "names": {"ja": "住民基本台帳", "en": "Resident register"}, "connector": "juki"},
  {"id": "kokuho", "names": {"ja": "国民健康保険", "en": "National Health Insurance"}, "connector": "kokuho"},
  {"id": "nenkin", "names": {"ja": "国民年金", "en": "National Pension"}, "connector": "nenkin"}
]})json";

inline constexpr const char* kEvents = R"json({"events": [
  {"id": "tennyu", "names": {"ja": "転入", "en": "Moving in"}, "date_label": {"ja": "転入日", "en": "Moved in on"},
   "questions": [
     {"id": "planned_move_out_date", "labels": {"ja": "転出予定日", "en": "Planned move-out"}, "type": "date"},
     {"id": "from_prefecture_code", "labels": {"ja": "前住所の都道府県", "en": "Former prefecture"}, "type": "text",
      "validation": {"==": [{"var": "value.length"}, 2]},
      "validation_message": {"ja": "2桁で入力（{value}）", "en": "Two digits ({value})"
}
},
     {"id": "inkan_touroku", "labels": {"ja": "印鑑登録をする方", "en": "Seal registration for"}, "type": "members"}]
}
]
})json";

inline constexpr const char* kParameters = R"json({"parameters": [
  {"id": "fee", "names": {"ja": "手数料", "en": "Fee"}, "value": 300}
]})json";

// A household form: register, event and parameter binds, an ask_once phone
// with a validation, a checkbox that shows a further field.
inline constexpr const char* kTodoke = R"json({
  "id": "a.todoke", "version": 1, "names": {"ja": "転入届", "en": "Moving-in notification"},
  "events": ["tennyu"], "scope": "household",
  "reason": {"ja": "転入", "en": "Moving in"},
  "system": "juki",
  "form": {"fields": [
    {"id": "address", "labels": {"ja": "住所", "en": "Address"}, "type": "address", "required": true, "bind": "household.address"},
    {"id": "head", "labels": {"ja": "世帯主", "en": "Head"}, "type": "text", "bind": "household.head_member.name_kanji"},
    {"id": "moved_on", "labels": {"ja": "転入日", "en": "Moved in on"}, "type": "date", "bind": "event.date"},
    {"id": "moved_out", "labels": {"ja": "転出予定日", "en": "Planned move-out"}, "type": "date", "required": true, "bind": "event.planned_move_out_date"},
    {"id": "phone", "labels": {"ja": "電話番号", "en": "Phone"}, "type": "phone", "required": true, "ask_once": "phone",
     "validation": {">=": [{"var": "value.length"}, 10]},
     "validation_message": {"ja": "{value}は短すぎます", "en": "{value} is too short"}},
    {"id": "has_car", "labels": {"ja": "自動車あり", "en": "Has a car"}, "type": "checkbox", "ask_once": "has_car"},
    {"id": "car_number", "labels": {"ja": "車両番号", "en": "Car number"}, "type": "text", "required": true, "ask_once": "car_number",
     "visible_when": {"==": [{"var": "answers.has_car"}, true]}}]}
})json";

// A member form for members in 国保.
inline constexpr const char* kKanyu = R"json({
  "id": "b.kanyu", "version": 1, "names": {"ja": "国保加入", "en": "Joining NHI"},
  "events": ["tennyu"], "scope": "member",
  "applies_when": {"==": [{"var": "member.insurance"}, "kokuho"]},
  "reason": {"ja": "国保", "en": "NHI"},
  "not_applicable_reason": {"ja": "国保でない", "en": "Not in NHI"},
  "system": "kokuho",
  "form": {"fields": [
    {"id": "name", "labels": {"ja": "氏名", "en": "Name"}, "type": "text", "required": true, "bind": "member.name_kanji"},
    {"id": "birth_date", "labels": {"ja": "生年月日", "en": "Date of birth"}, "type": "era-date", "required": true, "bind": "member.birth_date"},
    {"id": "my_number", "labels": {"ja": "個人番号", "en": "My Number"}, "type": "my-number", "required": true, "ask_once": "my_number", "per_member": true},
    {"id": "phone", "labels": {"ja": "連絡先", "en": "Contact phone"}, "type": "phone", "required": true, "ask_once": "phone",
     "validation": {">=": [{"var": "value.length"}, 10]},
     "validation_message": {"ja": "{value}は短すぎます", "en": "{value} is too short"}},
    {"id": "note", "labels": {"ja": "備考", "en": "Note"}, "type": "text"}]}
})json";

// A member form for adults.
inline constexpr const char* kNenkin = R"json({
  "id": "c.nenkin", "version": 1, "names": {"ja": "年金住所変更", "en": "Pension address"},
  "events": ["tennyu"], "scope": "member",
  "applies_when": {">=": [{"var": "member.age"}, 20]},
  "reason": {"ja": "20歳以上", "en": "20 or older"},
  "not_applicable_reason": {"ja": "20歳未満", "en": "Under 20"},
  "system": "nenkin",
  "form": {"fields": [
    {"id": "name", "labels": {"ja": "氏名", "en": "Name"}, "type": "text", "bind": "member.name_kanji"},
    {"id": "my_number", "labels": {"ja": "個人番号", "en": "My Number"}, "type": "my-number", "required": true, "ask_once": "my_number", "per_member": true},
    {"id": "phone", "labels": {"ja": "電話番号", "en": "Phone"}, "type": "phone", "ask_once": "phone"}]}
})json";

// A member form for the members the event's question names.
inline constexpr const char* kInkan = R"json({
  "id": "d.inkan", "version": 1, "names": {"ja": "印鑑登録", "en": "Seal registration"},
  "events": ["tennyu"], "scope": "member",
  "applies_when": {"in": [{"var": "member.id"}, {"var": "event.inkan_touroku"}]},
  "reason": {"ja": "申出", "en": "Asked"},
  "not_applicable_reason": {"ja": "申出なし", "en": "Not asked"},
  "system": "juki",
  "form": {"fields": [
    {"id": "seal", "labels": {"ja": "印影の種類", "en": "Kind of seal"}, "type": "select", "required": true,
     "options": [{"value": "jitsuin", "labels": {"ja": "実印", "en": "Registered seal"}},
                 {"value": "other", "labels": {"ja": "その他", "en": "Other"}}]}]}
})json";

// A household form with a city parameter and the address again.
inline constexpr const char* kFee = R"json({
  "id": "e.fee", "version": 1, "names": {"ja": "手数料", "en": "Fee"},
  "events": ["tennyu"], "scope": "household",
  "reason": {"ja": "手数料", "en": "Fee"},
  "system": "juki",
  "form": {"fields": [
    {"id": "fee", "labels": {"ja": "手数料", "en": "Fee"}, "type": "number", "bind": "params.fee"},
    {"id": "address", "labels": {"ja": "住所", "en": "Address"}, "type": "address", "bind": "household.address"}]}
})json";

// A household form that applies when the clerk's answer says so.
inline constexpr const char* kShako = R"json({
  "id": "f.shako", "version": 1, "names": {"ja": "車庫の届出", "en": "Garage notification"},
  "events": ["tennyu"], "scope": "household",
  "applies_when": {"==": [{"var": "answers.has_car"}, true]},
  "reason": {"ja": "自動車あり", "en": "Has a car"},
  "not_applicable_reason": {"ja": "自動車なし", "en": "No car"},
  "system": "juki",
  "form": {"fields": [
    {"id": "car_number", "labels": {"ja": "車両番号", "en": "Car number"}, "type": "text", "required": true, "ask_once": "car_number"}]}
})json";

class FormsCatalog {
public:
    // `extra`: further files (relative path, content) written after the others.
    explicit FormsCatalog(const QList<std::pair<QString, const char*>>& extra = {})
    {
        EXPECT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("procedures"));
        write(QStringLiteral("systems.json"), kSystems);
        write(QStringLiteral("events.json"), kEvents);
        write(QStringLiteral("parameters.json"), kParameters);
        write(QStringLiteral("procedures/a.todoke.json"), kTodoke);
        write(QStringLiteral("procedures/b.kanyu.json"), kKanyu);
        write(QStringLiteral("procedures/c.nenkin.json"), kNenkin);
        write(QStringLiteral("procedures/d.inkan.json"), kInkan);
        write(QStringLiteral("procedures/e.fee.json"), kFee);
        write(QStringLiteral("procedures/f.shako.json"), kShako);
        for (const auto& [relative, content] : extra)
            write(relative, content);
        const catalog::CatalogLoad load = catalog::loadCatalog(m_dir.path());
        for (const catalog::CatalogProblem& p : load.problems)
            ADD_FAILURE() << p.text().toStdString();
        m_catalog = load.catalog;
    }

    const catalog::Catalog& get() const { return *m_catalog; }

private:
    void write(const QString& relative, const char* content) const
    {
        QFile file(m_dir.filePath(relative));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(content));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const catalog::Catalog> m_catalog;
};

// A member in the input form: in 国保 unless `changes` says otherwise.
inline QJsonObject member(const QString& id, const QJsonValue& birth, const QString& relationship,
    const QJsonObject& changes = {})
{
    QJsonObject m{{QStringLiteral("id"), id},
        {QStringLiteral("name_kanji"), QString(QStringLiteral("山田 ") + id)},
        {QStringLiteral("name_kana"), QStringLiteral("ヤマダ")},
        {QStringLiteral("birth_date"), birth}, {QStringLiteral("sex"), 1},
        {QStringLiteral("relationship"), relationship},
        {QStringLiteral("nationality"), QStringLiteral("JP")}, {QStringLiteral("moving"), true},
        {QStringLiteral("insurance"), QStringLiteral("kokuho")},
        {QStringLiteral("kaigo"), QStringLiteral("none")},
        {QStringLiteral("nenkin_category"), QStringLiteral("1")},
        {QStringLiteral("jidou_teate_recipient"), false}, {QStringLiteral("mynumber_card"), true},
        {QStringLiteral("disability_certificate"), false}, {QStringLiteral("koumuin"), false},
        {QStringLiteral("dog_owner"), false}};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

// A 転入 on 2026-11-20: m1 (head, 国保), m2 (spouse, 社保), m3 (child, 国保).
inline QJsonObject household(const QJsonObject& eventExtra = {})
{
    QJsonObject event{{QStringLiteral("type"), QStringLiteral("tennyu")},
        {QStringLiteral("date"), QStringLiteral("2026-11-20")}};
    for (auto it = eventExtra.constBegin(); it != eventExtra.constEnd(); ++it)
        event.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("today"), QStringLiteral("2026-11-26")},
        {QStringLiteral("event"), event},
        {QStringLiteral("household"),
            QJsonObject{{QStringLiteral("head"), QStringLiteral("m1")},
                {QStringLiteral("address"), QStringLiteral("みどり野市中央1-1")},
                {QStringLiteral("members"),
                    QJsonArray{member(QStringLiteral("m1"), QStringLiteral("1980-04-01"),
                                   QStringLiteral("世帯主")),
                        member(QStringLiteral("m2"), QStringLiteral("1982-05-05"),
                            QStringLiteral("妻"),
                            {{QStringLiteral("insurance"), QStringLiteral("shaho")}}),
                        member(QStringLiteral("m3"), QStringLiteral("2015-06-01"),
                            QStringLiteral("子"))}}}}};
}

// `input` checked and derived as the checklist takes it.
inline QJsonObject derived(const catalog::Catalog& c, const QJsonObject& input)
{
    const auto prepared = catalog::prepareContext(c, input, QStringLiteral("ctx.json"));
    EXPECT_TRUE(prepared.ok()) << (prepared ? std::string()
                                            : prepared.error().message.toStdString());
    return prepared ? prepared.value() : QJsonObject();
}

inline catalog::Forms filled(
    const catalog::Catalog& c, const QJsonObject& input, const QJsonObject& answers = {})
{
    auto forms = catalog::fillForms(c, derived(c, input), answers);
    EXPECT_TRUE(forms.ok()) << (forms ? std::string() : forms.error().message.toStdString());
    return forms ? std::move(forms.value()) : catalog::Forms{};
}

// The form of `procedure` for `member` (empty: household); null when none.
inline const catalog::FilledForm* form(
    const catalog::Forms& forms, const QString& procedure, const QString& member = {})
{
    for (const catalog::FilledForm& f : forms.forms)
        if (f.procedure->id == procedure && f.member == member)
            return &f;
    return nullptr;
}

inline const catalog::FilledField* field(
    const catalog::Forms& forms, const QString& procedure, const QString& member, const QString& id)
{
    const catalog::FilledForm* f = form(forms, procedure, member);
    if (!f)
        return nullptr;
    for (const catalog::FilledField& ff : f->fields)
        if (ff.field->id == id)
            return &ff;
    return nullptr;
}

// The interview as "key" or "key@member" lines.
inline QStringList questionIds(const catalog::Forms& forms)
{
    QStringList ids;
    for (const catalog::Question& q : forms.interview)
        ids.append(q.member.isEmpty() ? q.key : q.key + QLatin1Char('@') + q.member);
    return ids;
}

inline const catalog::Question* question(
    const catalog::Forms& forms, const QString& key, const QString& member = {})
{
    for (const catalog::Question& q : forms.interview)
        if (q.key == key && q.member == member)
            return &q;
    return nullptr;
}

// The fields a question fills as "procedure@member.field" (household: "procedure.field").
inline QStringList fills(const catalog::Forms& forms, const catalog::Question& q)
{
    QStringList list;
    for (const catalog::FieldRef& ref : q.fills) {
        const catalog::FilledForm& f = forms.forms.at(ref.form);
        list.append(f.procedure->id + (f.member.isEmpty() ? QString() : QLatin1Char('@') + f.member)
            + QLatin1Char('.') + f.fields.at(ref.field).field->id);
    }
    return list;
}

} // namespace madoguchi::prefilltest
