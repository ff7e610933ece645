#include "homepage.h"
#include "mainwindow.h"
#include "registerfixture.h"
#include "scopedtranslation.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QLabel>
#include <gtest/gtest.h>

using namespace madoguchi;
using madoguchi::testing::TestDatabase;
namespace fixture = madoguchi::testing;

namespace {

QString labelText(const QWidget& root, const char* objectName)
{
    auto* label = root.findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text()
                 : QStringLiteral("<no label %1>").arg(QString::fromLatin1(objectName));
}

bool labelShown(const QWidget& root, const char* objectName)
{
    auto* label = root.findChild<QLabel*>(QString::fromLatin1(objectName));
    return label && label->isVisibleTo(&root);
}

TEST(HomePage, ShowsTheCityAndCountsFromTheDatabase)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    fixture::fillSmallRegister(*db);
    ui::MainWindow window(std::move(db), QStringLiteral("ja"));

    EXPECT_EQ(labelText(window, "cityName"), QStringLiteral("北海道 北見市"));
    EXPECT_TRUE(labelText(window, "cityCode").contains(QStringLiteral("012084")));
    EXPECT_EQ(labelText(window, "residentCount"), QStringLiteral("3"));
    EXPECT_EQ(labelText(window, "householdCount"), QStringLiteral("1"));
    EXPECT_TRUE(labelShown(window, "demoBanner"));
    EXPECT_FALSE(labelShown(window, "summaryError"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("北見市")));
}

TEST(HomePage, EmptyDatabaseShowsZerosAndSaysNoCityIsSet)
{
    fixture::ScopedTranslation ja(QStringLiteral("ja"));
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    ui::MainWindow window(std::move(db), QStringLiteral("ja"));

    EXPECT_EQ(labelText(window, "residentCount"), QStringLiteral("0"));
    EXPECT_EQ(labelText(window, "householdCount"), QStringLiteral("0"));
    EXPECT_FALSE(labelShown(window, "demoBanner"));
    EXPECT_FALSE(labelShown(window, "cityCode"));
    EXPECT_EQ(labelText(window, "residentCountCaption"), QStringLiteral("住民数"));
    EXPECT_EQ(labelText(window, "householdCountCaption"), QStringLiteral("世帯数"));
    EXPECT_FALSE(labelText(window, "cityName").isEmpty());
}

TEST(HomePage, RefreshReadsNewRows)
{
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    ui::MainWindow window(std::move(db), QStringLiteral("en"));
    EXPECT_EQ(labelText(window, "residentCount"), QStringLiteral("0"));

    const qint64 household = fixture::addHousehold(
        window.database(), QStringLiteral("10000032"), QStringLiteral("北見市泉町1丁目"));
    fixture::addPerson(window.database(), household, QStringLiteral("200000057"),
        QStringLiteral("世帯主"), QStringLiteral("鈴木 一"), QStringLiteral("スズキ ハジメ"));
    window.refresh();
    EXPECT_EQ(labelText(window, "residentCount"), QStringLiteral("1"));
    EXPECT_EQ(labelText(window, "householdCount"), QStringLiteral("1"));
}

TEST(HomePage, AnErrorReplacesTheNumbers)
{
    ui::HomePage page;
    registry::RegisterSummary summary;
    summary.residents = 12;
    page.showSummary(summary);
    EXPECT_EQ(labelText(page, "residentCount"), QStringLiteral("12"));
    page.showError(QStringLiteral("the table persons is missing"));
    EXPECT_NE(labelText(page, "residentCount"), QStringLiteral("12"));
    EXPECT_TRUE(labelShown(page, "summaryError"));
    EXPECT_TRUE(
        labelText(page, "summaryError").contains(QStringLiteral("the table persons is missing")));
}

} // namespace
