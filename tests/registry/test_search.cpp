// The search service through the database on both engines: every folding
// rule of COUNTER-DOMAIN §5, each match kind, ranking, short queries,
// birth dates, identifiers, the My-Number access log, SQL metacharacters
// and support-measure marks (docs/search.md).
#include "searchfixture.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QSqlQuery>

namespace madoguchi::searchtest {
namespace {

using registry::MatchKind;
using registry::SearchResult;

// id → (kanji, kana): one resident per folding rule and more.
const std::vector<std::pair<int, std::pair<const char16_t*, const char16_t*>>> kNames = {
    {1, {u"高橋 一郎", u"タカハシ イチロウ"}}, {2, {u"髙橋 花子", u"タカハシ ハナコ"}},
    {3, {u"佐藤 裕子", u"サトウ ユウコ"}}, {4, {u"山田 太郎", u"ヤマダ タロウ"}},
    {5, {u"山田 次郎", u"ヤマダ ジロウ"}}, {6, {u"藤田 誠", u"フジタ マコト"}}, // ジ/ヂ
    {7, {u"鈴木 健", u"スズキ ケン"}}, // ズ/ヅ
    {8, {u"番場 進", u"バンバ ススム"}}, // ハ/バ/パ
    {9, {u"武良 太", u"ブラ フトシ"}}, // ヴ/ブ
    {10, {u"小野 明", u"オノ アキラ"}}, // オ/ヲ
    {11, {u"服部 学", u"ハットリ マナブ"}}, // ッ/ツ
    {12, {u"茶谷 稔", u"チャタニ ミノル"}}, // ャ/ヤ
    {13, {u"周防 修二", u"スオウ シュウジ"}}, // ュ/ユ
    {14, {u"東海林 翔太", u"ショウジ ショウタ"}}, // ョ/ヨ
    {15, {u"山崎 剛", u"ヤマザキ ツヨシ"}}, // 﨑
    {16, {u"渡辺 浩", u"ワタナベ ヒロシ"}}, // 邊/邉
    {17, {u"浜田 聡", u"ハマダ サトシ"}}, // 濱/濵
    {18, {u"斎藤 茂", u"サイトウ シゲル"}}, // 齋/齊
    {19, {u"徳田 勉", u"トクダ ツトム"}}, // 德
    {20, {u"消除 太郎", u"ショウジョ タロウ"}}, // removed
    {21, {u"大野 優子", u"オオノ ユウコ"}}, {22, {u"高木 光", u"タカギ ヒカル"}},
    {23, {u"斉藤 実", u"サイトウ ミノル"}}, // 齊
};

class Search : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        for (const auto& [id, names] : kNames) {
            Person p = named(id, QString::fromUtf16(names.first), QString::fromUtf16(names.second));
            if (id == 1) {
                p.birth = QStringLiteral("1975-04-01");
                p.address = QStringLiteral("東京都みどり野市桜台三丁目12番3号");
                p.katagaki = QStringLiteral("メゾン桜台203号室");
                p.extra = {{QStringLiteral("my_number"), QStringLiteral("123456789018")},
                    {QStringLiteral("resident_code"), QStringLiteral("12345678906")}};
            }
            if (id == 4)
                p.birth = QStringLiteral("1975-04-01");
            if (id == 5)
                p.birth = QStringLiteral("1980-02-02");
            if (id == 20)
                p.extra = {{QStringLiteral("status"), QStringLiteral("removed")},
                    {QStringLiteral("removed_on"), QStringLiteral("2020-01-01")}};
            if (id == 21)
                p.birth = QStringLiteral("1940");
            addPerson(*db, p);
        }
        // A wife in 高橋 一郎's household, a foreign resident with 通称 and
        // metacharacters in the alphabet name.
        addPerson(*db,
            {30, QStringLiteral("高橋 直子"), QStringLiteral("タカハシ ナオコ"),
                QStringLiteral("1978-08-08"), 1, {}, {}, {}, QStringLiteral("妻")});
        addPerson(*db,
            {31, QStringLiteral("オニール ジョン"), QStringLiteral("オニール ジョン"),
                QStringLiteral("1990-03-03"), 0, QStringLiteral("東京都みどり野市駅前二丁目5番5号"),
                QStringLiteral("100%ハイツ_A棟"),
                {{QStringLiteral("alphabet_name"), QStringLiteral("O'NEIL_100% JOHN")},
                    {QStringLiteral("tsusho"), QStringLiteral("大西 丈")},
                    {QStringLiteral("tsusho_kana"), QStringLiteral("オオニシ ジョウ")},
                    {QStringLiteral("residence_card_no"), QStringLiteral("AB12345678CD")},
                    {QStringLiteral("nationality"), QStringLiteral("米国")}}});
        addFormerName(*db, 3, QStringLiteral("山田 裕子"), QStringLiteral("ヤマダ ユウコ"));
        addMeasure(
            *db, 2, QStringLiteral("error"), false, kToday.addMonths(-2), kToday.addMonths(10));
        addMeasure(
            *db, 2, QStringLiteral("alert"), false, kToday.addMonths(-2), kToday.addMonths(10));
        addMeasure(*db, 3, QStringLiteral("alert"), true, kToday.addDays(-3), kToday.addYears(1));
        addMeasure(
            *db, 4, QStringLiteral("error"), false, kToday.addYears(-2), kToday.addYears(-1));
        rebuild(*db);
        search = std::make_unique<registry::ResidentSearch>(*db, clock);
    }

    QList<SearchResult> find(const QString& query, int limit = 20)
    {
        auto r = search->search(query, actor(), limit);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : QList<SearchResult>{};
    }
    // The match kind of person `id` in the results of `query`, if found.
    std::optional<MatchKind> matchOf(const QString& query, int id)
    {
        for (const SearchResult& r : find(query))
            if (r.atenaNo == atena(id))
                return r.match;
        return std::nullopt;
    }
    QStringList atenas(const QString& query, int limit = 20)
    {
        QStringList list;
        for (const SearchResult& r : find(query, limit))
            list << r.atenaNo;
        return list;
    }

    testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(kToday, QTime(10, 0))};
    std::unique_ptr<registry::ResidentSearch> search;
};

#define EXPECT_FINDS(query, id, kind)                                                              \
    EXPECT_EQ(matchOf(QStringLiteral(query), id), std::optional<MatchKind>(kind))                  \
        << "query " << query

TEST_P(Search, KanaInEveryWritingWithOrWithoutSpace)
{
    EXPECT_FINDS("サトウ ユウコ", 3, MatchKind::Exact);
    EXPECT_FINDS("サトウユウコ", 3, MatchKind::Exact);
    EXPECT_FINDS("さとう　ゆうこ", 3, MatchKind::Exact); // hiragana, 全角 space
    EXPECT_FINDS("ｻﾄｳ ﾕｳｺ", 3, MatchKind::Exact); // half-width
    EXPECT_FINDS("さと", 3, MatchKind::Prefix); // family prefix
    EXPECT_FINDS("ゆうこ", 3, MatchKind::Exact); // given name alone
    EXPECT_FINDS("ゆう", 3, MatchKind::Prefix); // given prefix
    EXPECT_FINDS("サトウ", 3, MatchKind::Exact); // the family name is exact too
}

TEST_P(Search, VoicedAndSemiVoicedMarksAreIgnored)
{
    EXPECT_FINDS("ふぢた", 6, MatchKind::Folded); // ヂ = ジ
    EXPECT_FINDS("すづき", 7, MatchKind::Folded); // ヅ = ズ
    EXPECT_FINDS("はんぱ", 8, MatchKind::Folded); // ハ/バ/パ
    EXPECT_FINDS("ヴラ", 9, MatchKind::Folded); // ヴ = ブ
    EXPECT_FINDS("ヲノ", 10, MatchKind::Folded); // ヲ = オ
}

TEST_P(Search, SmallAndLargeKanaAreTheSame)
{
    EXPECT_FINDS("はつとり", 11, MatchKind::Folded); // ッ = ツ
    EXPECT_FINDS("ちやたに", 12, MatchKind::Folded); // ャ = ヤ
    EXPECT_FINDS("しゆうじ", 13, MatchKind::Folded); // ュ = ユ
    EXPECT_FINDS("しよおた", 14, MatchKind::Folded); // ョ = ヨ, ウ = オ
}

TEST_P(Search, LongVowelsAndDashesAreOneSound)
{
    EXPECT_FINDS("さとお", 3, MatchKind::Folded); // ウ after an オ-row kana
    EXPECT_FINDS("さとー", 3, MatchKind::Folded);
    for (const char16_t* q : {u"ゆーこ", u"ゆ―こ", u"ゆ－こ", u"ゆ‐こ", u"ﾕｰｺ", u"ゆ-こ"})
        EXPECT_EQ(matchOf(QString::fromUtf16(q), 3), std::optional(MatchKind::Folded))
            << QString::fromUtf16(q).toStdString();
    EXPECT_FINDS("おおの", 21, MatchKind::Exact);
    EXPECT_FINDS("おーの", 21, MatchKind::Folded);
    // The vowel is kept: オノ is not オオノ.
    EXPECT_FALSE(atenas(QStringLiteral("おの")).contains(atena(21)));
}

TEST_P(Search, KanjiVariantsFoldBothWays)
{
    EXPECT_FINDS("高橋", 2, MatchKind::Folded); // finds 髙橋
    EXPECT_FINDS("髙橋", 1, MatchKind::Folded); // finds 高橋
    EXPECT_FINDS("髙橋", 2, MatchKind::Exact);
    EXPECT_FINDS("山﨑", 15, MatchKind::Folded);
    EXPECT_FINDS("渡邊", 16, MatchKind::Folded);
    EXPECT_FINDS("渡邉 浩", 16, MatchKind::Folded);
    EXPECT_FINDS("濱田", 17, MatchKind::Folded);
    EXPECT_FINDS("濵田", 17, MatchKind::Folded);
    EXPECT_FINDS("齋藤", 18, MatchKind::Folded);
    EXPECT_FINDS("齊藤", 23, MatchKind::Folded); // 齊 → 斉, 齋 → 斎
    EXPECT_FINDS("德田", 19, MatchKind::Folded);
    EXPECT_FINDS("高橋一郎", 1, MatchKind::Exact);
}

TEST_P(Search, RankingIsExactThenPrefixThenFoldedThenFormer)
{
    const QList<SearchResult> r = find(QStringLiteral("高橋"));
    ASSERT_EQ(r.size(), 3);
    // exact (高橋 一郎, 高橋 直子 by kana), then folded 髙橋 花子.
    EXPECT_EQ(r.at(0).atenaNo, atena(1));
    EXPECT_EQ(r.at(1).atenaNo, atena(30));
    EXPECT_EQ(r.at(2).atenaNo, atena(2));
    EXPECT_EQ(r.at(2).match, MatchKind::Folded);

    const QList<SearchResult> yamada = find(QStringLiteral("ヤマダ"));
    ASSERT_EQ(yamada.size(), 3);
    EXPECT_EQ(yamada.at(0).atenaNo, atena(5)); // ヤマダ ジロウ < ヤマダ タロウ
    EXPECT_EQ(yamada.at(1).atenaNo, atena(4));
    EXPECT_EQ(yamada.at(2).atenaNo, atena(3)); // 佐藤 裕子, formerly 山田
    EXPECT_EQ(yamada.at(2).match, MatchKind::FormerName);
    EXPECT_FINDS("山田 裕子", 3, MatchKind::FormerName);

    // Within a kind by kana: タカギ before タカハシ.
    EXPECT_EQ(atenas(QStringLiteral("たか"), 2), (QStringList{atena(22), atena(1)}));
}

TEST_P(Search, ShortQueriesWork)
{
    EXPECT_FINDS("た", 1, MatchKind::Prefix);
    EXPECT_FINDS("高", 1, MatchKind::Prefix);
    EXPECT_FINDS("高", 2, MatchKind::Folded);
    EXPECT_FINDS("桜台", 1, MatchKind::Address);
    EXPECT_FINDS("桜台", 30, MatchKind::Address); // the whole household
    EXPECT_FINDS("203", 1, MatchKind::Address); // 方書
    EXPECT_FINDS("駅", 31, MatchKind::Address);
}

TEST_P(Search, AddressFragments)
{
    EXPECT_FINDS("桜台三丁目12番", 1, MatchKind::Address);
    EXPECT_FINDS("めぞん桜台", 1, MatchKind::Address);
    EXPECT_TRUE(atenas(QStringLiteral("三丁目12番3号メゾン")).isEmpty()); // not across 方書
}

TEST_P(Search, BirthDateAloneOrWithAName)
{
    for (const char16_t* q :
        {u"ヤマダ S50.4.1", u"山田 昭和50年4月1日", u"やまだ 1975/4/1", u"S50.04.01 やまだ"}) {
        const QStringList found = atenas(QString::fromUtf16(q));
        EXPECT_EQ(found, QStringList{atena(4)}) << QString::fromUtf16(q).toStdString();
    }
    EXPECT_FINDS("ヤマダ S50.4.1", 4, MatchKind::Exact);
    const QList<SearchResult> born = find(QStringLiteral("3500401"));
    ASSERT_EQ(born.size(), 2);
    EXPECT_EQ(born.at(0).match, MatchKind::BirthDate);
    EXPECT_EQ(born.at(0).atenaNo, atena(1)); // タカハシ < ヤマダ
    EXPECT_EQ(born.at(0).age, 51);
    EXPECT_EQ(born.at(0).birthDate, QStringLiteral("1975-04-01"));
    EXPECT_TRUE(atenas(QStringLiteral("ヤマダ S55.2.3")).isEmpty());
}

TEST_P(Search, IdentifiersExactly)
{
    EXPECT_EQ(atenas(atena(4)), QStringList{atena(4)});
    EXPECT_FINDS("12345678906", 1, MatchKind::Identifier); // 住民票コード
    // 世帯番号: the whole household.
    EXPECT_EQ(atenas(setai(1)), (QStringList{atena(1), atena(30)}));
    EXPECT_FINDS("ab12345678cd", 31, MatchKind::Identifier); // 在留カード番号
    EXPECT_TRUE(atenas(atena(4).left(10)).isEmpty()); // no partial numbers
}

TEST_P(Search, MyNumberLookupsAreLogged)
{
    const QList<SearchResult> r = find(QStringLiteral("1234 5678 9018"));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r.at(0).atenaNo, atena(1));
    EXPECT_EQ(r.at(0).match, MatchKind::Identifier);
    EXPECT_TRUE(find(QStringLiteral("999999999999")).isEmpty());
    QSqlQuery q(db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT operator, terminal, office, person_id, function, "
                                      "my_number_shown, at FROM access_log ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("clerk7"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("desk-3"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("本庁"));
    EXPECT_EQ(q.value(3).toLongLong(), 1);
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("search"));
    EXPECT_EQ(q.value(5).toInt(), 1);
    EXPECT_TRUE(q.value(6).toString().startsWith(QStringLiteral("2026-11-26T")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(3).isNull()); // nobody found: logged all the same
    EXPECT_FALSE(q.next());
    // Other searches leave no My-Number trace.
    find(atena(1));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM access_log")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST_P(Search, MetacharactersArePlainText)
{
    for (const char16_t* q : {u"%%", u"高%", u"_橋", u"' OR 1=1 --", u"\"", u"*", u"\\",
             u"桜\"台\"", u"';DROP TABLE persons;--", u"桜台%", u"桜_台"})
        EXPECT_TRUE(atenas(QString::fromUtf16(q)).isEmpty()) << QString::fromUtf16(q).toStdString();
    // % and _ are characters: only the resident whose 方書 has them.
    EXPECT_EQ(atenas(QStringLiteral("%")), QStringList{atena(31)});
    EXPECT_EQ(atenas(QStringLiteral("_")), QStringList{atena(31)});
    EXPECT_FINDS("o'neil_100%", 31, MatchKind::Exact); // alphabet name, case folded
    EXPECT_FINDS("O'NEIL_1", 31, MatchKind::Prefix);
    EXPECT_FINDS("100%ハイツ_A", 31, MatchKind::Address);
    EXPECT_FINDS("おおにし", 31, MatchKind::Exact); // 通称
    QSqlQuery q(db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM persons")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 25);
}

TEST_P(Search, SupportMeasuresAreMarked)
{
    auto level = [&](const QString& query) {
        const QList<SearchResult> r = find(query);
        return r.isEmpty() ? std::nullopt : std::optional(r.first().supportMeasure);
    };
    EXPECT_EQ(level(atena(2)), registry::SupportLevel::Error); // error + alert: the stronger
    EXPECT_EQ(level(atena(3)), registry::SupportLevel::Alert); // provisional counts
    EXPECT_EQ(level(atena(4)), registry::SupportLevel::None); // expired
    EXPECT_EQ(level(atena(1)), registry::SupportLevel::None);
}

TEST_P(Search, AnUnreadableMeasurePeriodStillMarksThePerson)
{
    // Fail closed, like the profile: a damaged end date must not lift the
    // protection (COUNTER-DOMAIN §6), nor may an unknown level weaken it.
    ASSERT_EQ(find(atena(1)).first().supportMeasure, registry::SupportLevel::None);
    run(*db,
        QStringLiteral("INSERT INTO support_measures (person_id, level, provisional, starts_on, "
                       "ends_on) VALUES (?, 'alert', 0, '2020-01-01', '')"),
        {1});
    EXPECT_EQ(find(atena(1)).first().supportMeasure, registry::SupportLevel::Alert);
}

TEST_P(Search, RemovedResidentsAreNotFound)
{
    EXPECT_TRUE(atenas(QStringLiteral("消除")).isEmpty());
    EXPECT_TRUE(atenas(atena(20)).isEmpty());
}

TEST_P(Search, ResultsCarryTheHousehold)
{
    const QList<SearchResult> r = find(QStringLiteral("たかはし なおこ"));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r.at(0).setaiNo, setai(1));
    EXPECT_EQ(r.at(0).headName, QStringLiteral("高橋 一郎"));
    EXPECT_EQ(r.at(0).katagaki, QStringLiteral("メゾン桜台203号室"));
    EXPECT_EQ(r.at(0).age, 48);
    const QList<SearchResult> old = find(QStringLiteral("おおの"));
    ASSERT_EQ(old.size(), 1);
    EXPECT_EQ(old.at(0).birthDate, QStringLiteral("1940")); // year only: the storage form
    EXPECT_EQ(old.at(0).age, std::nullopt);
}

TEST_P(Search, LimitCaps)
{
    EXPECT_EQ(find(QStringLiteral("た"), 1).size(), 1);
    EXPECT_LE(find(QStringLiteral("東京都")).size(), 20);
}

TEST_P(Search, ReindexFollowsChanges)
{
    addPerson(*db, named(40, QStringLiteral("新井 一"), QStringLiteral("アライ ハジメ")));
    EXPECT_TRUE(atenas(QStringLiteral("あらい")).isEmpty());
    ASSERT_TRUE(registry::reindexPersons(*db, {40}).ok());
    EXPECT_EQ(atenas(QStringLiteral("あらい")), QStringList{atena(40)});
    run(*db, QStringLiteral("UPDATE persons SET name_kanji = ?, name_kana = ? WHERE id = ?"),
        {QStringLiteral("石井 一"), QStringLiteral("イシイ ハジメ"), 40});
    run(*db, QStringLiteral("UPDATE households SET address = ? WHERE id = ?"),
        {QStringLiteral("東京都みどり野市新田99番地"), 40});
    ASSERT_TRUE(registry::reindexPersons(*db, {40}).ok());
    EXPECT_TRUE(atenas(QStringLiteral("あらい")).isEmpty());
    EXPECT_EQ(atenas(QStringLiteral("いしい")), QStringList{atena(40)});
    EXPECT_EQ(atenas(QStringLiteral("新田99")), QStringList{atena(40)});
    run(*db, QStringLiteral("UPDATE persons SET status = 'removed' WHERE id = ?"), {40});
    ASSERT_TRUE(registry::reindexPersons(*db, {40}).ok());
    EXPECT_TRUE(atenas(QStringLiteral("いしい")).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Engines, Search, testing::kBothEngines, testing::EngineParamName());

} // namespace
} // namespace madoguchi::searchtest
