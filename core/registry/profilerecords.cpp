// The per-person records of a profile: entitlements, support measures and
// the name and address histories.
#include "registry/profileparts.h"
#include "registry/protectedcolumns.h"
#include "storage/sqlerror.h"
#include "sync/replicacipher.h"

#include <QCoreApplication>
#include <algorithm>

namespace madoguchi::registry::profile {
namespace {

// Newest first by a storage date, an unknown (NULL) one last. Sorted here,
// not in SQL: PostgreSQL orders text by the database's collation, which may
// skip punctuation ('-', '~'), and both engines must give the same order.
// Rows arrive newest entry first (id DESC), and the sorts are stable.
bool newerFirst(const std::optional<QString>& a, const std::optional<QString>& b)
{
    if (a.has_value() != b.has_value())
        return a.has_value();
    return a && QStringView(*a).compare(QStringView(*b)) > 0;
}

} // namespace

Status loadEntitlements(QSqlDatabase& db, qint64 personId, ResidentProfile& profile)
{
    Result<QSqlQuery> q = storage::exec(db,
        QStringLiteral("SELECT insurance, insurance_since, kaigo, kaigo_care_level, "
                       "nenkin_category, jidou_teate_recipient, jidou_teate_since, mynumber_card, "
                       "mynumber_card_expiry, disability_certificate, child_medical, "
                       "single_parent_medical, seal_registered, version, change_seq "
                       "FROM entitlements WHERE person_id = ?"),
        {personId}, QCoreApplication::translate("ResidentProfile", "reading the entitlements"));
    if (!q)
        return q.error();
    if (!q->next())
        return {}; // no row: the business systems told us nothing, which is not "none"
    // The dates and the care level are sealed in a branch replica; the
    // codes and flags the rules read are not (docs/branch.md).
    Result<ProtectedColumns> sealed = ProtectedColumns::of(db);
    if (!sealed)
        return sealed.error();
    namespace column = sync::sealedcolumn;
    ProfileEntitlements e;
    e.insurance = q->value(0).toString();
    e.insuranceSince = sealed->read(q->value(1), column::InsuranceSince, personId);
    e.kaigo = q->value(2).toString();
    e.kaigoCareLevel = sealed->read(q->value(3), column::KaigoCareLevel, personId);
    e.nenkinCategory = q->value(4).toString();
    e.jidouTeateRecipient = q->value(5).toInt() != 0;
    e.jidouTeateSince = sealed->read(q->value(6), column::JidouTeateSince, personId);
    e.mynumberCard = q->value(7).toInt() != 0;
    e.mynumberCardExpiry = sealed->read(q->value(8), column::MynumberCardExpiry, personId);
    e.disabilityCertificate = q->value(9).toInt() != 0;
    e.childMedical = q->value(10).toInt() != 0;
    e.singleParentMedical = q->value(11).toInt() != 0;
    e.sealRegistered = q->value(12).toInt() != 0;
    e.version = q->value(13).toLongLong();
    e.changeSeq = q->value(14).toLongLong();
    profile.entitlements = e;
    if (!sealed->withheld().isEmpty())
        profile.protectedWithheldReason = sealed->withheld();
    return {};
}

Status loadSupportMeasures(QSqlDatabase& db, qint64 personId, ResidentProfile& profile)
{
    Result<QSqlQuery> q = storage::exec(db,
        QStringLiteral("SELECT id, level, provisional, starts_on, ends_on, restricted_party, note, "
                       "version, change_seq, scope_address, scope_print, scope_copies "
                       "FROM support_measures WHERE person_id = ? ORDER BY id DESC"),
        {personId}, QCoreApplication::translate("ResidentProfile", "reading the support measures"));
    if (!q)
        return q.error();
    // Who is restricted and the note are sealed in a branch replica; the
    // level and the period, which the enforcement reads, are not.
    Result<ProtectedColumns> sealed = ProtectedColumns::of(db);
    if (!sealed)
        return sealed.error();
    while (q->next()) {
        SupportMeasure m;
        m.id = q->value(0).toLongLong();
        // Fail closed: a level this build does not know blocks.
        m.level = supportLevelFromKeyword(q->value(1).toString()).value_or(SupportLevel::Error);
        if (m.level == SupportLevel::None)
            m.level = SupportLevel::Error;
        m.provisional = q->value(2).toInt() != 0;
        m.startsOn = q->value(3).toString();
        m.endsOn = q->value(4).toString();
        m.restrictedParty = sealed->read(q->value(5), sync::sealedcolumn::RestrictedParty, m.id);
        m.note = sealed->read(q->value(6), sync::sealedcolumn::MeasureNote, m.id);
        m.version = q->value(7).toLongLong();
        m.changeSeq = q->value(8).toLongLong();
        // Fail closed: only a plain 0 narrows the scope.
        m.scopeAddress = q->value(9).toString() != QLatin1String("0");
        m.scopePrint = q->value(10).toString() != QLatin1String("0");
        m.scopeCopies = q->value(11).toString() != QLatin1String("0");
        m.active = isSupportMeasureActive(m.startsOn, m.endsOn, profile.asOf);
        m.endingSoon = m.active && isSupportMeasureEndingSoon(m.endsOn, profile.asOf);
        if (m.active)
            profile.supportMeasure = std::max(profile.supportMeasure, m.level);
        profile.supportMeasures.append(std::move(m));
    }
    if (!sealed->withheld().isEmpty())
        profile.protectedWithheldReason = sealed->withheld();
    std::stable_sort(profile.supportMeasures.begin(), profile.supportMeasures.end(),
        [](const SupportMeasure& a, const SupportMeasure& b) {
            return newerFirst(a.startsOn, b.startsOn);
        });
    return {};
}

Status loadNameHistory(QSqlDatabase& db, qint64 personId, ResidentProfile& profile)
{
    Result<QSqlQuery> q = storage::exec(db,
        QStringLiteral("SELECT name_kanji, name_kana, until_on, version, change_seq "
                       "FROM name_history WHERE person_id = ? ORDER BY id DESC"),
        {personId}, QCoreApplication::translate("ResidentProfile", "reading the former names"));
    if (!q)
        return q.error();
    while (q->next()) {
        ProfileFormerName n;
        n.nameKanji = q->value(0).toString();
        n.nameKana = optionalText(q->value(1));
        n.untilOn = optionalText(q->value(2));
        n.version = q->value(3).toLongLong();
        n.changeSeq = q->value(4).toLongLong();
        profile.nameHistory.append(std::move(n));
    }
    std::stable_sort(profile.nameHistory.begin(), profile.nameHistory.end(),
        [](const ProfileFormerName& a, const ProfileFormerName& b) {
            return newerFirst(a.untilOn, b.untilOn);
        });
    return {};
}

Status loadAddressHistory(QSqlDatabase& db, qint64 personId, ResidentProfile& profile)
{
    Result<QSqlQuery> q = storage::exec(db,
        QStringLiteral(
            "SELECT address_code, postal_code, address, katagaki, from_on, until_on, "
            "version, change_seq FROM address_history WHERE person_id = ? ORDER BY id DESC"),
        {personId}, QCoreApplication::translate("ResidentProfile", "reading the former addresses"));
    if (!q)
        return q.error();
    while (q->next()) {
        ProfileFormerAddress a;
        a.addressCode = optionalText(q->value(0));
        a.postalCode = optionalText(q->value(1));
        a.address = q->value(2).toString();
        a.katagaki = q->value(3).toString();
        a.fromOn = optionalText(q->value(4));
        a.untilOn = optionalText(q->value(5));
        a.version = q->value(6).toLongLong();
        a.changeSeq = q->value(7).toLongLong();
        profile.addressHistory.append(std::move(a));
    }
    std::stable_sort(profile.addressHistory.begin(), profile.addressHistory.end(),
        [](const ProfileFormerAddress& a, const ProfileFormerAddress& b) {
            if (a.untilOn != b.untilOn)
                return newerFirst(a.untilOn, b.untilOn);
            return newerFirst(a.fromOn, b.fromOn);
        });
    return {};
}

} // namespace madoguchi::registry::profile
