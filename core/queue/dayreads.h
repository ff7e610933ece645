#pragma once

// What the room figures and the day's export share (docs/queue.md, "The
// supervisor's room", "The day's export"): one snapshot to read a day in,
// and the day and its times in Japan time.
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>

namespace madoguchi::storage {
class Database;
class Transaction;
} // namespace madoguchi::storage

namespace madoguchi::queue::dayreads {

// A read transaction in which every SELECT sees the same moment: SQLite's
// read transaction does so by itself; PostgreSQL's default (READ COMMITTED)
// gives each statement its own snapshot, so it is raised to REPEATABLE READ.
Result<std::unique_ptr<storage::Transaction>> beginSnapshot(storage::Database& db);

// The UTC instants (stored text form) where `day` begins and ends in Japan
// time: [from, to), to compare with stored times as text.
struct DayBounds {
    QString from;
    QString to;
};
DayBounds japanDay(const QDate& day);

// `at` in Japan time, ISO 8601 with its offset (2026-11-26T09:30:00+09:00);
// empty for an invalid time.
QString japanText(const QDateTime& at);

// Seconds from `from` to `to`, never negative (a terminal whose clock runs
// ahead); -1 when either is missing.
qint64 secondsBetween(const QDateTime& from, const QDateTime& to);

} // namespace madoguchi::queue::dayreads
