#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>

namespace madoguchi::storage {
class Database;
}

// Sealing a replica's protected values (replicacipher.h, docs/branch.md
// "Replica at rest"): persons.my_number (with its blind index
// persons.my_number_index), support_measures.restricted_party and .note,
// and entitlements.insurance_since, .kaigo_care_level, .jidou_teate_since
// and .mynumber_card_expiry. A value already sealed, NULL or empty is left
// as it is; version and change_seq are never touched, since they are the
// hall's and reconciliation compares them.
namespace madoguchi::sync {

class ReplicaCipher;

struct SealReport {
    qint64 rows = 0; // rows rewritten
    qint64 values = 0; // values sealed
};

// Seals, inside the caller's transaction, every still-plain protected value
// of these persons: their persons row, their entitlements row and all their
// support measures, and sets (or clears) the blind index. The pull calls it
// for each batch before the commit, so a plain value is never committed.
Result<SealReport> sealReplicaRows(
    QSqlDatabase& replica, const ReplicaCipher& cipher, const QList<qint64>& personIds);

// The tables a bootstrap copies page by page, each by its own key.
enum class SealedTable {
    Persons, // by persons.id
    Entitlements, // by entitlements.person_id
    SupportMeasures, // by support_measures.id
};

// Seals, inside the caller's transaction, the rows of `table` whose key is
// in [firstKey, lastKey]: the bootstrap calls it for each page it copied.
Result<SealReport> sealReplicaRange(QSqlDatabase& replica, const ReplicaCipher& cipher,
    SealedTable table, qint64 firstKey, qint64 lastKey);

// Seals every still-plain protected value of the whole replica, in one
// transaction of its own: for a replica made before sealing existed, and
// as a last sweep after a sync.
Result<SealReport> sealWholeReplica(storage::Database& replica, const ReplicaCipher& cipher);

// Checkpoints the replica's write-ahead log and truncates it, so that no
// earlier page image with a plain value stays in REPLICA-wal (SQLite only).
// The sync calls it after a pull; fails, saying so, while another
// connection still reads the log.
Status scrubReplicaJournal(QSqlDatabase& replica);

} // namespace madoguchi::sync
