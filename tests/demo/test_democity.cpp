// The demo city on both engines: what `demo seed` writes must be a valid,
// consistent register, the same for the same seed, and nothing at all when
// the register is not empty.
#include "demo/democity.h"
#include "demo/entitlementrules.h"
#include "demo/namedata.h"
#include "demotestsupport.h"
#include "storage/sqlerror.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"
#include "text/checkdigits.h"
#include "text/japanesedate.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>
#include <map>
#include <memory>

using namespace madoguchi;
using namespace madoguchi::demotest;
using madoguchi::storage::Engine;
using madoguchi::testing::TestDatabase;

namespace {

struct SeededCity {
    std::unique_ptr<TestDatabase> testDb;
    std::unique_ptr<storage::Database> db;
    demo::DemoSummary summary;
    QString error;
};

// One seeded city per engine, shared by the read-only tests below.
std::map<Engine, SeededCity>& cities()
{
    static std::map<Engine, SeededCity> seeded;
    return seeded;
}

class DemoCityTest : public ::testing::TestWithParam<Engine> {
protected:
    static void TearDownTestSuite() { cities().clear(); }

    SeededCity& city()
    {
        SeededCity& c = cities()[GetParam()];
        if (!c.testDb) {
            c.testDb = std::make_unique<TestDatabase>(GetParam());
            c.db = c.testDb->open();
            if (!c.db) {
                c.error = QStringLiteral("no database");
                return c;
            }
            auto result = demo::seedDemoCity(*c.db, options());
            if (result)
                c.summary = result.value();
            else
                c.error = result.error().message;
        }
        return c;
    }

    storage::Database* db()
    {
        SeededCity& c = city();
        EXPECT_TRUE(c.error.isEmpty()) << c.error.toStdString();
        return c.error.isEmpty() ? c.db.get() : nullptr;
    }

    // Persons with their entitlements, by id.
    QMap<qint64, Row> persons()
    {
        QMap<qint64, Row> byId;
        for (const Row& r : readRows(*db(),
                 QStringLiteral(
                     "SELECT p.*, e.insurance, e.insurance_since, e.kaigo, e.kaigo_care_level, "
                     "e.nenkin_category, e.jidou_teate_recipient, e.jidou_teate_since, "
                     "e.mynumber_card, "
                     "e.mynumber_card_expiry, e.disability_certificate, e.child_medical, "
                     "e.single_parent_medical, e.seal_registered "
                     "FROM persons p JOIN entitlements e ON e.person_id = p.id ORDER BY p.id")))
            byId.insert(r.value(QStringLiteral("id")).toLongLong(), r);
        return byId;
    }

    QMap<qint64, QList<Row>> byHousehold()
    {
        QMap<qint64, QList<Row>> members;
        const QMap<qint64, Row> all = persons();
        for (const Row& r : all)
            members[r.value(QStringLiteral("household_id")).toLongLong()].append(r);
        return members;
    }
};

QString str(const Row& r, const char* column)
{
    return r.value(QLatin1String(column)).toString();
}
bool isNull(const Row& r, const char* column)
{
    return r.value(QLatin1String(column)).isNull();
}
int age(const Row& r)
{
    return ageOn(str(r, "birth_date"), kAsOf).value_or(-1);
}
bool isChild(const Row& r)
{
    const QDate birth = date(r.value(QStringLiteral("birth_date")));
    return birth.isValid() && kAsOf <= demo::EntitlementRules::childSupportEnds(birth);
}

} // namespace

TEST_P(DemoCityTest, WritesExactlyTheRequestedResidentsAndTheMetaRows)
{
    storage::Database* d = db();
    ASSERT_TRUE(d);
    const demo::DemoSummary& s = city().summary;
    EXPECT_EQ(s.residents, kResidents);
    EXPECT_EQ(
        scalar(*d, QStringLiteral("SELECT COUNT(*) FROM persons")), QString::number(kResidents));
    EXPECT_EQ(scalar(*d, QStringLiteral("SELECT COUNT(*) FROM entitlements")),
        QString::number(kResidents));
    EXPECT_EQ(scalar(*d, QStringLiteral("SELECT COUNT(*) FROM households")),
        QString::number(s.households));
    EXPECT_EQ(scalar(*d, QStringLiteral("SELECT COUNT(*) FROM support_measures")),
        QString::number(s.supportMeasures));
    EXPECT_EQ(
        scalar(*d, QStringLiteral("SELECT COUNT(*) FROM persons WHERE nationality IS NOT NULL")),
        QString::number(s.foreignResidents));
    auto meta = [&](const char* key) {
        auto query = storage::exec(d->sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
            {QString::fromLatin1(key)});
        return query && query->next() ? query->value(0).toString() : QStringLiteral("<missing>");
    };
    EXPECT_EQ(meta("city_name"), QStringLiteral("みどり野市"));
    EXPECT_EQ(meta("prefecture"), QStringLiteral("東京都"));
    EXPECT_EQ(meta("city_code"), s.cityCode);
    EXPECT_TRUE(text::validateLocalGovernmentCode(meta("city_code")));
    EXPECT_EQ(meta("demo"), QStringLiteral("1"));
    EXPECT_EQ(meta("demo_seed"), QString::number(kSeed));
    EXPECT_EQ(meta("demo_residents"), QString::number(kResidents));
    EXPECT_EQ(meta("demo_as_of"), QStringLiteral("2026-11-26"));
}

TEST_P(DemoCityTest, EveryNumberHasAValidCheckDigitAndIsUnique)
{
    ASSERT_TRUE(db());
    QSet<QString> atena, myNumbers, residentCodes, cards;
    for (const Row& p : persons()) {
        EXPECT_TRUE(text::validateAtenaNumber(str(p, "atena_no")))
            << str(p, "atena_no").toStdString();
        EXPECT_TRUE(text::validateMyNumber(str(p, "my_number")))
            << str(p, "my_number").toStdString();
        const QString code = str(p, "resident_code");
        ASSERT_EQ(code.size(), 11);
        EXPECT_EQ(text::mod11CheckDigit(QStringView(code).left(10)), code.back().digitValue());
        atena << str(p, "atena_no");
        myNumbers << str(p, "my_number");
        residentCodes << code;
        if (!isNull(p, "residence_card_no"))
            cards << str(p, "residence_card_no");
    }
    EXPECT_EQ(atena.size(), kResidents);
    EXPECT_EQ(myNumbers.size(), kResidents);
    EXPECT_EQ(residentCodes.size(), kResidents);
    EXPECT_EQ(cards.size(), city().summary.foreignResidents);
    QSet<QString> setai;
    for (const Row& h : readRows(*db(), QStringLiteral("SELECT setai_no FROM households"))) {
        EXPECT_TRUE(text::validateSetaiNumber(str(h, "setai_no")))
            << str(h, "setai_no").toStdString();
        setai << str(h, "setai_no");
    }
    EXPECT_EQ(setai.size(), city().summary.households);
}

TEST_P(DemoCityTest, EachHouseholdHasOneHeadFirstAndAnAddressInTheCity)
{
    ASSERT_TRUE(db());
    const Result<demo::NameData> data = demo::NameData::load();
    ASSERT_TRUE(data);
    QHash<QString, QString> townByCode;
    for (const demo::Town& t : data->towns)
        townByCode.insert(t.oazaCode, t.name);
    const QMap<qint64, QList<Row>> households = byHousehold();
    const QList<Row> rows = readRows(*db(), QStringLiteral("SELECT * FROM households ORDER BY id"));
    ASSERT_EQ(households.size(), rows.size());
    static const QRegularExpression code(QStringLiteral("^13291[0-9]{6}$"));
    static const QRegularExpression postal(QStringLiteral("^[0-9]{7}$"));
    for (const Row& h : rows) {
        const QList<Row> members = households.value(h.value(QStringLiteral("id")).toLongLong());
        ASSERT_FALSE(members.isEmpty());
        int heads = 0;
        for (const Row& m : members)
            heads += str(m, "relationship") == QStringLiteral("世帯主");
        EXPECT_EQ(heads, 1);
        EXPECT_EQ(str(members.front(), "relationship"), QStringLiteral("世帯主"));
        EXPECT_GE(age(members.front()), 18) << str(members.front(), "name_kanji").toStdString();
        const QString addressCode = str(h, "address_code");
        EXPECT_TRUE(code.match(addressCode).hasMatch()) << addressCode.toStdString();
        EXPECT_TRUE(postal.match(str(h, "postal_code")).hasMatch());
        const QString address = str(h, "address");
        EXPECT_TRUE(address.startsWith(QStringLiteral("東京都みどり野市")))
            << address.toStdString();
        EXPECT_TRUE(address.contains(townByCode.value(addressCode.mid(5, 3), QStringLiteral("?"))))
            << address.toStdString();
        EXPECT_FALSE(isNull(h, "katagaki"));
        EXPECT_LE(date(h.value(QStringLiteral("formed_on"))), kAsOf);
        const int dogs = h.value(QStringLiteral("dogs")).toInt();
        EXPECT_TRUE(dogs >= 0 && dogs <= 2);
    }
    // A good share of households live in apartments (方書).
    const double withKatagaki
        = scalar(*db(), QStringLiteral("SELECT COUNT(*) FROM households WHERE katagaki <> ''"))
              .toDouble();
    EXPECT_GT(withKatagaki / double(rows.size()), 0.25);
}

TEST_P(DemoCityTest, NamesAreFamilySpaceGivenAndReadingsAreKatakana)
{
    ASSERT_TRUE(db());
    for (const Row& p : persons()) {
        const QString kanji = str(p, "name_kanji");
        EXPECT_EQ(kanji.count(QLatin1Char(' ')), 1) << kanji.toStdString();
        EXPECT_FALSE(kanji.startsWith(QLatin1Char(' ')) || kanji.endsWith(QLatin1Char(' ')));
        const QString kana = str(p, "name_kana");
        EXPECT_TRUE(demo::isKatakanaName(kana)) << kana.toStdString();
        EXPECT_EQ(kana.count(QLatin1Char(' ')), 1) << kana.toStdString();
        for (const char* column : {"kyuuji_kana", "tsusho_kana"})
            if (!isNull(p, column)) {
                EXPECT_TRUE(demo::isKatakanaName(str(p, column))) << str(p, column).toStdString();
            }
    }
    for (const Row& n : readRows(*db(), QStringLiteral("SELECT * FROM name_history")))
        EXPECT_TRUE(demo::isKatakanaName(str(n, "name_kana"))) << str(n, "name_kana").toStdString();
}

TEST_P(DemoCityTest, BirthDatesAreInTheStorageFormAndAgesArePlausible)
{
    ASSERT_TRUE(db());
    QMap<int, int> byAgeBand;
    for (const Row& p : persons()) {
        const QString birth = str(p, "birth_date");
        const auto parsed = text::JapaneseDate::fromStorageString(birth);
        EXPECT_TRUE(parsed) << birth.toStdString();
        const int a = age(p);
        if (a < 0)
            continue; // a partial (不詳) date
        EXPECT_LE(a, 105);
        byAgeBand[a >= 65 ? 2 : (a >= 15 ? 1 : 0)]++;
        const int sex = p.value(QStringLiteral("sex")).toInt();
        EXPECT_TRUE(sex == 1 || sex == 2);
        EXPECT_LE(date(p.value(QStringLiteral("became_resident_on"))), kAsOf);
        EXPECT_LE(date(p.value(QStringLiteral("moved_in_on"))), kAsOf);
        EXPECT_GE(date(p.value(QStringLiteral("became_resident_on"))),
            date(p.value(QStringLiteral("birth_date"))));
        EXPECT_GE(date(p.value(QStringLiteral("notified_on"))),
            date(p.value(QStringLiteral("moved_in_on"))));
    }
    // A pyramid like Japan's: about 11% children, 29% over 64.
    const double total = kResidents;
    EXPECT_NEAR(byAgeBand[0] / total, 0.12, 0.04);
    EXPECT_NEAR(byAgeBand[2] / total, 0.27, 0.06);
}

TEST_P(DemoCityTest, SpousesAndParentsHavePlausibleAges)
{
    ASSERT_TRUE(db());
    for (const QList<Row>& members : byHousehold()) {
        const Row& head = members.front();
        std::optional<Row> mother;
        for (const Row& m : members) {
            const QString rel = str(m, "relationship");
            if ((rel == QStringLiteral("妻") || rel == QStringLiteral("夫")) && age(head) >= 0
                && age(m) >= 0) {
                const int gap = std::abs(age(head) - age(m));
                EXPECT_LE(gap, 16) << str(head, "name_kanji").toStdString();
                mother = rel == QStringLiteral("妻") ? m : head;
            }
        }
        if (!mother)
            continue;
        const QDate motherBirth = date(mother->value(QStringLiteral("birth_date")));
        for (const Row& c : members) {
            if (str(c, "relationship") != QStringLiteral("子") || !motherBirth.isValid())
                continue;
            const auto at = ageOn(
                motherBirth.toString(Qt::ISODate), date(c.value(QStringLiteral("birth_date"))));
            ASSERT_TRUE(at.has_value());
            EXPECT_GE(*at, 20) << str(c, "name_kanji").toStdString();
            EXPECT_LE(*at, 45) << str(c, "name_kanji").toStdString();
        }
    }
}

TEST_P(DemoCityTest, TheHittoushaIsAJapaneseMemberOfTheHousehold)
{
    ASSERT_TRUE(db());
    for (const QList<Row>& members : byHousehold()) {
        QSet<QString> japanese;
        for (const Row& m : members)
            if (isNull(m, "nationality"))
                japanese << str(m, "name_kanji");
        for (const Row& m : members) {
            if (!isNull(m, "nationality"))
                continue;
            EXPECT_TRUE(japanese.contains(str(m, "hittousha")))
                << str(m, "name_kanji").toStdString();
            EXPECT_FALSE(str(m, "honseki").isEmpty());
        }
    }
}

TEST_P(DemoCityTest, InsuranceCareAndPensionFollowAgeAndHousehold)
{
    ASSERT_TRUE(db());
    const QMap<qint64, QList<Row>> households = byHousehold();
    static const QSet<QString> levels{QStringLiteral("要支援1"), QStringLiteral("要支援2"),
        QStringLiteral("要介護1"), QStringLiteral("要介護2"), QStringLiteral("要介護3"),
        QStringLiteral("要介護4"), QStringLiteral("要介護5")};
    int nenkin3 = 0;
    for (const QList<Row>& members : households) {
        // 生活保護 is granted to the whole household.
        int seiho = 0;
        for (const Row& m : members)
            seiho += str(m, "insurance") == QStringLiteral("seiho");
        EXPECT_TRUE(seiho == 0 || seiho == int(members.size()));

        for (const Row& p : members) {
            const int a = age(p);
            if (a < 0)
                continue;
            const QString insurance = str(p, "insurance");
            const QString kaigo = str(p, "kaigo");
            const QString nenkin = str(p, "nenkin_category");
            if (a >= 75) {
                EXPECT_TRUE(
                    insurance == QStringLiteral("kouki") || insurance == QStringLiteral("seiho"));
            }
            if (insurance == QStringLiteral("kouki")) {
                EXPECT_TRUE(a >= 75
                    || (a >= 65 && p.value(QStringLiteral("disability_certificate")).toInt() == 1));
            }
            if (a >= 65) {
                EXPECT_TRUE(
                    kaigo == QStringLiteral("insured") || kaigo == QStringLiteral("certified"));
            } else if (a >= 40) {
                EXPECT_TRUE(
                    kaigo == QStringLiteral("none") || kaigo == QStringLiteral("certified"));
            } else {
                EXPECT_EQ(kaigo, QStringLiteral("none"));
            }
            if (kaigo == QStringLiteral("certified")) {
                EXPECT_TRUE(levels.contains(str(p, "kaigo_care_level")))
                    << str(p, "kaigo_care_level").toStdString();
            } else {
                EXPECT_TRUE(isNull(p, "kaigo_care_level"));
            }

            if (a < 20) {
                EXPECT_EQ(nenkin, QStringLiteral("none"));
            } else if (a < 60) {
                EXPECT_TRUE(nenkin == QStringLiteral("1") || nenkin == QStringLiteral("2")
                    || nenkin == QStringLiteral("3"));
            } else if (a >= 65) {
                EXPECT_EQ(nenkin, QStringLiteral("recipient"));
            }
            if (nenkin == QStringLiteral("2")) {
                EXPECT_EQ(insurance, QStringLiteral("shaho"));
            }
            if (nenkin == QStringLiteral("3")) {
                // The dependent spouse of a category 2 insured.
                ++nenkin3;
                EXPECT_EQ(insurance, QStringLiteral("shaho"));
                const QString rel = str(p, "relationship");
                QStringList spouseRelations;
                if (rel == QStringLiteral("世帯主"))
                    spouseRelations = {
                        QStringLiteral("妻"), QStringLiteral("夫"), QStringLiteral("妻（未届）")};
                else if (rel == QStringLiteral("妻") || rel == QStringLiteral("夫")
                    || rel == QStringLiteral("妻（未届）"))
                    spouseRelations = {QStringLiteral("世帯主")};
                else if (rel == QStringLiteral("子の妻"))
                    spouseRelations = {QStringLiteral("子")};
                else if (rel == QStringLiteral("母"))
                    spouseRelations = {QStringLiteral("父")};
                else if (rel == QStringLiteral("父"))
                    spouseRelations = {QStringLiteral("母")};
                bool earner = false;
                for (const Row& s : members)
                    earner = earner
                        || (spouseRelations.contains(str(s, "relationship"))
                            && str(s, "nenkin_category") == QStringLiteral("2"));
                EXPECT_TRUE(earner) << str(p, "name_kanji").toStdString();
            }
            if (p.value(QStringLiteral("seal_registered")).toInt() == 1) {
                EXPECT_GE(a, 15);
            }
            if (p.value(QStringLiteral("mynumber_card")).toInt() == 1) {
                EXPECT_GE(date(p.value(QStringLiteral("mynumber_card_expiry"))), kAsOf);
            } else {
                EXPECT_TRUE(isNull(p, "mynumber_card_expiry"));
            }
        }
    }
    EXPECT_GT(nenkin3, 0);
}

TEST_P(DemoCityTest, ChildAllowanceAndChildMedicalGoWithChildren)
{
    ASSERT_TRUE(db());
    int recipients = 0;
    int cards = 0, disabled = 0, total = 0;
    for (const QList<Row>& members : byHousehold()) {
        bool hasChild = false;
        for (const Row& m : members)
            hasChild = hasChild || isChild(m);
        for (const Row& p : members) {
            ++total;
            cards += p.value(QStringLiteral("mynumber_card")).toInt();
            disabled += p.value(QStringLiteral("disability_certificate")).toInt();
            if (p.value(QStringLiteral("jidou_teate_recipient")).toInt() == 1) {
                ++recipients;
                EXPECT_TRUE(hasChild) << str(p, "name_kanji").toStdString();
                EXPECT_GE(age(p), 18);
                EXPECT_FALSE(isNull(p, "jidou_teate_since"));
            }
            if (p.value(QStringLiteral("child_medical")).toInt() == 1) {
                EXPECT_TRUE(isChild(p)) << str(p, "name_kanji").toStdString();
            }
        }
        // Children who live with a parent make that parent a recipient.
        bool childOfHead = false;
        for (const Row& m : members)
            childOfHead
                = childOfHead || (isChild(m) && str(m, "relationship") == QStringLiteral("子"));
        if (childOfHead) {
            int here = 0;
            for (const Row& m : members)
                here += m.value(QStringLiteral("jidou_teate_recipient")).toInt();
            EXPECT_GE(here, 1) << str(members.front(), "name_kanji").toStdString();
        }
    }
    EXPECT_GT(recipients, 0);
    EXPECT_NEAR(double(cards) / total, 0.75, 0.07);
    EXPECT_NEAR(double(disabled) / total, 0.04, 0.025);
}

TEST_P(DemoCityTest, ForeignResidentsHaveTheirResidenceData)
{
    ASSERT_TRUE(db());
    static const QRegularExpression card(QStringLiteral("^[A-Z]{2}[0-9]{8}[A-Z]{2}$"));
    int foreign = 0;
    QSet<QString> nationalities;
    for (const Row& p : persons()) {
        const bool isForeign = !isNull(p, "nationality");
        EXPECT_EQ(isForeign, !isNull(p, "residence_status"));
        EXPECT_EQ(isForeign, !isNull(p, "residence_card_no"));
        EXPECT_EQ(isForeign, !isNull(p, "alphabet_name"));
        EXPECT_EQ(isForeign, isNull(p, "honseki")); // 本籍 is for nationals
        if (!isForeign)
            continue;
        ++foreign;
        nationalities << str(p, "nationality");
        EXPECT_TRUE(card.match(str(p, "residence_card_no")).hasMatch())
            << str(p, "residence_card_no").toStdString();
        const QString status = str(p, "residence_status");
        if (status == QStringLiteral("永住者") || status == QStringLiteral("特別永住者")) {
            EXPECT_TRUE(isNull(p, "residence_expiry")) << status.toStdString();
        } else {
            EXPECT_GT(date(p.value(QStringLiteral("residence_expiry"))), kAsOf)
                << status.toStdString();
        }
        EXPECT_EQ(str(p, "alphabet_name"), str(p, "alphabet_name").toUpper());
    }
    EXPECT_NEAR(double(foreign) / kResidents, 0.025, 0.012);
    EXPECT_GE(nationalities.size(), 5);
}

TEST_P(DemoCityTest, SupportMeasuresHistoryAndPreviousAddressesAreConsistent)
{
    ASSERT_TRUE(db());
    const QMap<qint64, Row> all = persons();
    const QList<Row> measures = readRows(*db(), QStringLiteral("SELECT * FROM support_measures"));
    ASSERT_GE(measures.size(), 1);
    for (const Row& m : measures) {
        EXPECT_TRUE(all.contains(m.value(QStringLiteral("person_id")).toLongLong()));
        const QString level = str(m, "level");
        EXPECT_TRUE(level == QStringLiteral("alert") || level == QStringLiteral("error"));
        EXPECT_EQ(date(m.value(QStringLiteral("ends_on"))),
            date(m.value(QStringLiteral("starts_on"))).addYears(1).addDays(-1));
        EXPECT_LE(date(m.value(QStringLiteral("starts_on"))), kAsOf);
        EXPECT_FALSE(str(m, "restricted_party").isEmpty());
    }
    const QList<Row> names = readRows(*db(), QStringLiteral("SELECT * FROM name_history"));
    EXPECT_GT(names.size(), 0);
    for (const Row& n : names) {
        const Row p = all.value(n.value(QStringLiteral("person_id")).toLongLong());
        ASSERT_FALSE(p.isEmpty());
        EXPECT_NE(str(n, "name_kanji"), str(p, "name_kanji"));
        // The city knows only changes made while the person lived here.
        EXPECT_GE(date(n.value(QStringLiteral("until_on"))),
            date(p.value(QStringLiteral("became_resident_on"))));
    }
    QMultiHash<qint64, QString> history;
    for (const Row& a : readRows(*db(), QStringLiteral("SELECT * FROM address_history")))
        history.insert(a.value(QStringLiteral("person_id")).toLongLong(), str(a, "address"));
    int movedIn = 0;
    for (const Row& p : all) {
        if (isNull(p, "previous_address"))
            continue;
        ++movedIn;
        EXPECT_TRUE(history.values(p.value(QStringLiteral("id")).toLongLong())
                        .contains(str(p, "previous_address")));
        EXPECT_FALSE(str(p, "previous_address").startsWith(QStringLiteral("東京都みどり野市")));
    }
    EXPECT_GT(movedIn, kResidents / 4);
}

TEST_P(DemoCityTest, TheSameSeedGivesTheSameCityAndAnotherSeedAnother)
{
    storage::Database* first = db();
    ASSERT_TRUE(first);
    const QByteArray expected = dumpHash(*first);
    TestDatabase again(GetParam());
    auto second = again.open();
    ASSERT_TRUE(second);
    ASSERT_TRUE(demo::seedDemoCity(*second, options()));
    EXPECT_EQ(dumpHash(*second), expected);

    TestDatabase other(GetParam());
    auto third = other.open();
    ASSERT_TRUE(third);
    ASSERT_TRUE(demo::seedDemoCity(*third, options(kResidents, kSeed + 1)));
    EXPECT_NE(dumpHash(*third), expected);
}

TEST_P(DemoCityTest, ANonEmptyRegisterIsRefusedAndLeftAlone)
{
    storage::Database* d = db();
    ASSERT_TRUE(d);
    const QByteArray before = dumpHash(*d);
    const auto refused = demo::seedDemoCity(*d, options(100, 1));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already holds 2500 residents")))
        << refused.error().message.toStdString();
    EXPECT_EQ(dumpHash(*d), before);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, DemoCityTest, madoguchi::testing::kBothEngines, madoguchi::testing::EngineParamName());
