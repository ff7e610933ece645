#include "catalog/rulescontextfields.h"

#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace madoguchi::catalog {
namespace {

const QStringList kInsurance{QStringLiteral("kokuho"), QStringLiteral("shaho"),
    QStringLiteral("kouki"), QStringLiteral("seiho"), QStringLiteral("none")};
const QStringList kKaigo{
    QStringLiteral("none"), QStringLiteral("insured"), QStringLiteral("certified")};
const QStringList kNenkin{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
    QStringLiteral("recipient"), QStringLiteral("none")};

bool isMemberId(const QJsonValue& value)
{
    if (!value.isString())
        return false;
    const QString id = value.toString();
    return !id.isEmpty() && std::ranges::all_of(id, [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-';
    });
}

bool isPrefectureCode(const QJsonValue& value)
{
    const QString code = value.toString();
    if (!value.isString() || code.size() != 2 || !code[0].isDigit() || !code[1].isDigit())
        return false;
    const int n = code.toInt();
    return n >= 1 && n <= 47;
}

bool isSex(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double n = value.toDouble();
    return n == 0 || n == 1 || n == 2 || n == 9;
}

qsizetype editDistance(const QString& a, const QString& b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

const QList<FieldSpec>& topLevelFields()
{
    static const QList<FieldSpec> fields{
        {QStringLiteral("today"), FieldKind::Date, true, {}},
        {QStringLiteral("event"), FieldKind::Object, true, {}},
        {QStringLiteral("household"), FieldKind::Object, true, {}},
        {QStringLiteral("answers"), FieldKind::Object, false, {}},
        // Claims of verified certificates (docs/certificates.md):
        // evidence.<certificate type>.<claim>.
        {QStringLiteral("evidence"), FieldKind::Object, false, {}},
    };
    return fields;
}

const QList<FieldSpec>& eventFields()
{
    static const QList<FieldSpec> fields{
        {QStringLiteral("type"), FieldKind::Choice, true, eventTypes()},
        {QStringLiteral("date"), FieldKind::Date, true, {}},
        {QStringLiteral("planned_move_out_date"), FieldKind::Date, false, {}},
        {QStringLiteral("from_prefecture_code"), FieldKind::PrefectureCode, false, {}},
        {QStringLiteral("subject"), FieldKind::MemberId, false, {}},
        {QStringLiteral("surname_change"), FieldKind::MemberIds, false, {}},
    };
    return fields;
}

const QList<FieldSpec>& householdFields()
{
    static const QList<FieldSpec> fields{
        {QStringLiteral("head"), FieldKind::MemberId, true, {}},
        {QStringLiteral("setai_no"), FieldKind::Text, false, {}},
        {QStringLiteral("address"), FieldKind::Text, false, {}},
        {QStringLiteral("katagaki"), FieldKind::Text, false, {}},
        {QStringLiteral("postal_code"), FieldKind::Text, false, {}},
        {QStringLiteral("address_code"), FieldKind::Text, false, {}},
        {QStringLiteral("members"), FieldKind::Members, true, {}},
    };
    return fields;
}

const QList<FieldSpec>& memberFields()
{
    static const QList<FieldSpec> fields{
        {QStringLiteral("id"), FieldKind::MemberId, true, {}},
        {QStringLiteral("atena_no"), FieldKind::Text, false, {}},
        {QStringLiteral("name_kanji"), FieldKind::NonEmptyText, true, {}},
        {QStringLiteral("name_kana"), FieldKind::Text, true, {}},
        {QStringLiteral("birth_date"), FieldKind::DateOrNull, true, {}},
        {QStringLiteral("sex"), FieldKind::Sex, true, {}},
        {QStringLiteral("relationship"), FieldKind::NonEmptyText, true, {}},
        {QStringLiteral("nationality"), FieldKind::NonEmptyText, true, {}},
        {QStringLiteral("moving"), FieldKind::Boolean, true, {}},
        {QStringLiteral("insurance"), FieldKind::Choice, true, kInsurance},
        {QStringLiteral("kaigo"), FieldKind::Choice, true, kKaigo},
        {QStringLiteral("nenkin_category"), FieldKind::Choice, true, kNenkin},
        {QStringLiteral("jidou_teate_recipient"), FieldKind::Boolean, true, {}},
        {QStringLiteral("mynumber_card"), FieldKind::Boolean, true, {}},
        {QStringLiteral("disability_certificate"), FieldKind::Boolean, true, {}},
        {QStringLiteral("koumuin"), FieldKind::Boolean, true, {}},
        {QStringLiteral("dog_owner"), FieldKind::Boolean, true, {}},
        // Claims of verified certificates about this member:
        // evidence.<certificate type>.<claim> (docs/certificates.md).
        {QStringLiteral("evidence"), FieldKind::Object, false, {}},
    };
    return fields;
}

const QStringList& derivedTopLevelKeys()
{
    static const QStringList keys{QStringLiteral("member"), QStringLiteral("params")};
    return keys;
}

const QStringList& derivedHouseholdKeys()
{
    static const QStringList keys{QStringLiteral("member_count"), QStringLiteral("remaining_count"),
        QStringLiteral("has_allowance_child"), QStringLiteral("head_member"),
        QStringLiteral("subject_member")};
    return keys;
}

const QStringList& derivedMemberKeys()
{
    static const QStringList keys{QStringLiteral("age"), QStringLiteral("age_today"),
        QStringLiteral("school_stage"), QStringLiteral("allowance_child"),
        QStringLiteral("is_head"), QStringLiteral("is_subject"), QStringLiteral("surname_changes")};
    return keys;
}

const QStringList& eventTypes()
{
    static const QStringList types{QStringLiteral("tennyu"), QStringLiteral("tenshutsu"),
        QStringLiteral("tenkyo"), QStringLiteral("shussei"), QStringLiteral("shibou"),
        QStringLiteral("konin")};
    return types;
}

const FieldSpec* findField(const QList<FieldSpec>& fields, const QString& name)
{
    const auto it = std::ranges::find(fields, name, &FieldSpec::name);
    return it == fields.end() ? nullptr : &*it;
}

QDate isoDay(const QJsonValue& value)
{
    const QString text = value.toString();
    if (!value.isString() || text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < u'0' || text[i] > u'9')
            return {};
    return QDate::fromString(text, Qt::ISODate);
}

std::optional<QString> checkValue(const FieldSpec& spec, const QJsonValue& value)
{
    const QString got = rules::js::describe(value);
    switch (spec.kind) {
    case FieldKind::Date:
        if (isoDay(value).isValid())
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected a date YYYY-MM-DD, got %1")
            .arg(got);
    case FieldKind::DateOrNull: // null: not known to the day (docs/rules-context.md)
        if (value.isNull() || isoDay(value).isValid())
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected a date YYYY-MM-DD, got %1")
            .arg(got);
    case FieldKind::Text:
        if (value.isString())
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected a string, got %1").arg(got);
    case FieldKind::NonEmptyText:
        if (value.isString() && !value.toString().isEmpty())
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected a non-empty string, got %1")
            .arg(got);
    case FieldKind::Boolean:
        if (value.isBool())
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected true or false, got %1").arg(got);
    case FieldKind::Sex:
        if (isSex(value))
            return std::nullopt;
        return QCoreApplication::translate(
            "Context", "expected one of 0, 1, 2, 9 (ISO 5218), got %1")
            .arg(got);
    case FieldKind::Choice:
        if (value.isString() && spec.choices.contains(value.toString()))
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected one of %1; got %2")
            .arg(QLatin1Char('"') + spec.choices.join(QStringLiteral("\", \"")) + QLatin1Char('"'),
                got);
    case FieldKind::PrefectureCode:
        if (isPrefectureCode(value))
            return std::nullopt;
        return QCoreApplication::translate(
            "Context", "expected a prefecture code \"01\" to \"47\", got %1")
            .arg(got);
    case FieldKind::MemberId:
        if (isMemberId(value))
            return std::nullopt;
        return QCoreApplication::translate(
            "Context", "expected a member id (letters, digits, _ or -), got %1")
            .arg(got);
    case FieldKind::MemberIds:
        if (value.isArray() && std::ranges::all_of(value.toArray(), isMemberId))
            return std::nullopt;
        return QCoreApplication::translate(
            "Context", "expected an array of member ids such as [\"m2\"], got %1")
            .arg(got);
    case FieldKind::Object:
        if (value.isObject())
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected an object, got %1").arg(got);
    case FieldKind::Members:
        if (value.isArray())
            return std::nullopt;
        return QCoreApplication::translate("Context", "expected an array of members, got %1")
            .arg(got);
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

QString closestKey(const QString& key, const QStringList& known)
{
    QString best;
    qsizetype bestDistance = 3;
    for (const QString& candidate : known) {
        const qsizetype d = editDistance(key, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace madoguchi::catalog
