#pragma once

// One morning at the counters for the room figures and the day's export
// (tests/queue/test_roomstats.cpp, test_dayexport.cpp): tickets issued,
// called, served and finished at known Japan times, one of them linked to a
// visit, and the visit rows written with SQL (a visit needs a resident).
#include "queue/ticketstore.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace madoguchi::roomtest {

inline const QDate kDay(2026, 11, 26);

// hh:mm on kDay, Japan time.
inline QDateTime jst(int hour, int minute)
{
    return QDateTime(kDay, QTime(hour, minute), security::japanTime());
}

inline void sql(storage::Database& db, const QString& statement, const QVariantList& values)
{
    auto done = storage::exec(db.sql(), statement, values, QStringLiteral("fixture"));
    ASSERT_TRUE(done) << done.error().message.toStdString();
}

// A visit of `atenaNo` (the resident is made if missing) submitted at `at`.
inline void addVisit(storage::Database& db, const QString& ref, const QString& atenaNo,
    const QString& event, const QDateTime& at, const QString& office = QStringLiteral("本庁"))
{
    auto known = storage::exec(
        db.sql(), QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"), {atenaNo});
    ASSERT_TRUE(known);
    if (!known->next()) {
        sql(db,
            QStringLiteral("INSERT INTO households (setai_no, address_code, postal_code, address) "
                           "VALUES (?, '01202001001', '0400001', '函館市本町1-1')"),
            {QString(QStringLiteral("S") + atenaNo)});
        sql(db,
            QStringLiteral(
                "INSERT INTO persons (atena_no, household_id, relationship, name_kanji, "
                "name_kana, birth_date, sex) SELECT ?, id, '世帯主', '山田 太郎', 'ヤマダ タロウ', "
                "'1980-01-01', 1 FROM households WHERE setai_no = ?"),
            {atenaNo, QString(QStringLiteral("S") + atenaNo)});
    }
    sql(db,
        QStringLiteral(
            "INSERT INTO visits (ref, person_id, atena_no, event_type, event_date, staff, role, "
            "office, terminal, answers, decisions, submitted_at) SELECT ?, id, ?, ?, ?, 'k.sato', "
            "'clerk', ?, 'desk-1', '{}', '{}', ? FROM persons WHERE atena_no = ?"),
        {ref, atenaNo, event, at.date().toString(Qt::ISODate), office,
            at.toUTC().toString(Qt::ISODateWithMs), atenaNo});
}

// An application of `visitRef` and its outbox row in `state`.
inline void addApplication(
    storage::Database& db, const QString& id, const QString& visitRef, const QString& state)
{
    sql(db,
        QStringLiteral("INSERT INTO applications (id, visit_ref, position, procedure_id, "
                       "procedure_version, system, member_id, documents, form) "
                       "VALUES (?, ?, 1, 'juminhyo', 1, 'jumin', '', '[]', '{}')"),
        {id, visitRef});
    sql(db,
        QStringLiteral("INSERT INTO outbox (id, visit_ref, system, procedure_id, "
                       "procedure_version, envelope, state, next_attempt_at, created_at, "
                       "updated_at) VALUES (?, ?, 'jumin', 'juminhyo', 1, '{}', ?, "
                       "'2026-11-26T01:00:00.000Z', '2026-11-26T01:00:00.000Z', "
                       "'2026-11-26T01:00:00.000Z')"),
        {id, visitRef, state});
}

// The morning (Japan time; the clock is left at 10:45):
//   09:00 A-001, 09:05 A-002, 09:10 C-001 issued
//   09:20 counter 1 (k.sato) calls A-001 (waited 20 min), 09:22 serves it,
//         links visit V20261126-000001 (tennyu), 09:40 finishes it (18 min)
//   09:45 A-003 issued
//   10:00 D-001 issued; counter 2 (m.kato) calls A-002 (55 min), 10:05 serves it
//   10:10 counter 3 (y.ito) calls C-001 (60 min)
//   10:15 B-001, 10:20 C-002 issued
//   10:25 counter 1 calls A-003 (40 min), 10:30 marks it a no-show
// Counter 4 is closed. At 10:45 B-001 has waited 30 min, C-002 25, D-001 45.
inline void buildMorning(storage::Database& db, FixedClock& clock, queue::TicketStore& store,
    const QString& staff1 = QStringLiteral("k.sato"))
{
    using queue::Discipline;
    const QString A = QStringLiteral("A"), B = QStringLiteral("B"), C = QStringLiteral("C"),
                  D = QStringLiteral("D");
    ASSERT_TRUE(store.addCounter(
        {QStringLiteral("1"), QStringLiteral("1番窓口"), QStringLiteral("本庁"), {A, B}, true}));
    ASSERT_TRUE(store.addCounter(
        {QStringLiteral("2"), QStringLiteral("2番窓口"), QStringLiteral("本庁"), {A, C}, true}));
    ASSERT_TRUE(store.addCounter(
        {QStringLiteral("3"), QStringLiteral("3番窓口"), QStringLiteral("本庁"), {C}, true}));
    ASSERT_TRUE(store.addCounter(
        {QStringLiteral("4"), QStringLiteral("4番窓口"), QStringLiteral("本庁"), {D}, false}));
    auto issue = [&](int h, int m, const QString& purpose) {
        clock.set(jst(h, m));
        auto t = store.issue(purpose);
        EXPECT_TRUE(t) << t.error().message.toStdString();
        return t ? t->ticket.id : 0;
    };
    auto call = [&](int h, int m, const QString& counter, const QString& staff) {
        clock.set(jst(h, m));
        auto t = store.callNext(counter, staff, Discipline::Fifo);
        EXPECT_TRUE(t && t.value()) << (t ? "nobody waits" : t.error().message.toStdString());
        return t && t.value() ? t.value()->ticket.id : 0;
    };
    auto at = [&](int h, int m) { clock.set(jst(h, m)); };

    issue(9, 0, A);
    issue(9, 5, A);
    issue(9, 10, C);
    const qint64 a1 = call(9, 20, QStringLiteral("1"), staff1);
    at(9, 22);
    ASSERT_TRUE(store.startServing(a1, staff1));
    addVisit(db, QStringLiteral("V20261126-000001"), QStringLiteral("100001"),
        QStringLiteral("tennyu"), jst(9, 38));
    ASSERT_TRUE(store.linkVisit(a1, QStringLiteral("V20261126-000001")));
    at(9, 40);
    ASSERT_TRUE(store.finish(a1, staff1));
    issue(9, 45, A);
    issue(10, 0, D);
    const qint64 a2 = call(10, 0, QStringLiteral("2"), QStringLiteral("m.kato"));
    at(10, 5);
    ASSERT_TRUE(store.startServing(a2, QStringLiteral("m.kato")));
    call(10, 10, QStringLiteral("3"), QStringLiteral("y.ito"));
    issue(10, 15, B);
    issue(10, 20, C);
    const qint64 a3 = call(10, 25, QStringLiteral("1"), staff1);
    at(10, 30);
    ASSERT_TRUE(store.noShow(a3, staff1));
    at(10, 45);
}

} // namespace madoguchi::roomtest
