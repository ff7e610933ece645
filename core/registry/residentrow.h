#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::registry {

// The columns of the standard resident extract, in the order export writes
// them (docs/import-format.md).
enum class ResidentColumn {
    AtenaNo,
    SetaiNo,
    HeadAtenaNo,
    Relationship,
    NameKanji,
    NameKana,
    BirthDate,
    Sex,
    AddressCode,
    PostalCode,
    Address,
    Katagaki,
    MovedInDate,
    MyNumber,
    ResidentCode,
    Insurance,
    Kaigo,
    NenkinCategory,
    JidouTeateRecipient,
    MynumberCard,
    DisabilityCertificate,
    Nationality,
    AlphabetName,
    ResidenceStatus,
    ResidenceExpiry,
    SupportMeasure,
    FormerNames,
    Change,
};
inline constexpr int kResidentColumnCount = int(ResidentColumn::Change) + 1;

// "atena_no", "setai_no", … as the header row spells them.
QString columnName(ResidentColumn column);
// Every column name in order: the header export writes.
QStringList residentColumnNames();

// What a row asks of the register.
enum class ChangeCode {
    Upsert, // empty: add or update
    Add, // A: add; an error if the atena_no is already registered
    Update, // U: update; an error if it is not
    Remove, // D: mark removed (除票), never deleted
};

// One validated row, values in their storage form: bare digits for
// identifiers, storage strings for dates (text/japanesedate.h), katakana
// for name_kana, a single space between name parts. Empty optional values
// are stored as NULL.
struct ResidentRow {
    int line = 0;
    ChangeCode change = ChangeCode::Upsert;
    QString atenaNo;
    QString setaiNo;
    QString headAtenaNo;
    QString relationship;
    QString nameKanji;
    QString nameKana;
    QString birthDate;
    int sex = 0;
    QString addressCode;
    QString postalCode;
    QString address;
    QString katagaki;
    QString movedInOn;
    QString myNumber;
    QString residentCode;
    QString insurance;
    QString kaigo;
    QString nenkinCategory;
    bool jidouTeateRecipient = false;
    bool mynumberCard = false;
    bool disabilityCertificate = false;
    QString nationality;
    QString alphabetName;
    QString residenceStatus;
    QString residenceExpiry;
    QString supportMeasure; // none | alert | error
    QStringList formerNames;
};

// Why a row was not imported: the file line it starts on, the column
// (a column name; empty when the row as a whole is wrong) and the reason.
struct RowError {
    int line = 0;
    QString column;
    QString reason;
};

} // namespace madoguchi::registry
