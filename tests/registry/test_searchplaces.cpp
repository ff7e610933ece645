// Addresses in the search beyond a plain fragment, on both engines: former
// addresses (address_history) ranked after current ones, kept right when
// the history changes without a rebuild, with a birth date; and a name
// and a place in one query, either way round, from the name's side and
// (for a name too common to read whole) from the place's side.
#include "searchfixture.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

namespace madoguchi::searchtest {
namespace {

using registry::MatchKind;
using registry::SearchResult;

const QString kSakuradai = QStringLiteral("東京都みどり野市桜台三丁目12番3号");
const QString kAsahi = QStringLiteral("東京都みどり野市旭町一丁目4番");
const QString kOsaka = QStringLiteral("大阪府大阪市北区梅田二丁目7番");

class SearchPlaces : public ::testing::TestWithParam<storage::Engine> {
protected:
    void SetUp() override
    {
        db = testDb.open();
        ASSERT_TRUE(db);
        Person now = named(1, QStringLiteral("高橋 一郎"), QStringLiteral("タカハシ イチロウ"));
        now.address = kSakuradai;
        addPerson(*db, now);
        // Used to live in 桜台 (and, before that, in 大阪 with a 方書).
        Person moved = named(2, QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"));
        moved.address = kAsahi;
        moved.birth = QStringLiteral("1975-04-01");
        addPerson(*db, moved);
        addFormerAddress(*db, 2, kSakuradai);
        addFormerAddress(*db, 2, kOsaka, QStringLiteral("梅田ハイツ100%_A"));
        // Another 山田, in 旭町 since always; a removed former 桜台 resident.
        Person other = named(3, QStringLiteral("山田 花子"), QStringLiteral("ヤマダ ハナコ"));
        other.address = kAsahi;
        addPerson(*db, other);
        Person gone = named(4, QStringLiteral("佐藤 進"), QStringLiteral("サトウ ススム"));
        gone.extra = {{QStringLiteral("status"), QStringLiteral("removed")},
            {QStringLiteral("removed_on"), QStringLiteral("2020-01-01")}};
        addPerson(*db, gone);
        addFormerAddress(*db, 4, kSakuradai);
        rebuild(*db);
        search = std::make_unique<registry::ResidentSearch>(*db, clock);
    }

    QList<std::pair<QString, MatchKind>> find(const QString& query, int limit = 20)
    {
        auto r = search->search(query, actor(), limit);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        QList<std::pair<QString, MatchKind>> found;
        if (r.ok())
            for (const SearchResult& s : r.value())
                found.append({s.atenaNo, s.match});
        return found;
    }
    static QList<std::pair<QString, MatchKind>> results(
        std::initializer_list<std::pair<int, MatchKind>> expected)
    {
        QList<std::pair<QString, MatchKind>> list;
        for (auto [id, kind] : expected)
            list.append({atena(id), kind});
        return list;
    }

    testing::TestDatabase testDb{GetParam()};
    std::unique_ptr<storage::Database> db;
    FixedClock clock{QDateTime(kToday, QTime(10, 0))};
    std::unique_ptr<registry::ResidentSearch> search;
};

TEST_P(SearchPlaces, FormerAddressesComeAfterCurrentOnes)
{
    EXPECT_EQ(find(QStringLiteral("桜台三丁目")),
        results({{1, MatchKind::Address}, {2, MatchKind::FormerAddress}}));
    EXPECT_EQ(find(QStringLiteral("梅田")), results({{2, MatchKind::FormerAddress}}));
    EXPECT_EQ(find(QStringLiteral("梅")), results({{2, MatchKind::FormerAddress}})); // 1 character
    EXPECT_EQ(find(QStringLiteral("ハイツ100%_A")), results({{2, MatchKind::FormerAddress}}));
    EXPECT_TRUE(find(QStringLiteral("100%_B")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("桜台"), 1), results({{1, MatchKind::Address}}));
}

TEST_P(SearchPlaces, FormerAddressesFollowTheHistoryWithoutARebuild)
{
    addFormerAddress(*db, 3, kOsaka);
    EXPECT_EQ(find(QStringLiteral("大阪市北区")), results({{2, MatchKind::FormerAddress}}));
    ASSERT_TRUE(registry::reindexPersons(*db, {3}).ok());
    EXPECT_EQ(find(QStringLiteral("大阪市北区")),
        results({{2, MatchKind::FormerAddress}, {3, MatchKind::FormerAddress}}));
    // A history row corrected away: the index still proposes 2, the
    // history says no.
    run(*db, QStringLiteral("DELETE FROM address_history WHERE person_id = ? AND address = ?"),
        {2, kOsaka});
    EXPECT_EQ(find(QStringLiteral("大阪市北区")), results({{3, MatchKind::FormerAddress}}));
}

TEST_P(SearchPlaces, ABirthDateWithAFormerAddress)
{
    EXPECT_EQ(find(QStringLiteral("S50.4.1 桜台")), results({{2, MatchKind::FormerAddress}}));
    EXPECT_EQ(find(QStringLiteral("S50.4.1 旭町")), results({{2, MatchKind::Address}}));
    EXPECT_TRUE(find(QStringLiteral("S50.4.1 梅田ハイツ200")).isEmpty());
}

TEST_P(SearchPlaces, ANameAndAPlaceEitherWayRound)
{
    EXPECT_EQ(find(QStringLiteral("山田 桜台")), results({{2, MatchKind::Exact}}));
    EXPECT_EQ(find(QStringLiteral("旭町 やまだ")),
        results({{2, MatchKind::Exact}, {3, MatchKind::Exact}}));
    EXPECT_EQ(find(QStringLiteral("やまだ はなこ 旭町一丁目")), results({{3, MatchKind::Exact}}));
    EXPECT_EQ(find(QStringLiteral("たかは 桜台")), results({{1, MatchKind::Prefix}}));
    EXPECT_EQ(find(QStringLiteral("髙橋 桜台")), results({{1, MatchKind::Folded}}));
    EXPECT_TRUE(find(QStringLiteral("高橋 旭町")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("佐藤 桜台")).isEmpty()); // removed
}

TEST_P(SearchPlaces, ACommonNameIsReadFromThePlacesSide)
{
    // More 山田 than one side reads whole: only the place can narrow them.
    constexpr int kMany = 2'100;
    for (int id = 100; id < 100 + kMany; ++id) {
        Person p = named(id, QStringLiteral("山田 太一"), QStringLiteral("ヤマダ タイチ"));
        p.address = QStringLiteral("東京都みどり野市本町%1番").arg(id);
        addPerson(*db, p);
    }
    rebuild(*db);
    EXPECT_EQ(find(QStringLiteral("山田 桜台")), results({{2, MatchKind::Exact}}));
    EXPECT_EQ(find(QStringLiteral("やまだ 本町2150番")), results({{2150, MatchKind::Exact}}));
}

INSTANTIATE_TEST_SUITE_P(Engines, SearchPlaces, testing::kBothEngines, testing::EngineParamName());

} // namespace
} // namespace madoguchi::searchtest
