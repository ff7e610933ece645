#include "catalog/contextderivation.h"

#include "catalog/rulescontextfields.h"
#include "text/age.h"

#include <QJsonArray>
#include <QJsonValue>

namespace madoguchi::catalog {
namespace {

QJsonValue optionalInt(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// How many members remain in the household after the event.
int remainingCount(const QString& type, const QJsonArray& members)
{
    if (type == QLatin1String("shibou"))
        return int(members.size()) - 1; // all but the deceased (the subject)
    if (type == QLatin1String("tenshutsu")) {
        int staying = 0;
        for (const QJsonValue& member : members)
            staying += member[QLatin1String("moving")].toBool() ? 0 : 1;
        return staying;
    }
    // shussei: the newborn (the subject) is one of the members already.
    return int(members.size());
}

} // namespace

QString schoolStage(QDate birth, QDate on)
{
    const int schoolYear = on.month() >= 4 ? on.year() : on.year() - 1;
    const int grade = schoolYear - text::primarySchoolEntryYear(birth); // 0: 小学1年
    if (grade < 0)
        return QStringLiteral("preschool");
    if (grade < 6)
        return QStringLiteral("elementary");
    if (grade < 9)
        return QStringLiteral("junior_high");
    if (grade < 12)
        return QStringLiteral("high_school");
    return QStringLiteral("other");
}

QDate allowanceChildUntil(QDate birth)
{
    const QDate reached = text::ageReachedOn(birth, 18);
    return QDate(reached.month() <= 3 ? reached.year() : reached.year() + 1, 3, 31);
}

QJsonObject deriveContext(QJsonObject input)
{
    const QDate today = isoDay(input[QLatin1String("today")]);
    const QJsonObject event = input[QLatin1String("event")].toObject();
    const QDate date = isoDay(event[QLatin1String("date")]);
    const QString type = event[QLatin1String("type")].toString();
    const QJsonValue subject = event[QLatin1String("subject")];
    const QJsonArray surnames = event[QLatin1String("surname_change")].toArray();
    QJsonObject household = input[QLatin1String("household")].toObject();
    const QString head = household[QLatin1String("head")].toString();

    QJsonArray members = household[QLatin1String("members")].toArray();
    bool hasAllowanceChild = false;
    QJsonValue headMember;
    QJsonValue subjectMember;
    for (qsizetype i = 0; i < members.size(); ++i) {
        QJsonObject member = members.at(i).toObject();
        const QString id = member[QLatin1String("id")].toString();
        const QDate birth = isoDay(member[QLatin1String("birth_date")]); // invalid when null
        const std::optional<int> age = text::ageOn(birth, date);
        member[QLatin1String("age")] = optionalInt(age);
        member[QLatin1String("age_today")] = optionalInt(text::ageOn(birth, today));
        member[QLatin1String("school_stage")]
            = age ? QJsonValue(schoolStage(birth, date)) : QJsonValue(QJsonValue::Null);
        const bool allowanceChild = age && date <= allowanceChildUntil(birth);
        member[QLatin1String("allowance_child")] = allowanceChild;
        member[QLatin1String("is_head")] = id == head;
        member[QLatin1String("is_subject")] = subject.isString() && id == subject.toString();
        member[QLatin1String("surname_changes")] = surnames.contains(QJsonValue(id));
        hasAllowanceChild = hasAllowanceChild || allowanceChild;
        if (id == head)
            headMember = member;
        if (subject.isString() && id == subject.toString())
            subjectMember = member;
        members[i] = member;
    }
    household[QLatin1String("members")] = members;
    household[QLatin1String("member_count")] = int(members.size());
    household[QLatin1String("remaining_count")] = remainingCount(type, members);
    household[QLatin1String("has_allowance_child")] = hasAllowanceChild;
    household[QLatin1String("head_member")] = headMember;
    if (subject.isString())
        household[QLatin1String("subject_member")] = subjectMember;
    input[QLatin1String("household")] = household;
    input[QLatin1String("member")] = QJsonValue(QJsonValue::Null);
    return input;
}

QJsonObject contextForMember(const QJsonObject& derived, QStringView memberId)
{
    QJsonObject context = derived;
    if (memberId.isEmpty()) {
        context[QLatin1String("member")] = QJsonValue(QJsonValue::Null);
        return context;
    }
    const QJsonArray members
        = derived[QLatin1String("household")][QLatin1String("members")].toArray();
    for (const QJsonValue& member : members) {
        if (member[QLatin1String("id")].toString() == memberId) {
            context[QLatin1String("member")] = member;
            return context;
        }
    }
    Q_ASSERT_X(false, "contextForMember", "the id is not a member of the context");
    context[QLatin1String("member")] = QJsonValue(QJsonValue::Null);
    return context;
}

} // namespace madoguchi::catalog
