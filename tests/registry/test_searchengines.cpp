// The same demo city on SQLite and PostgreSQL gives the same answers, in the
// same order, for a few hundred queries of every kind (docs/search.md).
#include "demo/democity.h"
#include "searchfixture.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"
#include "text/dateformat.h"
#include "text/folding.h"
#include "text/japanesedate.h"

#include <QSqlQuery>

namespace madoguchi::searchtest {
namespace {

std::unique_ptr<storage::Database> seeded(testing::TestDatabase& t)
{
    auto db = t.open();
    if (!db)
        return db;
    demo::DemoOptions options;
    options.residents = 2'000;
    options.seed = 7;
    options.asOf = kToday;
    const auto summary = demo::seedDemoCity(*db, options);
    EXPECT_TRUE(summary.ok()) << summary.error().message.toStdString();
    return db;
}

QString hiragana(const QString& katakana)
{
    QString out;
    for (const QChar c : katakana) {
        const char16_t u = c.unicode();
        out.append(u >= 0x30A1 && u <= 0x30F6 ? QChar(char16_t(u - 0x60)) : c);
    }
    return out;
}

// Queries of every kind, from every 25th resident.
QStringList queriesFrom(storage::Database& db)
{
    QStringList queries{QStringLiteral("た"), QStringLiteral("高"), QStringLiteral("桜"),
        QStringLiteral("髙橋"), QStringLiteral("さとう"), QStringLiteral("丁目"),
        QStringLiteral("号室"), QStringLiteral("1"), QStringLiteral("%"), QStringLiteral("ー")};
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT p.name_kanji, p.name_kana, p.birth_date, p.atena_no, h.setai_no, h.address, "
        "h.katagaki, p.resident_code, p.alphabet_name, (SELECT a.address FROM address_history a "
        "WHERE a.person_id = p.id ORDER BY a.id LIMIT 1) FROM persons p "
        "JOIN households h ON h.id = p.household_id WHERE p.id % 25 = 0 ORDER BY p.id")));
    while (q.next()) {
        const QStringList kanji = text::splitName(q.value(0).toString());
        const QStringList kana = text::splitName(q.value(1).toString());
        queries << q.value(0).toString() << hiragana(q.value(1).toString());
        queries << kana.value(0).left(2) << kana.value(1) << kanji.value(0);
        if (auto d = text::JapaneseDate::fromStorageString(q.value(2).toString());
            d && d->isExact())
            queries << kana.value(0) + QLatin1Char(' ') + text::formatWarekiShort(d.value());
        queries << q.value(3).toString() << q.value(4).toString() << q.value(7).toString();
        queries << q.value(5).toString().mid(8, 3) << q.value(6).toString().left(4);
        if (!q.value(8).toString().isEmpty())
            queries << q.value(8).toString().left(5).toLower();
        // A former address's fragment; a name and a place either way round.
        if (const QString former = q.value(9).toString(); !former.isEmpty())
            queries << former.mid(6, 5) << former.right(2);
        queries << kanji.value(0) + QLatin1Char(' ') + q.value(5).toString().mid(8, 3);
        queries << q.value(5).toString().mid(8, 4) + QLatin1Char(' ') + kana.value(1);
    }
    return queries;
}

QString describe(const QList<registry::SearchResult>& results)
{
    QStringList lines;
    for (const registry::SearchResult& r : results)
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(r.atenaNo, registry::matchKeyword(r.match),
                         registry::supportLevelKeyword(r.supportMeasure), r.nameKana, r.birthDate,
                         r.headName, r.age ? QString::number(*r.age) : QStringLiteral("-"));
    return lines.join(QLatin1Char('\n'));
}

TEST(SearchEngines, SameDemoCitySameAnswers)
{
    testing::TestDatabase sqliteDb(storage::Engine::Sqlite);
    testing::TestDatabase pgDb(storage::Engine::PostgreSql);
    auto sqlite = seeded(sqliteDb);
    auto pg = seeded(pgDb);
    ASSERT_TRUE(sqlite && pg);
    const FixedClock clock(QDateTime(kToday, QTime(9, 0)));
    registry::ResidentSearch a(*sqlite, clock);
    registry::ResidentSearch b(*pg, clock);
    const QStringList queries = queriesFrom(*sqlite);
    ASSERT_GT(queries.size(), 300);
    int nonEmpty = 0;
    for (const QString& query : queries) {
        const auto x = a.search(query, actor(), 10);
        const auto y = b.search(query, actor(), 10);
        ASSERT_TRUE(x.ok() && y.ok()) << query.toStdString();
        EXPECT_EQ(describe(x.value()), describe(y.value())) << "query: " << query.toStdString();
        nonEmpty += x->isEmpty() ? 0 : 1;
    }
    EXPECT_GT(nonEmpty, queries.size() * 9 / 10);
}

} // namespace
} // namespace madoguchi::searchtest
