#pragma once

#include "common/result.h"
#include "storage/databaselocation.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <vector>

namespace madoguchi::registry {

// One row of a name probe: a person and the kind of name that matched.
struct KeyHit {
    qint64 personId = 0;
    int kind = 0; // searchkeys.h KeyKind
};

// A person's stored name key (for checking candidates found otherwise).
struct StoredKey {
    qint64 personId = 0;
    QString key;
    int kind = 0;
    int form = 0;
};

struct AddressSource; // searchstatements.cpp

// The SQL of the search, per engine, prepared once per connection. Every
// lookup is an index probe in a fixed order (key, person id / household
// id) with a LIMIT, so both engines return the same rows and the work is
// bounded by the limit, not by the register's size. User text arrives only
// as bound values.
class SearchStatements {
public:
    SearchStatements(QSqlDatabase db, storage::Engine engine);

    // Spelling keys equal to `spelling`.
    Result<QList<KeyHit>> exactKeys(const QString& spelling, int rows);
    // Spelling keys that start with `spelling` (and are longer).
    Result<QList<KeyHit>> prefixKeys(const QString& spelling, int rows);
    // Folded keys that start with `folded` (equal included).
    Result<QList<KeyHit>> foldedKeys(const QString& folded, int rows);
    // Households whose address text contains `fragment` (folded), by id.
    Result<QList<qint64>> addressHouseholds(const QString& fragment, int rows);
    // Persons who once lived at an address containing `fragment` (folded),
    // in the index's order; may include persons whose history has changed
    // since (check them with formeraddressindex.h formerAddressTexts).
    Result<QList<qint64>> formerAddressPersons(const QString& fragment, int rows);
    // Residents whose name matches `spelling` / `folded` as a prefix (like
    // the probes) and whose household address contains `fragment`, in
    // household order; or whose former address does (re-check those).
    Result<QList<qint64>> namedAt(
        const QString& spelling, const QString& folded, const QString& fragment, int rows);
    Result<QList<qint64>> namedFormerlyAt(
        const QString& spelling, const QString& folded, const QString& fragment, int rows);
    // Residents born on `iso`, by id.
    Result<QList<qint64>> bornOn(const QString& iso, int rows);
    // Residents with this 宛名番号 or 住民票コード, or in the household with this 世帯番号.
    Result<QList<qint64>> byNumber11(const QString& digits);
    Result<QList<qint64>> byMyNumber(const QString& digits);
    Result<QList<qint64>> byResidenceCard(const QString& card);
    // Residents of these households, by id.
    Result<QList<qint64>> membersOf(const QList<qint64>& householdIds);
    // The stored name keys of these persons.
    Result<QList<StoredKey>> keysOf(const QList<qint64>& personIds);

private:
    Result<QList<qint64>> addressMatches(const AddressSource& source, const QString& fragment,
        int rows, const QVariantList& filterValues = {});
    Result<QList<KeyHit>> keyHits(QSqlQuery& query, const QVariantList& values);
    Result<QList<qint64>> ids(QSqlQuery& query, const QVariantList& values);
    QSqlQuery& prepared(int slot, const QString& sql);

    QSqlDatabase m_db;
    storage::Engine m_engine;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries; // prepared on first use
    std::vector<bool> m_ready;
};

// "?, ?, ?" and the values of an IN list.
QString inPlaceholders(qsizetype n);
QVariantList inValues(const QList<qint64>& ids);
// An FTS5 query asking for every trigram of `fragment` (3+ characters), each
// as a quoted string.
QString trigramQuery(const QString& fragment);

} // namespace madoguchi::registry
