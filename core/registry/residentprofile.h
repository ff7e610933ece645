#pragma once

#include "common/result.h"
#include "registry/supportmeasurestatus.h"
#include "text/japanesedate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace madoguchi {
class Clock;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::registry {

// A birth date as the desk needs it: the stored value, what it means, and
// how to show it.
struct ProfileBirthDate {
    QString storage; // persons.birth_date as stored (1975-04-01, 1965~, XXXX-XX-XX …)
    text::JapaneseDate date;
    QString wareki; // 昭和50年4月1日 (formatWareki)
    QString western; // 1975年4月1日 (formatWestern)
    // What the register shows: 和暦 for Japanese nationals, 西暦 for foreign
    // residents (COUNTER-DOMAIN §3).
    QString display;
    std::optional<QString> iso; // 1975-04-01; only for an exact day
    // 満年齢 on the profile's day (today; the removal day for a 除票), when
    // the date is precise enough to say.
    std::optional<int> age;
};

// Every column of persons except the raw 個人番号 (see myNumberMasked).
struct ProfilePerson {
    qint64 id = 0; // internal row id; not in the JSON
    QString atenaNo;
    QString relationship;
    QString nameKanji;
    QString nameKana;
    bool kanaConfirmed = false;
    std::optional<QString> kyuuji;
    std::optional<QString> kyuujiKana;
    std::optional<QString> tsusho;
    std::optional<QString> tsushoKana;
    std::optional<QString> alphabetName;
    ProfileBirthDate birth;
    int sex = 0; // ISO 5218: 0 unknown, 1 male, 2 female, 9 not applicable
    std::optional<QString> honseki;
    std::optional<QString> hittousha;
    std::optional<QString> becameResidentOn;
    std::optional<QString> movedInOn;
    std::optional<QString> notifiedOn;
    std::optional<QString> previousAddress;
    // 個人番号 never leaves the database through the profile: twelve
    // asterisks when one is on file, nothing otherwise. Showing it takes a
    // purpose and an audit entry (issue #5).
    std::optional<QString> myNumberMasked;
    std::optional<QString> residentCode;
    std::optional<QString> nationality;
    std::optional<QString> residenceStatus;
    std::optional<QString> residenceExpiry;
    std::optional<QString> residenceCardNo;
    QString status; // resident | removed
    bool removed = false; // 除票
    std::optional<QString> removedOn;
    std::optional<QString> removalReason;
    qint64 version = 0;
    qint64 changeSeq = 0;
};

// One member of the household, in the standard order (memberorder.h).
struct ProfileMember {
    QString atenaNo;
    QString nameKanji;
    QString nameKana;
    QString relationship;
    ProfileBirthDate birth;
    int sex = 0;
    QString status; // resident | removed
    SupportLevel supportMeasure = SupportLevel::None; // strongest active one
    bool isSubject = false; // the resident whose profile this is
};

struct ProfileHousehold {
    QString setaiNo;
    QString addressCode;
    QString postalCode;
    QString address;
    QString katagaki;
    std::optional<QString> formedOn;
    int dogs = 0;
    qint64 version = 0;
    qint64 changeSeq = 0;
    // Current residents in standard order, then removed members (除票) in
    // standard order.
    QList<ProfileMember> members;
};

// entitlements, every column (codes as stored: kokuho, insured, 1 …).
struct ProfileEntitlements {
    QString insurance;
    std::optional<QString> insuranceSince;
    QString kaigo;
    std::optional<QString> kaigoCareLevel;
    QString nenkinCategory;
    bool jidouTeateRecipient = false;
    std::optional<QString> jidouTeateSince;
    bool mynumberCard = false;
    std::optional<QString> mynumberCardExpiry;
    bool disabilityCertificate = false;
    bool childMedical = false;
    bool singleParentMedical = false;
    bool sealRegistered = false;
    qint64 version = 0;
    qint64 changeSeq = 0;
};

struct ProfileFormerName {
    QString nameKanji;
    std::optional<QString> nameKana;
    std::optional<QString> untilOn;
    qint64 version = 0;
    qint64 changeSeq = 0;
};

struct ProfileFormerAddress {
    std::optional<QString> addressCode;
    std::optional<QString> postalCode;
    QString address;
    QString katagaki;
    std::optional<QString> fromOn;
    std::optional<QString> untilOn;
    qint64 version = 0;
    qint64 changeSeq = 0;
};

// Everything the desk shows for one resident (docs/profile.md).
struct ResidentProfile {
    QDate asOf; // the clock's today: what `active` and ages are counted on
    ProfilePerson person;
    ProfileHousehold household;
    std::optional<ProfileEntitlements> entitlements; // none when no row exists
    QList<SupportMeasure> supportMeasures; // every row, newest start first
    SupportLevel supportMeasure = SupportLevel::None; // strongest active one
    QList<ProfileFormerName> nameHistory; // newest first
    QList<ProfileFormerAddress> addressHistory; // newest first
    // The household's address, 方書, postal and address codes were emptied
    // because a support measure of someone in the household blocks showing
    // the address (RegisterAccess); the reason says whose and until when.
    bool addressWithheld = false;
    QString addressWithheldReason;
    // Non-empty: on a branch replica, some of the sealed values (entitlement
    // dates and care level, a measure's restricted party and note) could not
    // be opened and are left empty; this says why (registry/protectedcolumns.h).
    QString protectedWithheldReason;
};

// Loads the profile of the resident with this 宛名番号 with prepared
// statements on the caller's thread. A removed resident (除票) loads too,
// marked. Fails with "no resident with 宛名番号 …" for an unknown number and
// with a message naming the column for a stored date that cannot be read.
Result<ResidentProfile> loadProfile(
    storage::Database& database, const QString& atenaNo, const Clock& clock);

// The profile as the CLI's --json prints it; keys in docs/profile.md.
QJsonObject toJson(const ResidentProfile& profile);

} // namespace madoguchi::registry
