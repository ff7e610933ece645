#include "catalog/contextfromregister.h"

#include "catalog/rulescontext.h"
#include "catalog/rulescontextanswers.h"
#include "catalog/rulescontextfields.h"
#include "common/clock.h"
#include "registry/memberorder.h"
#include "registry/residentprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace madoguchi::catalog {
namespace {

using registry::ProfileMember;
using registry::ResidentProfile;

QJsonObject memberJson(const ResidentProfile& profile, const QString& id, bool moving)
{
    const registry::ProfilePerson& person = profile.person;
    registry::ProfileEntitlements none;
    none.insurance = none.kaigo = none.nenkinCategory = QStringLiteral("none");
    // No entitlements row: the business systems sent nothing, which the
    // context can only say as "none" (docs/rules-context.md).
    const registry::ProfileEntitlements& e = profile.entitlements ? *profile.entitlements : none;
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("atena_no"), person.atenaNo},
        {QStringLiteral("name_kanji"), person.nameKanji},
        {QStringLiteral("name_kana"), person.nameKana},
        {QStringLiteral("birth_date"),
            person.birth.iso ? QJsonValue(*person.birth.iso) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sex"), person.sex},
        {QStringLiteral("relationship"), person.relationship},
        // The register keeps no nationality for Japanese nationals.
        {QStringLiteral("nationality"), person.nationality.value_or(QStringLiteral("JP"))},
        {QStringLiteral("moving"), moving},
        {QStringLiteral("insurance"), e.insurance},
        {QStringLiteral("kaigo"), e.kaigo},
        {QStringLiteral("nenkin_category"), e.nenkinCategory},
        {QStringLiteral("jidou_teate_recipient"), e.jidouTeateRecipient},
        {QStringLiteral("mynumber_card"), e.mynumberCard},
        {QStringLiteral("disability_certificate"), e.disabilityCertificate},
        {QStringLiteral("koumuin"), false},
        {QStringLiteral("dog_owner"), false},
    };
}

// The members a context lists: the household's current residents, and for
// a death the deceased even when the register has already removed them; in
// the standard order.
QList<ProfileMember> contextMembers(const ResidentProfile& resident)
{
    QList<ProfileMember> members;
    for (const ProfileMember& member : resident.household.members)
        if (member.status != QLatin1String("removed") || member.isSubject)
            members << member;
    std::ranges::stable_sort(members, [](const ProfileMember& a, const ProfileMember& b) {
        return registry::memberPrecedes({a.relationship, a.birth.storage, a.atenaNo},
            {b.relationship, b.birth.storage, b.atenaNo});
    });
    return members;
}

} // namespace

Result<QJsonObject> contextFromRegister(storage::Database& database, const QString& atenaNo,
    const QString& eventType, QDate eventDate, QDate today, const QStringList& answers,
    const ContextReadOptions& options)
{
    Q_ASSERT(eventDate.isValid() && today.isValid());
    if (!eventTypes().contains(eventType))
        return Error{QCoreApplication::translate("Context", "unknown event type \"%1\" (one of %2)")
                         .arg(eventType, eventTypes().join(QStringLiteral(", ")))};
    const FixedClock clock(QDateTime(today, QTime(12, 0)));
    Result<ResidentProfile> resident = registry::loadProfile(database, atenaNo, clock);
    if (!resident)
        return resident.error();
    const bool death = eventType == QLatin1String("shibou");
    if (resident->person.removed && !death)
        return Error{QCoreApplication::translate("Context",
            "宛名番号 %1 is a removed resident (除票: %2); only the deceased of a shibou event "
            "may be")
                         .arg(atenaNo, resident->person.removalReason.value_or(QString()))};

    const bool moves = eventType == QLatin1String("tennyu")
        || eventType == QLatin1String("tenshutsu") || eventType == QLatin1String("tenkyo");
    QJsonArray members;
    QString head;
    QString subject;
    for (const ProfileMember& member : contextMembers(resident.value())) {
        const QString id = QStringLiteral("m%1").arg(members.size() + 1);
        Result<ResidentProfile> profile
            = member.isSubject ? resident : registry::loadProfile(database, member.atenaNo, clock);
        if (!profile)
            return profile.error();
        members.append(memberJson(profile.value(), id, moves));
        if (head.isEmpty() && member.relationship == u"世帯主")
            head = id;
        if (member.isSubject)
            subject = id;
    }
    if (head.isEmpty())
        return Error{QCoreApplication::translate(
            "Context", "the household %1 of 宛名番号 %2 has no 世帯主 among its residents")
                         .arg(resident->household.setaiNo, atenaNo)};

    QJsonObject event{{QStringLiteral("type"), eventType},
        {QStringLiteral("date"), eventDate.toString(Qt::ISODate)}};
    if (death || eventType == QLatin1String("shussei"))
        event[QStringLiteral("subject")] = subject;
    const registry::ProfileHousehold& h = resident->household;
    QJsonObject input{
        {QStringLiteral("today"), today.toString(Qt::ISODate)},
        {QStringLiteral("event"), event},
        {QStringLiteral("household"),
            QJsonObject{{QStringLiteral("head"), head}, {QStringLiteral("setai_no"), h.setaiNo},
                {QStringLiteral("address"), h.address}, {QStringLiteral("katagaki"), h.katagaki},
                {QStringLiteral("postal_code"), h.postalCode},
                {QStringLiteral("address_code"), h.addressCode},
                {QStringLiteral("members"), members}}},
    };
    if (const Status applied = applyAnswers(input, answers, options); !applied)
        return applied.error();
    return readRulesContext(input,
        QCoreApplication::translate("Context", "the context of 宛名番号 %1").arg(atenaNo), options);
}

} // namespace madoguchi::catalog
