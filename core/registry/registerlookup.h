#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <optional>

namespace madoguchi::registry {

// What the register holds for the columns of the extract, read to decide
// whether a row changes anything.
struct StoredHousehold {
    qint64 id = 0;
    QString addressCode, postalCode, address, katagaki;
};

struct StoredPerson {
    qint64 id = 0;
    qint64 householdId = 0;
    QString relationship, nameKanji, nameKana, birthDate;
    int sex = 0;
    QString movedInOn, myNumber, residentCode, nationality, alphabetName, residenceStatus,
        residenceExpiry;
    bool removed = false;
};

struct StoredEntitlement {
    QString insurance, kaigo, nenkinCategory;
    bool jidouTeateRecipient = false, mynumberCard = false, disabilityCertificate = false;
};

struct StoredMeasure {
    qint64 id = 0;
    QString level;
};

// The importer's reads, prepared once and reused for every row. Values are
// bound, never spliced into SQL.
class RegisterLookup {
public:
    Status prepare(const QSqlDatabase& db);

    Result<std::optional<StoredPerson>> person(const QString& atenaNo);
    Result<std::optional<StoredHousehold>> household(const QString& setaiNo);
    Result<std::optional<StoredHousehold>> householdById(qint64 id);
    Result<std::optional<StoredEntitlement>> entitlement(qint64 personId);
    // Support measures in force on `day` (starts_on ≤ day ≤ ends_on).
    Result<QList<StoredMeasure>> activeMeasures(qint64 personId, QDate day);
    Result<QStringList> formerNames(qint64 personId);
    // The residents (not the removed) of a household.
    Result<QList<qint64>> householdMembers(qint64 householdId);
    // The atena_no of the person holding this 個人番号 / 住民票コード, or empty.
    Result<QString> myNumberOwner(const QString& myNumber);
    Result<QString> residentCodeOwner(const QString& residentCode);
    // Whether `atenaNo` is the registered 世帯主 of household `setaiNo`.
    Result<bool> isHeadOf(const QString& atenaNo, const QString& setaiNo);

private:
    Result<std::optional<StoredHousehold>> readHousehold(QSqlQuery& query, const QVariant& key);

    QSqlQuery m_person, m_household, m_householdById, m_entitlement, m_measures, m_names, m_members,
        m_myNumber, m_residentCode, m_head;
};

} // namespace madoguchi::registry
