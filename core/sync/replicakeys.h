#pragma once

#include "common/result.h"
#include "sync/replicacipher.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace madoguchi::storage {
class Database;
class SecretStore;
} // namespace madoguchi::storage

// Where a replica's key comes from (docs/branch.md, "Replica at rest"): the
// OS keychain, under replica/BRANCH_CODE/key (storage/secretnames.h), as
// base64 text. Named after the branch code rather than the file's path, so
// that a replica moved, restored from a backup or re-created for the same
// branch keeps its key, and IT staff can name the secret without knowing
// where the desk keeps its data.
namespace madoguchi::sync {

// The replica's meta key holding a value sealed at a fixed place with the
// replica's key: it tells "the key in the keychain is the replica's" from
// "another key", once, at open, and marks a replica whose values are sealed.
inline constexpr char kKeyCheckKey[] = "replica.key_check";

// The branch code of the replica (its meta branch.code), empty for a
// database that is not a replica (the hall, a standalone desk).
Result<QString> replicaBranchCode(QSqlDatabase& db);

// The replica's key, created at the first sync: reads it from `store`, or,
// when the keychain has none and nothing in the replica was sealed yet,
// makes one, writes it to the keychain (and reads it back), and records
// kKeyCheckKey. A replica sealed with a key the keychain no longer holds is
// an error that says how to restore it: a new key would leave the sealed
// values unreadable and mix two keys in one file. Not in a transaction of
// the caller: the key must be in the keychain before any value is sealed.
Result<ReplicaCipher> ensureReplicaKey(storage::Database& replica, storage::SecretStore& store);

// The replica's key as read at open; never creates one. Fails with a
// precise message when the keychain cannot be reached, holds no key for
// this branch, or holds a key that does not open this replica.
Result<ReplicaCipher> loadReplicaCipher(QSqlDatabase& replica, storage::SecretStore& store);

// The read sites (registry/protectedcolumns.h) find a replica's cipher by
// its connection: the desk and the CLI attach it right after opening a
// replica. The outcome is remembered either way, so a read on a replica
// whose key is missing says why ("… not in this computer's keychain")
// instead of a generic refusal. Returns the load's status.
Status attachReplicaCipher(storage::Database& replica, storage::SecretStore& store);
// Attaches a cipher the caller already holds (after ensureReplicaKey).
void attachReplicaCipher(const QSqlDatabase& replica, const ReplicaCipher& cipher);
// Forgets the connection's cipher (the Database is about to close).
void detachReplicaCipher(const QSqlDatabase& replica);

struct AttachedCipher {
    std::shared_ptr<const ReplicaCipher> cipher; // null: the load failed
    QString error; // why, when it failed; empty when never attached
};
AttachedCipher attachedReplicaCipher(const QSqlDatabase& replica);

} // namespace madoguchi::sync
