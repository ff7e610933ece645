#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace madoguchi::sandbox {

// One received application: one row per idempotency key.
struct StoredApplication {
    QString idempotencyKey;
    QString system;
    QString procedure;
    std::optional<qint64> procedureVersion;
    QString receipt;
    QString receivedAt; // ISO 8601, UTC, milliseconds
    qint64 posts = 0; // how many times the key was POSTed, the first included
};

// What a new application carries into the store.
struct NewApplication {
    QString idempotencyKey;
    QString system;
    QString procedure;
    std::optional<qint64> procedureVersion;
    QString receivedAt;
    QByteArray body; // the envelope as received
};

// The sandbox's SQLite store (Qt SQL): the applications and the per-system
// receipt serials. Prepared statements only; a new key and its serial are
// written in one transaction. One instance per process, on the main thread.
class SandboxStore {
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore&) = delete;
    SandboxStore& operator=(const SandboxStore&) = delete;

    // Opens (creating if missing) the file at `path`; empty: in memory.
    // False with `error` set when the database cannot be used.
    bool open(const QString& path, QString* error);
    void close();

    // The application stored under `key`; empty if none, or on error (set).
    std::optional<StoredApplication> find(const QString& key, QString* error);
    // Stores a new key with the next receipt of its system (the upper-cased
    // system id, "-", a 6-digit serial). Empty with `error` on failure.
    std::optional<StoredApplication> insert(const NewApplication& application, QString* error);
    // Counts one more POST of `key`; false with `error` on failure.
    bool countRepeat(const QString& key, QString* error);
    // All applications (of `system` when not empty) by received_at, then key.
    std::optional<QList<StoredApplication>> list(const QString& system, QString* error);

private:
    QString m_connection;
};

} // namespace madoguchi::sandbox
