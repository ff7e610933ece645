#include "registry/residentprofile.h"

#include "common/clock.h"
#include "registry/profileparts.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

// Twelve asterisks whatever the number: even its last digits are not shown
// in a default view (docs/profile.md, "Masking").
const QString kMaskedMyNumber = QStringLiteral("************");

// Every column of persons but my_number, of which only its presence is
// read: the number itself never reaches this process through the profile.
const QString kPersonSql = QStringLiteral(
    "SELECT id, atena_no, household_id, relationship, name_kanji, name_kana, kana_confirmed, "
    "kyuuji, kyuuji_kana, tsusho, tsusho_kana, alphabet_name, birth_date, sex, honseki, "
    "hittousha, became_resident_on, moved_in_on, notified_on, previous_address, "
    "CASE WHEN my_number IS NULL THEN 0 ELSE 1 END AS has_my_number, resident_code, "
    "nationality, residence_status, residence_expiry, residence_card_no, status, removed_on, "
    "removal_reason, version, change_seq FROM persons WHERE atena_no = ?");

Result<ProfilePerson> readPerson(const QSqlQuery& q, QDate today)
{
    using profile::optionalText;
    const auto text
        = [&q](const char* column) { return q.value(QLatin1String(column)).toString(); };
    const auto optional
        = [&q](const char* column) { return optionalText(q.value(QLatin1String(column))); };
    ProfilePerson p;
    p.id = q.value(QStringLiteral("id")).toLongLong();
    p.atenaNo = text("atena_no");
    p.relationship = text("relationship");
    p.nameKanji = text("name_kanji");
    p.nameKana = text("name_kana");
    p.kanaConfirmed = q.value(QStringLiteral("kana_confirmed")).toInt() != 0;
    p.kyuuji = optional("kyuuji");
    p.kyuujiKana = optional("kyuuji_kana");
    p.tsusho = optional("tsusho");
    p.tsushoKana = optional("tsusho_kana");
    p.alphabetName = optional("alphabet_name");
    p.sex = q.value(QStringLiteral("sex")).toInt();
    p.honseki = optional("honseki");
    p.hittousha = optional("hittousha");
    p.becameResidentOn = optional("became_resident_on");
    p.movedInOn = optional("moved_in_on");
    p.notifiedOn = optional("notified_on");
    p.previousAddress = optional("previous_address");
    if (q.value(QStringLiteral("has_my_number")).toInt() != 0)
        p.myNumberMasked = kMaskedMyNumber;
    p.residentCode = optional("resident_code");
    p.nationality = optional("nationality");
    p.residenceStatus = optional("residence_status");
    p.residenceExpiry = optional("residence_expiry");
    p.residenceCardNo = optional("residence_card_no");
    p.status = text("status");
    p.removed = p.status == QLatin1String("removed");
    p.removedOn = optional("removed_on");
    p.removalReason = optional("removal_reason");
    p.version = q.value(QStringLiteral("version")).toLongLong();
    p.changeSeq = q.value(QStringLiteral("change_seq")).toLongLong();

    Result<ProfileBirthDate> birth = profile::readBirthDate(text("birth_date"),
        profile::ageDay(today, p.removed, p.removedOn), p.nationality.has_value(), p.atenaNo);
    if (!birth)
        return birth.error();
    p.birth = std::move(birth).value();
    return p;
}

// Reads in one snapshot where the engine allows, so that the person, the
// household and the records agree with each other and with their
// version/change_seq. A caller already inside a transaction keeps its own.
std::unique_ptr<storage::Transaction> beginSnapshot(storage::Database& database)
{
    auto transaction = std::make_unique<storage::Transaction>(database.sql());
    if (!transaction->begun())
        return nullptr;
    if (database.engine() == storage::Engine::PostgreSql) {
        // READ COMMITTED would give each statement its own snapshot.
        QSqlQuery set(database.sql());
        if (!set.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
            return nullptr; // rolled back; reading without a snapshot is still correct per row
    }
    return transaction;
}

} // namespace

Result<ResidentProfile> loadProfile(
    storage::Database& database, const QString& atenaNo, const Clock& clock)
{
    QSqlDatabase& db = database.sql();
    ResidentProfile profile;
    profile.asOf = clock.today();
    const std::unique_ptr<storage::Transaction> snapshot = beginSnapshot(database);

    Result<QSqlQuery> person = storage::exec(db, kPersonSql, {atenaNo},
        QCoreApplication::translate("ResidentProfile", "reading the resident %1").arg(atenaNo));
    if (!person)
        return person.error();
    if (!person->next())
        return Error{QCoreApplication::translate("ResidentProfile", "no resident with 宛名番号 %1")
                         .arg(atenaNo)};
    const qint64 householdId = person->value(QStringLiteral("household_id")).toLongLong();
    Result<ProfilePerson> read = readPerson(person.value(), profile.asOf);
    if (!read)
        return read.error();
    profile.person = std::move(read).value();

    const qint64 id = profile.person.id;
    if (Status s
        = profile::loadHousehold(db, householdId, profile.person, profile.asOf, profile.household);
        !s)
        return s.error();
    if (Status s = profile::loadEntitlements(db, id, profile); !s)
        return s.error();
    if (Status s = profile::loadSupportMeasures(db, id, profile); !s)
        return s.error();
    if (Status s = profile::loadNameHistory(db, id, profile); !s)
        return s.error();
    if (Status s = profile::loadAddressHistory(db, id, profile); !s)
        return s.error();
    return profile;
}

} // namespace madoguchi::registry
