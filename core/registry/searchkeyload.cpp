#include "registry/searchkeyload.h"

#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace madoguchi::registry {
namespace {

constexpr int kRowsPerStatement = 64;

QString statementFor(int rows)
{
    return QStringLiteral("INSERT INTO search_keys (key, person_id, kind, form) VALUES ")
        + QStringLiteral("(?, ?, ?, ?), ").repeated(rows - 1) + QStringLiteral("(?, ?, ?, ?)");
}

} // namespace

void SearchKeyLoad::add(qint64 personId, const QList<NameKey>& keys)
{
    for (const NameKey& k : keys) {
        const QByteArray utf8 = k.key.toUtf8();
        if (utf8.size() > 0xFFFF)
            continue; // no name is 64 KiB long; such a key could never be typed
        m_entries.push_back({personId, quint32(m_arena.size()), quint16(utf8.size()),
            quint8(k.kind), quint8(k.form)});
        m_arena.append(utf8);
    }
}

void SearchKeyLoad::addAddress(qint64 householdId, QString text)
{
    m_addresses.emplace_back(householdId, std::move(text));
}

void SearchKeyLoad::sort()
{
    // Code-point order of the keys is the byte order of their UTF-8: what
    // SQLite's BINARY and PostgreSQL's COLLATE "C" compare.
    const char* arena = m_arena.constData();
    std::sort(m_entries.begin(), m_entries.end(), [arena](const Entry& a, const Entry& b) {
        const int c = std::memcmp(arena + a.offset, arena + b.offset, std::min(a.length, b.length));
        if (c != 0)
            return c < 0;
        if (a.length != b.length)
            return a.length < b.length;
        return a.personId < b.personId;
    });
    m_sorted = true;
}

Status SearchKeyLoad::write(storage::Database& db)
{
    if (!m_sorted)
        sort();
    const Status written
        = storage::SqliteStatement::handleOf(db.sql()) ? writeSqlite(db) : writeGeneric(db);
    m_entries = {};
    m_arena = {};
    m_sorted = false;
    return written;
}

Status SearchKeyLoad::writeSqlite(storage::Database& db)
{
    sqlite3* native = storage::SqliteStatement::handleOf(db.sql());
    storage::SqliteStatement many, one;
    if (Status s = many.prepare(native, statementFor(kRowsPerStatement)); !s)
        return s;
    if (Status s = one.prepare(native, statementFor(1)); !s)
        return s;
    const char* arena = m_arena.constData();
    const auto bindRow = [&](storage::SqliteStatement& statement, int row, const Entry& e) {
        statement.bindUtf8(4 * row, arena + e.offset, e.length);
        statement.bindInt64(4 * row + 1, e.personId);
        statement.bindInt64(4 * row + 2, e.kind);
        statement.bindInt64(4 * row + 3, e.form);
    };
    std::size_t at = 0;
    for (; at + kRowsPerStatement <= m_entries.size(); at += kRowsPerStatement) {
        for (int row = 0; row < kRowsPerStatement; ++row)
            bindRow(many, row, m_entries[at + std::size_t(row)]);
        if (Status s = many.exec(); !s)
            return Error{QCoreApplication::translate("SearchIndex", "writing the search keys: %1")
                             .arg(s.error().message)};
    }
    for (; at < m_entries.size(); ++at) {
        bindRow(one, 0, m_entries[at]);
        if (Status s = one.exec(); !s)
            return Error{QCoreApplication::translate("SearchIndex", "writing the search keys: %1")
                             .arg(s.error().message)};
    }
    return {};
}

Status SearchKeyLoad::writeGeneric(storage::Database& db)
{
    storage::BulkInsert keys(QStringLiteral("search_keys"),
        {QStringLiteral("key"), QStringLiteral("person_id"), QStringLiteral("kind"),
            QStringLiteral("form")});
    if (Status s = keys.prepare(db.sql()); !s)
        return s;
    for (const Entry& e : m_entries) {
        keys.add({QString::fromUtf8(m_arena.constData() + e.offset, e.length), e.personId,
            int(e.kind), int(e.form)});
        if (keys.pendingRows() >= storage::BulkInsert::kMaxRows)
            if (Status s = keys.flush(); !s)
                return s;
    }
    return keys.flush();
}

} // namespace madoguchi::registry
