// Smoke tests of the real `madoguchi` binary (STYLE.md habit 10).
#include "deskprocess.h"
#include "security/staffdirectory.h"
#include "storage/database.h"
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

const QString kStaff = QStringLiteral("smoke-clerk");
const QByteArray kPassword = "smoke-password-1";

// A database at `location` with one clerk account (kStaff, kPassword).
void createDatabaseWithClerk(const QString& location)
{
    auto db = madoguchi::storage::Database::open(location);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    madoguchi::security::StaffDirectory directory(*db.value());
    const auto added = directory.add(
        kStaff, madoguchi::security::Role::Clerk, QStringLiteral("本庁"), kPassword);
    ASSERT_TRUE(added) << added.error().message.toStdString();
}

// Starts the desk logged in as kStaff: --staff, and the password on stdin.
void startLoggedIn(DeskProcess& desk, QStringList arguments, const QByteArray& password = kPassword)
{
    arguments << QStringLiteral("--staff") << kStaff;
    desk.start(arguments);
    desk.process().write(password + '\n');
    desk.process().closeWriteChannel();
}

void expectCleanQuitOn(int signalNumber)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("smoke.sqlite"));
    createDatabaseWithClerk(db);
    startLoggedIn(desk, {QStringLiteral("--db"), db});
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

TEST(DeskSmoke, WithoutCredentialsTheLoginDialogComesFirstAndSigtermQuits)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("login.sqlite"));
    createDatabaseWithClerk(db);
    desk.start({QStringLiteral("--db"), db});
    ASSERT_TRUE(desk.waitForLine("madoguchi: login", kStartMs)) << desk.err().toStdString();
    EXPECT_FALSE(desk.out().contains(QStringLiteral("madoguchi: ready")));
    desk.process().terminate();
    ASSERT_TRUE(desk.finish(kQuitMs));
    EXPECT_TRUE(desk.exitedNormally());
    EXPECT_EQ(desk.exitCode(), 0) << desk.err().toStdString();
}

TEST(DeskSmoke, StaffWithAWrongPasswordIsRefusedWithLoginsMessage)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("wrong.sqlite"));
    createDatabaseWithClerk(db);
    startLoggedIn(desk,
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db},
        "not-the-password");
    ASSERT_TRUE(desk.finish(kStartMs));
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_TRUE(desk.err().contains(QStringLiteral("wrong staff id or password")))
        << desk.err().toStdString();
    EXPECT_FALSE(desk.out().contains(QStringLiteral("madoguchi: ready")));
}

TEST(DeskSmoke, StaffWithoutAPasswordOnStdinIsRefused)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("nopw.sqlite"));
    createDatabaseWithClerk(db);
    desk.start({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
        QStringLiteral("--staff"), kStaff});
    desk.process().closeWriteChannel();
    ASSERT_TRUE(desk.finish(kStartMs));
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_TRUE(desk.err().contains(QStringLiteral("standard input"))) << desk.err().toStdString();
}

TEST(DeskSmoke, LocksAfterTheIdleInterval)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("idle.sqlite"));
    createDatabaseWithClerk(db);
    startLoggedIn(
        desk, {QStringLiteral("--db"), db, QStringLiteral("--idle-lock"), QStringLiteral("1")});
    ASSERT_TRUE(desk.waitForLine("madoguchi: ready", kStartMs)) << desk.err().toStdString();
    ASSERT_TRUE(desk.waitForLine("madoguchi: locked", kStartMs)) << desk.err().toStdString();
    desk.process().terminate();
    ASSERT_TRUE(desk.finish(kQuitMs));
    EXPECT_EQ(desk.exitCode(), 0) << desk.err().toStdString();
}

TEST(DeskSmoke, WithoutDbUsesTheFileInTheDataFolder)
{
    DeskProcess desk;
    desk.start({});
    ASSERT_TRUE(desk.waitForLine("madoguchi: login", kStartMs)) << desk.err().toStdString();
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

TEST(DeskSmoke, ScreenshotWithStaffLogsInAndDrawsTheMainWindow)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("staff.sqlite"));
    createDatabaseWithClerk(db);
    const QString png = desk.path(QStringLiteral("main.png"));
    startLoggedIn(desk, {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png});
    ASSERT_TRUE(desk.finish(kStartMs));
    EXPECT_EQ(desk.exitCode(), 0) << desk.err().toStdString();
    EXPECT_EQ(pngSize(png), QSize(1280, 800));
}

TEST(DeskSmoke, ScreenshotWithAWrongPasswordDrawsNothing)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("staff.sqlite"));
    createDatabaseWithClerk(db);
    const QString png = desk.path(QStringLiteral("main.png"));
    startLoggedIn(desk,
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
            QStringLiteral("--screenshot"), png},
        "wrong-password");
    ASSERT_TRUE(desk.finish(kStartMs));
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_TRUE(desk.err().contains(QStringLiteral("wrong staff id or password")))
        << desk.err().toStdString();
    EXPECT_FALSE(QFile::exists(png));
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
    for (const char* option :
        {"--db", "--lang", "--screenshot", "--staff", "--idle-lock", "--version"})
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
