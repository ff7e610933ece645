#include "sandboxstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::sandbox {
namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS applications ("
    " idempotency_key TEXT PRIMARY KEY,"
    " system TEXT NOT NULL,"
    " procedure TEXT NOT NULL,"
    " procedure_version INTEGER,"
    " receipt TEXT NOT NULL UNIQUE,"
    " received_at TEXT NOT NULL,"
    " posts INTEGER NOT NULL DEFAULT 1,"
    " body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS applications_order ON applications (received_at, idempotency_key)",
    // Keyed by the receipt prefix (the upper-cased system id), so "kokuho"
    // and "KOKUHO" share one sequence and receipts never collide.
    "CREATE TABLE IF NOT EXISTS serials (prefix TEXT PRIMARY KEY, last INTEGER NOT NULL)",
};

QString sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}

StoredApplication rowToApplication(const QSqlQuery& query)
{
    StoredApplication a;
    a.idempotencyKey = query.value(0).toString();
    a.system = query.value(1).toString();
    a.procedure = query.value(2).toString();
    if (!query.value(3).isNull())
        a.procedureVersion = query.value(3).toLongLong();
    a.receipt = query.value(4).toString();
    a.receivedAt = query.value(5).toString();
    a.posts = query.value(6).toLongLong();
    return a;
}

constexpr auto kColumns
    = "idempotency_key, system, procedure, procedure_version, receipt, received_at, posts";

} // namespace

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("madoguchi-sandbox"))
{ }

SandboxStore::~SandboxStore()
{
    close();
}

bool SandboxStore::open(const QString& path, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!db.open()) {
        *error = tr("cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    const QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = tr("cannot set up the database %1: %2").arg(path, sqlError(query));
            return false;
        }
    }
    for (const char* statement : kSchema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = tr("cannot create the tables in %1: %2").arg(path, sqlError(query));
            return false;
        }
    }
    return true;
}

void SandboxStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::optional<StoredApplication> SandboxStore::find(const QString& key, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT %1 FROM applications WHERE idempotency_key = ?")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(key);
    if (!query.exec()) {
        *error = sqlError(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return rowToApplication(query);
}

std::optional<StoredApplication> SandboxStore::insert(
    const NewApplication& application, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    const auto fail = [&db, error](const QSqlQuery& query) {
        *error = sqlError(query);
        db.rollback();
        return std::nullopt;
    };
    const QString prefix = application.system.toUpper();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO serials (prefix, last) VALUES (?, 1) "
                                 "ON CONFLICT (prefix) DO UPDATE SET last = last + 1"));
    query.addBindValue(prefix);
    if (!query.exec())
        return fail(query);
    query.prepare(QStringLiteral("SELECT last FROM serials WHERE prefix = ?"));
    query.addBindValue(prefix);
    if (!query.exec() || !query.next())
        return fail(query);
    const qint64 serial = query.value(0).toLongLong();

    StoredApplication stored;
    stored.idempotencyKey = application.idempotencyKey;
    stored.system = application.system;
    stored.procedure = application.procedure;
    stored.procedureVersion = application.procedureVersion;
    stored.receipt
        = prefix + QLatin1Char('-') + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
    stored.receivedAt = application.receivedAt;
    stored.posts = 1;

    query.prepare(QStringLiteral("INSERT INTO applications (idempotency_key, system, procedure, "
                                 "procedure_version, receipt, received_at, posts, body) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 1, ?)"));
    query.addBindValue(stored.idempotencyKey);
    query.addBindValue(stored.system);
    query.addBindValue(stored.procedure);
    query.addBindValue(stored.procedureVersion ? QVariant(*stored.procedureVersion) : QVariant());
    query.addBindValue(stored.receipt);
    query.addBindValue(stored.receivedAt);
    query.addBindValue(QString::fromUtf8(application.body));
    if (!query.exec())
        return fail(query);
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return stored;
}

bool SandboxStore::countRepeat(const QString& key, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("UPDATE applications SET posts = posts + 1 WHERE idempotency_key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

std::optional<QList<StoredApplication>> SandboxStore::list(const QString& system, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM applications WHERE ? IS NULL OR system = ? "
                                 "ORDER BY received_at, idempotency_key")
                      .arg(QLatin1String(kColumns)));
    const QVariant filter = system.isEmpty() ? QVariant() : QVariant(system);
    query.addBindValue(filter);
    query.addBindValue(filter);
    if (!query.exec()) {
        *error = sqlError(query);
        return std::nullopt;
    }
    QList<StoredApplication> result;
    while (query.next())
        result.append(rowToApplication(query));
    return result;
}

} // namespace madoguchi::sandbox
