// Smoke tests of the real `madoguchi` binary (STYLE.md habit 10).
#include "deskprocess.h"
#include "support/qtprinters.h"

#include <QDir>
#include <QFile>
#include <QSize>
#include <QtEndian>
#include <csignal>
#include <gtest/gtest.h>

using madoguchi::testing::DeskProcess;

namespace {

constexpr int kStartMs = 30000;
constexpr int kQuitMs = 5000;

// Width and height from a PNG's IHDR chunk, without linking QtGui.
QSize pngSize(const QString& file)
{
    QFile png(file);
    if (!png.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = png.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    return QSize(qFromBigEndian<qint32>(head.constData() + 16),
        qFromBigEndian<qint32>(head.constData() + 20));
}

void expectCleanQuitOn(int signalNumber)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("smoke.sqlite"));
    desk.start({QStringLiteral("--db"), db});
    ASSERT_TRUE(desk.waitForLine("madoguchi: ready", kStartMs))
        << "no 'madoguchi: ready'; stdout: " << desk.out().toStdString()
        << "\nstderr: " << desk.err().toStdString();
    ASSERT_EQ(::kill(static_cast<pid_t>(desk.process().processId()), signalNumber), 0);
    ASSERT_TRUE(desk.finish(kQuitMs))
        << "still running " << kQuitMs << " ms after signal " << signalNumber;
    EXPECT_TRUE(desk.exitedNormally()) << "stderr: " << desk.err().toStdString();
    EXPECT_EQ(desk.exitCode(), 0) << "stderr: " << desk.err().toStdString();
    EXPECT_TRUE(QFile::exists(db));
}

TEST(DeskSmoke, StartsOffscreenAndQuitsCleanlyOnSigterm)
{
    expectCleanQuitOn(SIGTERM);
}

TEST(DeskSmoke, QuitsCleanlyOnSigint)
{
    expectCleanQuitOn(SIGINT);
}

TEST(DeskSmoke, WithoutDbUsesTheFileInTheDataFolder)
{
    DeskProcess desk;
    desk.start({});
    ASSERT_TRUE(desk.waitForLine("madoguchi: ready", kStartMs)) << desk.err().toStdString();
    desk.process().terminate();
    ASSERT_TRUE(desk.finish(kQuitMs));
    EXPECT_EQ(desk.exitCode(), 0);
    EXPECT_TRUE(QFile::exists(desk.path(QStringLiteral("data/madoguchi/madoguchi.sqlite"))));
}

TEST(DeskSmoke, ScreenshotWritesAPngOfTheFixedSize)
{
    DeskProcess desk;
    const QString png = desk.path(QStringLiteral("shot.png"));
    ASSERT_TRUE(desk.run({QStringLiteral("--db"), desk.path(QStringLiteral("shot.sqlite")),
        QStringLiteral("--screenshot"), png}));
    EXPECT_EQ(desk.exitCode(), 0) << desk.err().toStdString();
    EXPECT_EQ(pngSize(png), QSize(1280, 800));
}

TEST(DeskSmoke, ScreenshotNeedsNoDisplayAtAll)
{
    DeskProcess desk;
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        desk.environment().remove(QString::fromLatin1(name));
    const QString png = desk.path(QStringLiteral("headless.png"));
    ASSERT_TRUE(desk.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
        desk.path(QStringLiteral("h.sqlite")), QStringLiteral("--screenshot"), png}));
    EXPECT_EQ(desk.exitCode(), 0) << desk.err().toStdString();
    EXPECT_EQ(pngSize(png), QSize(1280, 800));
}

TEST(DeskSmoke, ScreenshotToAnUnwritablePlaceFailsWithAMessage)
{
    DeskProcess desk;
    const QString png = desk.path(QStringLiteral("no/such/folder/shot.png"));
    ASSERT_TRUE(desk.run({QStringLiteral("--db"), desk.path(QStringLiteral("s.sqlite")),
        QStringLiteral("--screenshot"), png}));
    EXPECT_NE(desk.exitCode(), 0);
    EXPECT_TRUE(desk.err().contains(png)) << desk.err().toStdString();
    EXPECT_FALSE(QFile::exists(png));
}

TEST(DeskSmoke, ScreenshotOfADatabaseThatCannotOpenFailsWithTheReason)
{
    DeskProcess desk;
    const QString folder = desk.path(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(desk.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
        folder, QStringLiteral("--screenshot"), desk.path(QStringLiteral("x.png"))}));
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_TRUE(desk.err().contains(folder)) << desk.err().toStdString();
    EXPECT_FALSE(QFile::exists(desk.path(QStringLiteral("x.png"))));
}

TEST(DeskSmoke, WithoutADisplayExplainsHowToRunIt)
{
    DeskProcess desk;
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        desk.environment().remove(QString::fromLatin1(name));
    ASSERT_TRUE(desk.run({QStringLiteral("--db"), desk.path(QStringLiteral("d.sqlite"))}));
    EXPECT_TRUE(desk.exitedNormally())
        << "Qt aborted instead of explaining: " << desk.err().toStdString();
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_TRUE(desk.err().contains(QStringLiteral("xvfb-run -a madoguchi")))
        << desk.err().toStdString();
    EXPECT_TRUE(desk.err().contains(QStringLiteral("--screenshot"))) << desk.err().toStdString();
    EXPECT_FALSE(QFile::exists(desk.path(QStringLiteral("d.sqlite"))));
}

TEST(DeskSmoke, HelpNamesTheDefaultDatabaseAndNeedsNoDisplay)
{
    DeskProcess desk;
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        desk.environment().remove(QString::fromLatin1(name));
    ASSERT_TRUE(desk.run({QStringLiteral("--help")}));
    EXPECT_EQ(desk.exitCode(), 0) << desk.err().toStdString();
    const QString help = desk.out();
    EXPECT_TRUE(help.contains(desk.path(QStringLiteral("data/madoguchi/madoguchi.sqlite"))))
        << help.toStdString();
    for (const char* option : {"--db", "--lang", "--screenshot", "--version"})
        EXPECT_TRUE(help.contains(QString::fromLatin1(option))) << option;
}

TEST(DeskSmoke, HelpShowsTheDatabaseSettingWithoutItsPassword)
{
    DeskProcess desk;
    const QString config = desk.path(QStringLiteral("config/madoguchi"));
    ASSERT_TRUE(QDir().mkpath(config));
    QFile conf(config + QStringLiteral("/madoguchi.conf"));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[database]\nlocation=postgresql://clerk:hunter2@db.example:5433/madoguchi\n");
    conf.close();
    ASSERT_TRUE(
        desk.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}));
    EXPECT_EQ(desk.exitCode(), 0);
    EXPECT_TRUE(desk.out().contains(QStringLiteral("postgresql://clerk@db.example:5433/madoguchi")))
        << desk.out().toStdString();
    EXPECT_FALSE(desk.out().contains(QStringLiteral("hunter2")));
}

TEST(DeskSmoke, VersionPrintsTheVersion)
{
    DeskProcess desk;
    ASSERT_TRUE(desk.run({QStringLiteral("--version")}));
    EXPECT_EQ(desk.exitCode(), 0);
    EXPECT_EQ(desk.out(), QStringLiteral("madoguchi " MADOGUCHI_VERSION "\n"));
}

TEST(DeskSmoke, WrongUsageExitsWithTwo)
{
    DeskProcess desk;
    ASSERT_TRUE(desk.run({QStringLiteral("--lang"), QStringLiteral("fr")}));
    EXPECT_EQ(desk.exitCode(), 2);
    EXPECT_TRUE(desk.err().contains(QStringLiteral("fr"))) << desk.err().toStdString();
    ASSERT_TRUE(desk.run({QStringLiteral("--no-such-option")}));
    EXPECT_EQ(desk.exitCode(), 2);
}

} // namespace
