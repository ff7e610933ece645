// toJson(ResidentProfile): the stable keys of docs/profile.md. Absent values
// are JSON null, never an empty string, so a reader can tell "not known"
// from "known to be empty".
#include "registry/residentprofile.h"

#include <QJsonArray>

namespace madoguchi::registry {
namespace {

QJsonValue orNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void putBirth(QJsonObject& o, const ProfileBirthDate& birth)
{
    o.insert(QStringLiteral("birth_date"), birth.storage);
    o.insert(QStringLiteral("birth_date_iso"), orNull(birth.iso));
    o.insert(QStringLiteral("birth_date_wareki"), birth.wareki);
    o.insert(QStringLiteral("birth_date_western"), birth.western);
    o.insert(QStringLiteral("birth_date_display"), birth.display);
    o.insert(
        QStringLiteral("birth_date_precision"), text::precisionKeyword(birth.date.precision()));
    o.insert(QStringLiteral("age"), orNull(birth.age));
}

QJsonObject personJson(const ProfilePerson& p)
{
    QJsonObject o{
        {QStringLiteral("atena_no"), p.atenaNo},
        {QStringLiteral("relationship"), p.relationship},
        {QStringLiteral("name_kanji"), p.nameKanji},
        {QStringLiteral("name_kana"), p.nameKana},
        {QStringLiteral("kana_confirmed"), p.kanaConfirmed},
        {QStringLiteral("kyuuji"), orNull(p.kyuuji)},
        {QStringLiteral("kyuuji_kana"), orNull(p.kyuujiKana)},
        {QStringLiteral("tsusho"), orNull(p.tsusho)},
        {QStringLiteral("tsusho_kana"), orNull(p.tsushoKana)},
        {QStringLiteral("alphabet_name"), orNull(p.alphabetName)},
        {QStringLiteral("sex"), p.sex},
        {QStringLiteral("honseki"), orNull(p.honseki)},
        {QStringLiteral("hittousha"), orNull(p.hittousha)},
        {QStringLiteral("became_resident_on"), orNull(p.becameResidentOn)},
        {QStringLiteral("moved_in_on"), orNull(p.movedInOn)},
        {QStringLiteral("notified_on"), orNull(p.notifiedOn)},
        {QStringLiteral("previous_address"), orNull(p.previousAddress)},
        {QStringLiteral("my_number"), orNull(p.myNumberMasked)},
        {QStringLiteral("resident_code"), orNull(p.residentCode)},
        {QStringLiteral("nationality"), orNull(p.nationality)},
        {QStringLiteral("residence_status"), orNull(p.residenceStatus)},
        {QStringLiteral("residence_expiry"), orNull(p.residenceExpiry)},
        {QStringLiteral("residence_card_no"), orNull(p.residenceCardNo)},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("removed_on"), orNull(p.removedOn)},
        {QStringLiteral("removal_reason"), orNull(p.removalReason)},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("change_seq"), p.changeSeq},
    };
    putBirth(o, p.birth);
    return o;
}

QJsonObject memberJson(const ProfileMember& m)
{
    QJsonObject o{
        {QStringLiteral("atena_no"), m.atenaNo},
        {QStringLiteral("name_kanji"), m.nameKanji},
        {QStringLiteral("name_kana"), m.nameKana},
        {QStringLiteral("relationship"), m.relationship},
        {QStringLiteral("sex"), m.sex},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("support_measure"), supportLevelKeyword(m.supportMeasure)},
        {QStringLiteral("is_subject"), m.isSubject},
    };
    putBirth(o, m.birth);
    return o;
}

QJsonObject householdJson(const ProfileHousehold& h)
{
    QJsonArray members;
    for (const ProfileMember& m : h.members)
        members.append(memberJson(m));
    return {
        {QStringLiteral("setai_no"), h.setaiNo},
        {QStringLiteral("address_code"), h.addressCode},
        {QStringLiteral("postal_code"), h.postalCode},
        {QStringLiteral("address"), h.address},
        {QStringLiteral("katagaki"), h.katagaki},
        {QStringLiteral("formed_on"), orNull(h.formedOn)},
        {QStringLiteral("dogs"), h.dogs},
        {QStringLiteral("version"), h.version},
        {QStringLiteral("change_seq"), h.changeSeq},
        {QStringLiteral("members"), members},
    };
}

QJsonValue entitlementsJson(const std::optional<ProfileEntitlements>& entitlements)
{
    if (!entitlements)
        return QJsonValue::Null;
    const ProfileEntitlements& e = *entitlements;
    return QJsonObject{
        {QStringLiteral("insurance"), e.insurance},
        {QStringLiteral("insurance_since"), orNull(e.insuranceSince)},
        {QStringLiteral("kaigo"), e.kaigo},
        {QStringLiteral("kaigo_care_level"), orNull(e.kaigoCareLevel)},
        {QStringLiteral("nenkin_category"), e.nenkinCategory},
        {QStringLiteral("jidou_teate_recipient"), e.jidouTeateRecipient},
        {QStringLiteral("jidou_teate_since"), orNull(e.jidouTeateSince)},
        {QStringLiteral("mynumber_card"), e.mynumberCard},
        {QStringLiteral("mynumber_card_expiry"), orNull(e.mynumberCardExpiry)},
        {QStringLiteral("disability_certificate"), e.disabilityCertificate},
        {QStringLiteral("child_medical"), e.childMedical},
        {QStringLiteral("single_parent_medical"), e.singleParentMedical},
        {QStringLiteral("seal_registered"), e.sealRegistered},
        {QStringLiteral("version"), e.version},
        {QStringLiteral("change_seq"), e.changeSeq},
    };
}

QJsonArray supportMeasuresJson(const QList<SupportMeasure>& measures)
{
    QJsonArray array;
    for (const SupportMeasure& m : measures) {
        QJsonArray scope;
        if (m.scopeAddress)
            scope.append(QStringLiteral("address"));
        if (m.scopePrint)
            scope.append(QStringLiteral("print"));
        if (m.scopeCopies)
            scope.append(QStringLiteral("copies"));
        array.append(QJsonObject{
            {QStringLiteral("level"), supportLevelKeyword(m.level)},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("provisional"), m.provisional},
            {QStringLiteral("starts_on"), m.startsOn},
            {QStringLiteral("ends_on"), m.endsOn},
            {QStringLiteral("restricted_party"), orNull(m.restrictedParty)},
            {QStringLiteral("note"), orNull(m.note)},
            {QStringLiteral("active"), m.active},
            {QStringLiteral("ending_soon"), m.endingSoon},
            {QStringLiteral("version"), m.version},
            {QStringLiteral("change_seq"), m.changeSeq},
        });
    }
    return array;
}

QJsonArray nameHistoryJson(const QList<ProfileFormerName>& names)
{
    QJsonArray array;
    for (const ProfileFormerName& n : names)
        array.append(QJsonObject{
            {QStringLiteral("name_kanji"), n.nameKanji},
            {QStringLiteral("name_kana"), orNull(n.nameKana)},
            {QStringLiteral("until_on"), orNull(n.untilOn)},
            {QStringLiteral("version"), n.version},
            {QStringLiteral("change_seq"), n.changeSeq},
        });
    return array;
}

QJsonArray addressHistoryJson(const QList<ProfileFormerAddress>& addresses)
{
    QJsonArray array;
    for (const ProfileFormerAddress& a : addresses)
        array.append(QJsonObject{
            {QStringLiteral("address_code"), orNull(a.addressCode)},
            {QStringLiteral("postal_code"), orNull(a.postalCode)},
            {QStringLiteral("address"), a.address},
            {QStringLiteral("katagaki"), a.katagaki},
            {QStringLiteral("from_on"), orNull(a.fromOn)},
            {QStringLiteral("until_on"), orNull(a.untilOn)},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("change_seq"), a.changeSeq},
        });
    return array;
}

} // namespace

QJsonObject toJson(const ResidentProfile& profile)
{
    QJsonObject json{
        {QStringLiteral("atena_no"), profile.person.atenaNo},
        {QStringLiteral("as_of"), profile.asOf.toString(Qt::ISODate)},
        {QStringLiteral("removed"), profile.person.removed},
        {QStringLiteral("support_measure"), supportLevelKeyword(profile.supportMeasure)},
        {QStringLiteral("address_withheld"), profile.addressWithheld},
        {QStringLiteral("address_withheld_reason"),
            profile.addressWithheld ? QJsonValue(profile.addressWithheldReason) : QJsonValue()},
        {QStringLiteral("person"), personJson(profile.person)},
        {QStringLiteral("household"), householdJson(profile.household)},
        {QStringLiteral("entitlements"), entitlementsJson(profile.entitlements)},
        {QStringLiteral("support_measures"), supportMeasuresJson(profile.supportMeasures)},
        {QStringLiteral("name_history"), nameHistoryJson(profile.nameHistory)},
        {QStringLiteral("address_history"), addressHistoryJson(profile.addressHistory)},
    };
    // Only on a branch replica whose key is missing: the key is absent
    // everywhere else, so the output of a hall or a standalone desk is as it was.
    if (!profile.protectedWithheldReason.isEmpty())
        json.insert(QStringLiteral("protected_withheld_reason"), profile.protectedWithheldReason);
    return json;
}

} // namespace madoguchi::registry
