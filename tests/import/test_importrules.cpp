// Every rejection rule with its line and column, difference files, re-import,
// SQL metacharacters, CP932 input and refused files — on both engines.
#include "importtestsupport.h"
#include "registry/residentsearch.h"
#include "registry/searchindex.h"
#include "support/testdatabase.h"

#include <QStringEncoder>

namespace madoguchi::importtest {
namespace {

class ImportRules : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = database.open();
        ASSERT_TRUE(db);
    }
    testing::TestDatabase database{GetParam()};
    std::unique_ptr<storage::Database> db;
    QTemporaryDir dir;
};

TEST_P(ImportRules, RejectsEveryBadRowWithLineAndColumnAndKeepsTheGoodOnes)
{
    QList<Fields> rows;
    rows << headRow(1, 1); // line 2
    auto bad = [&](int person, const QString& column, const QString& value) {
        Fields f = memberRow(person, 1, 1);
        f[column] = value;
        rows << f;
    };
    bad(3, QStringLiteral("atena_no"), QStringLiteral("10000000010")); // 3: check digit
    bad(4, QStringLiteral("birth_date"), QStringLiteral("令和2年2月30日")); // 4
    bad(5, QStringLiteral("relationship"), QStringLiteral("いとこ")); // 5
    bad(6, QStringLiteral("relationship"), QStringLiteral("子の子の子の子の子")); // 6: five links
    bad(7, QStringLiteral("insurance"), QStringLiteral("nhi")); // 7
    bad(8, QStringLiteral("sex"), QStringLiteral("3")); // 8
    bad(9, QStringLiteral("jidou_teate_recipient"), QStringLiteral("yes")); // 9
    bad(10, QStringLiteral("my_number"), QStringLiteral("234567800010")); // 10: check digit
    bad(11, QStringLiteral("head_atena_no"), atena(999)); // 11: no such head
    rows << headRow(1, 1); // 12: line 2's atena_no again
    QString csv = extract(rows);
    csv += QStringLiteral("1,2,3\r\n"); // 13: wrong field count
    rows.clear();
    bad(14, QStringLiteral("setai_no"), QStringLiteral("50000000010")); // 14
    bad(15, QStringLiteral("support_measure"), QStringLiteral("maybe")); // 15
    bad(16, QStringLiteral("change"), QStringLiteral("X")); // 16
    Fields two = memberRow(17, 1, 1); // 17: two bad codes in one row
    two[QStringLiteral("kaigo")] = QStringLiteral("foo");
    two[QStringLiteral("nenkin_category")] = QStringLiteral("4");
    rows << two;
    rows << memberRow(18, 1, 1); // 18: good
    bad(19, QStringLiteral("name_kana"), QStringLiteral("山田")); // 19
    bad(20, QStringLiteral("address"), QStringLiteral("別の住所")); // 20: household disagrees
    Fields other = memberRow(21, 1, 2); // 21: head of another household
    rows << other;
    const QString more = extract(rows);
    csv += more.mid(more.indexOf(QLatin1Char('\n')) + 1);

    const registry::ImportSummary s = importText(*db, dir, csv);
    EXPECT_EQ(places(s),
        (strings({"3:atena_no", "4:birth_date", "5:relationship", "6:relationship", "7:insurance",
            "8:sex", "9:jidou_teate_recipient", "10:my_number", "11:head_atena_no", "12:atena_no",
            "13:", "14:setai_no", "15:support_measure", "16:change", "17:kaigo",
            "17:nenkin_category", "19:name_kana", "20:address", "21:head_atena_no"})));
    EXPECT_EQ(s.read, 20);
    EXPECT_EQ(s.imported, 2);
    EXPECT_EQ(s.rejected, 18);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM persons")), 2);
    EXPECT_TRUE(s.errors[1].reason.contains(QStringLiteral("2020-02")))
        << s.errors[1].reason.toStdString();
    EXPECT_TRUE(s.errors[9].reason.contains(QStringLiteral("line 2")));
    EXPECT_EQ(s.errors[10].reason, QStringLiteral("expected 28 fields, found 3"));
}

// A first load reads the file once: a member may come before the head of
// its household; a head that never comes, or comes rejected, or is the head
// of another household, rejects the member — as the two-pass check does.
TEST_P(ImportRules, AFirstLoadJudgesHeadsThatComeAfterTheirMembers)
{
    QList<Fields> rows;
    rows << memberRow(2, 1, 1); // line 2: its head is on line 3
    rows << headRow(1, 1); // 3
    rows << memberRow(4, 5, 2); // 4: its head (line 6) is rejected
    rows << memberRow(7, 9, 3); // 5: no head 9 anywhere
    Fields badHead = headRow(5, 2); // 6
    badHead[QStringLiteral("sex")] = QStringLiteral("3");
    rows << badHead;
    rows << memberRow(8, 1, 4); // 7: head 1 is the 世帯主 of household 1
    rows << headRow(10, 4); // 8
    rows << memberRow(11, 10, 4); // 9: head already read
    const registry::ImportSummary s = importText(*db, dir, extract(rows));
    EXPECT_EQ(places(s),
        (strings({"4:head_atena_no", "5:head_atena_no", "6:sex", "7:head_atena_no"})));
    EXPECT_EQ(s.read, 8);
    EXPECT_EQ(s.imported, 4);
    EXPECT_EQ(s.rejected, 4);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM persons")), 4);
    EXPECT_EQ(count(*db,
                  QStringLiteral("SELECT COUNT(*) FROM persons WHERE atena_no IN ('%1', '%2')")
                      .arg(atena(2), atena(11))),
        2);
}

// A first load is one transaction: a file that turns out to be broken half
// way leaves an empty register, and the next import is a first load again.
TEST_P(ImportRules, AFirstLoadBrokenHalfWayLeavesNothing)
{
    QList<Fields> rows;
    for (int household = 1; household <= 30; ++household)
        rows << headRow(household, household);
    QString csv = extract(rows);
    csv += QStringLiteral("%1,\"never closed\r\n").arg(atena(99));
    const QString broken = writeFile(dir, QStringLiteral("broken.csv"), csv.toUtf8());
    registry::ImportOptions o = options();
    o.rowsPerTransaction = 5;
    const auto result = registry::importResidents(*db, broken, o);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("nothing was imported")))
        << result.error().message.toStdString();
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM persons")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM households")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM search_keys")), 0);
    // Its indexes are back in place.
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE 'deferred%'")), 0);
}

TEST_P(ImportRules, DifferenceFilesAddUpdateRemoveAndUpsert)
{
    const QList<Fields> initial{headRow(1, 1), memberRow(2, 1, 1), memberRow(3, 1, 1)};
    ASSERT_EQ(importText(*db, dir, extract(initial)).imported, 3);
    const qint64 changesBefore
        = count(*db, QStringLiteral("SELECT COUNT(*) FROM register_changes"));

    Fields update = memberRow(2, 1, 1);
    update[QStringLiteral("name_kanji")] = QStringLiteral("山田 二郎");
    update[QStringLiteral("change")] = QStringLiteral("U");
    Fields remove{
        {QStringLiteral("atena_no"), atena(3)}, {QStringLiteral("change"), QStringLiteral("D")}};
    Fields add = memberRow(4, 1, 1);
    add[QStringLiteral("change")] = QStringLiteral("A");
    Fields updateMissing = memberRow(99, 1, 1);
    updateMissing[QStringLiteral("change")] = QStringLiteral("U");
    Fields addExisting = headRow(1, 1);
    addExisting[QStringLiteral("change")] = QStringLiteral("A");
    Fields removeMissing{
        {QStringLiteral("atena_no"), atena(98)}, {QStringLiteral("change"), QStringLiteral("D")}};
    const registry::ImportSummary s = importText(*db, dir,
        extract({update, remove, add, updateMissing, addExisting, removeMissing}), "diff.csv");
    EXPECT_EQ(places(s), (strings({"5:change", "6:change", "7:change"})));
    EXPECT_EQ(s.updated, 1);
    EXPECT_EQ(s.removed, 1);
    EXPECT_EQ(s.imported, 1);
    EXPECT_EQ(s.rejected, 3);
    // U: one person change; D: one; A: the person and its entitlements.
    EXPECT_EQ(
        count(*db, QStringLiteral("SELECT COUNT(*) FROM register_changes")), changesBefore + 4);
    EXPECT_EQ(
        text1(*db,
            QStringLiteral("SELECT name_kanji || '/' || version FROM persons WHERE atena_no = ?"),
            {atena(2)}),
        QStringLiteral("山田 二郎/2"));
    EXPECT_EQ(
        text1(*db,
            QStringLiteral("SELECT status || '/' || removed_on FROM persons WHERE atena_no = ?"),
            {atena(3)}),
        QStringLiteral("removed/2026-11-26"));
    EXPECT_EQ(
        text1(*db,
            QStringLiteral("SELECT p.change_seq - MAX(c.seq) FROM persons p, register_changes c "
                           "WHERE p.atena_no = ? AND c.entity = 'person' AND c.entity_id = p.id "
                           "GROUP BY p.change_seq"),
            {atena(3)}),
        QStringLiteral("0"));
}

TEST_P(ImportRules, AMoveKeepsTheOldAddressAsAFormerAddressAndFindsIt)
{
    ASSERT_EQ(
        importText(*db, dir, extract({headRow(1, 1), memberRow(2, 1, 1), headRow(3, 2)})).imported,
        3);
    // Household 1 moves; person 3 leaves household 2 to join it.
    const QString newAddress = QStringLiteral("東京都みどり野市旭町五丁目5番");
    QList<Fields> moved{headRow(1, 1), memberRow(2, 1, 1), memberRow(3, 1, 1)};
    for (Fields& row : moved)
        row[QStringLiteral("address")] = newAddress;
    registry::ImportOptions o = options();
    o.reindex = registry::reindexPersons;
    const QString path = writeFile(dir, "moved.csv", extract(moved).toUtf8());
    auto summary = registry::importResidents(*db, path, o);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    // The first row of household 1 moves it (member 2's own row is then
    // unchanged); person 3's row changes its household.
    EXPECT_EQ(summary->updated, 2);
    const QString history = QStringLiteral(
        "SELECT string_agg(x, ';') FROM (SELECT p.atena_no || ' ' || h.address || ' ' || "
        "h.until_on AS x FROM address_history h JOIN persons p ON p.id = h.person_id "
        "ORDER BY p.atena_no) t");
    const QString sqliteHistory = QString(history).replace(
        QStringLiteral("string_agg(x, ';')"), QStringLiteral("group_concat(x, ';')"));
    const QString& sql = GetParam() == storage::Engine::Sqlite ? sqliteHistory : history;
    const QString expected = atena(1) + QStringLiteral(" 東京都みどり野市本町一丁目1番 2026-11-25;")
        + atena(2) + QStringLiteral(" 東京都みどり野市本町一丁目1番 2026-11-25;") + atena(3)
        + QStringLiteral(" 東京都みどり野市本町一丁目2番 2026-11-25");
    EXPECT_EQ(text1(*db, sql), expected);
    EXPECT_EQ(count(*db,
                  QStringLiteral("SELECT COUNT(*) FROM register_changes "
                                 "WHERE entity = 'address_history'")),
        3);

    // Found by the old address without a rebuild; a re-import adds nothing.
    registry::ResidentSearch search(*db);
    auto found = search.search(QStringLiteral("本町一丁目2番"), {});
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->at(0).atenaNo, atena(3));
    EXPECT_EQ(found->at(0).match, registry::MatchKind::FormerAddress);
    ASSERT_TRUE(registry::importResidents(*db, path, o).ok());
    EXPECT_EQ(text1(*db, sql), expected);
}

TEST_P(ImportRules, AFirstLoadLeavesEveryIndexInPlace)
{
    const auto indexes = [&] {
        return count(*db,
            GetParam() == storage::Engine::Sqlite
                ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")
                : QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'public'"));
    };
    const qint64 before = indexes();
    ASSERT_EQ(importText(*db, dir, extract({headRow(1, 1), memberRow(2, 1, 1)})).imported, 2);
    EXPECT_EQ(indexes(), before);
    EXPECT_EQ(
        count(*db, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'deferred_indexes'")), 0);
}

TEST_P(ImportRules, ReimportingTheSameFileChangesNothing)
{
    Fields head = headRow(1, 1);
    head[QStringLiteral("former_names")] = QStringLiteral("佐藤 太郎;鈴木 太郎");
    head[QStringLiteral("support_measure")] = QStringLiteral("alert");
    Fields foreign = memberRow(2, 1, 1);
    foreign[QStringLiteral("nationality")] = QStringLiteral("中国");
    foreign[QStringLiteral("alphabet_name")] = QStringLiteral("WANG LI");
    foreign[QStringLiteral("residence_expiry")] = QStringLiteral("R9.3.31");
    const QString csv = extract({head, foreign, memberRow(3, 1, 1)});
    ASSERT_EQ(importText(*db, dir, csv).imported, 3);
    const QString sums = QStringLiteral("SELECT (SELECT COUNT(*) FROM register_changes) || '/' || "
                                        "(SELECT SUM(version) FROM persons) "
                                        "|| '/' || (SELECT SUM(version) FROM households) || '/' || "
                                        "(SELECT SUM(version) FROM entitlements) "
                                        "|| '/' || (SELECT COUNT(*) FROM support_measures) || '/' "
                                        "|| (SELECT COUNT(*) FROM name_history)");
    const QString before = text1(*db, sums);
    EXPECT_EQ(before, QStringLiteral("10/3/1/3/1/2"));
    const registry::ImportSummary again = importText(*db, dir, csv);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(again.updated + again.imported + again.rejected, 0);
    EXPECT_EQ(text1(*db, sums), before);
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT ends_on FROM support_measures")),
        QStringLiteral("2027-11-25"));

    // support_measure none ends the measure yesterday.
    head[QStringLiteral("support_measure")] = QStringLiteral("none");
    const registry::ImportSummary ended = importText(*db, dir, extract({head}));
    EXPECT_EQ(ended.updated, 1);
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT ends_on FROM support_measures")),
        QStringLiteral("2026-11-25"));
}

TEST_P(ImportRules, StoresSqlMetacharactersAndWildcardsVerbatim)
{
    Fields head = headRow(1, 1);
    head[QStringLiteral("name_kanji")]
        = QStringLiteral("O'Brien%_ \"太郎\"; DROP TABLE persons;--");
    head[QStringLiteral("address")] = QStringLiteral("100%_町 ' OR 1=1 --");
    head[QStringLiteral("katagaki")] = QStringLiteral("A棟,\n2階");
    head[QStringLiteral("former_names")] = QStringLiteral("50%_off;x'y");
    const registry::ImportSummary s = importText(*db, dir, extract({head}));
    ASSERT_EQ(s.imported, 1) << (s.errors.isEmpty() ? "" : s.errors.first().reason.toStdString());
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT name_kanji FROM persons")),
        QStringLiteral("O'Brien%_ \"太郎\"; DROP TABLE persons;--"));
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT address || '|' || katagaki FROM households")),
        QStringLiteral("100%_町 ' OR 1=1 --|A棟,\n2階"));
    EXPECT_EQ(count(*db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM name_history WHERE name_kanji IN ('50%_off', 'x''y')")),
        2);
}

TEST_P(ImportRules, ReadsCp932WithHalfWidthKana)
{
    Fields head = headRow(1, 1);
    head[QStringLiteral("name_kanji")] = QStringLiteral("髙橋 ﾊﾅ");
    head[QStringLiteral("name_kana")] = QStringLiteral("ﾀｶﾊｼ ﾊﾅ");
    QStringEncoder cp932("windows-31j");
    const QByteArray bytes = cp932.encode(extract({head}));
    ASSERT_FALSE(cp932.hasError());
    const QString path = writeFile(dir, QStringLiteral("sjis.csv"), bytes);
    auto detected = registry::importResidents(*db, path, options());
    ASSERT_TRUE(detected.ok()) << detected.error().message.toStdString();
    EXPECT_EQ(detected->encoding, registry::TextEncoding::Cp932);
    EXPECT_EQ(detected->imported, 1);
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT name_kanji || '/' || name_kana FROM persons")),
        QStringLiteral("髙橋 ﾊﾅ/タカハシ ハナ"));
    registry::ImportOptions named = options();
    named.encoding = registry::TextEncoding::Cp932;
    auto again = registry::importResidents(*db, path, named);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->unchanged, 1);
}

TEST_P(ImportRules, RefusesAMalformedFileBeforeWritingAnything)
{
    QString csv = extract({headRow(1, 1), memberRow(2, 1, 1)});
    csv += QStringLiteral("%1,\"open quote\r\n").arg(atena(3));
    const QString broken = writeFile(dir, QStringLiteral("broken.csv"), csv.toUtf8());
    auto result = registry::importResidents(*db, broken, options());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(
        result.error().message.contains(QStringLiteral("line 4, column 13: the quoted field")))
        << result.error().message.toStdString();

    const QString noColumn = writeFile(dir, QStringLiteral("header.csv"),
        extract({headRow(1, 1)})
            .replace(QStringLiteral("birth_date"), QStringLiteral("born"))
            .toUtf8());
    result = registry::importResidents(*db, noColumn, options());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("lacks the column(s) birth_date")));

    const QString binary = writeFile(
        dir, QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    EXPECT_FALSE(registry::importResidents(*db, binary, options()).ok());
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM persons")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM register_changes")), 0);
}

TEST_P(ImportRules, ImportsTheDocumentedExampleCleanly)
{
    const QString examples = QStringLiteral(MADOGUCHI_SOURCE_DIR "/docs/examples/");
    for (const char* name : {"residents-initial.csv", "residents-example.csv"}) {
        auto s = registry::importResidents(*db, examples + QString::fromLatin1(name), options());
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        EXPECT_EQ(s->rejected, 0) << name << ": "
                                  << (s->errors.isEmpty() ? ""
                                                          : s->errors.first().reason.toStdString());
    }
    EXPECT_EQ(
        count(*db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE status = 'resident'")), 7);
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT birth_date FROM persons WHERE name_kanji = ?"),
                  {QStringLiteral("髙橋 ハナ")}),
        QStringLiteral("XXXX-XX-XX"));
    EXPECT_EQ(text1(*db,
                  QStringLiteral(
                      "SELECT name_kana || '/' || birth_date FROM persons WHERE name_kanji = ?"),
                  {QStringLiteral("山田 一郎")}),
        QStringLiteral("ヤマダ イチロウ/2008-04-01"));
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM name_history")), 3);
    EXPECT_EQ(
        count(*db, QStringLiteral("SELECT COUNT(*) FROM support_measures WHERE level = 'alert'")),
        2);
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT katagaki FROM households WHERE setai_no = ?"),
                  {setai(2)}),
        QStringLiteral("ハイツ緑, 101号室"));
    EXPECT_EQ(
        text1(*db,
            QStringLiteral("SELECT kaigo FROM entitlements e JOIN persons p ON p.id = e.person_id "
                           "WHERE p.name_kanji = ?"),
            {QStringLiteral("鈴木 一郎")}),
        QStringLiteral("certified"));
    EXPECT_EQ(text1(*db, QStringLiteral("SELECT status FROM persons WHERE name_kanji = ?"),
                  {QStringLiteral("鈴木 次郎")}),
        QStringLiteral("removed"));
}

INSTANTIATE_TEST_SUITE_P(Engines, ImportRules, testing::kBothEngines, testing::EngineParamName());

} // namespace
} // namespace madoguchi::importtest
