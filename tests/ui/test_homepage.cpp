#include "homepage.h"
#include "mainwindow.h"
#include "registerfixture.h"
#include "scopedtranslation.h"
#include "support/qtprinters.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>
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

namespace {

// The desk shows the catalog it loaded at start, per life event (docs/catalog.md).
TEST(HomePageCatalog, ShowsTheBuiltInCatalogByLifeEvent)
{
    qunsetenv("MADOGUCHI_CATALOG");
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    ui::MainWindow window(std::move(db), QStringLiteral("ja"));
    auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("catalogTree"));
    ASSERT_TRUE(tree);
    ASSERT_EQ(tree->topLevelItemCount(), 6);
    QTreeWidgetItem* tennyu = tree->topLevelItem(0);
    EXPECT_EQ(tennyu->text(1), QStringLiteral("tennyu"));
    QStringList ids;
    for (int i = 0; i < tennyu->childCount(); ++i)
        ids << tennyu->child(i)->text(1);
    EXPECT_TRUE(ids.contains(QStringLiteral("tennyu.todoke")));
    EXPECT_TRUE(ids.contains(QStringLiteral("kokuho.kanyu")));
    EXPECT_EQ(ids.count(QStringLiteral("jidouteate.nintei")), 1); // the version in force
    EXPECT_FALSE(labelShown(window, "catalogProblems"));
}

TEST(HomePageCatalog, ABrokenCatalogIsNotUsedAndItsProblemsAreShown)
{
    QTemporaryDir dir;
    QFile events(dir.filePath(QStringLiteral("events.json")));
    ASSERT_TRUE(events.open(QIODevice::WriteOnly));
    events.write("{ not json");
    events.close();
    qputenv("MADOGUCHI_CATALOG", dir.path().toUtf8());
    TestDatabase test(storage::Engine::Sqlite);
    auto db = test.open();
    ASSERT_TRUE(db);
    ui::MainWindow window(std::move(db), QStringLiteral("ja"));
    qunsetenv("MADOGUCHI_CATALOG");
    EXPECT_TRUE(labelShown(window, "catalogProblems"));
    EXPECT_TRUE(labelText(window, "catalogProblems").contains(QStringLiteral("events.json")));
    auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("catalogTree"));
    ASSERT_TRUE(tree);
    EXPECT_EQ(tree->topLevelItemCount(), 0);
}

} // namespace
