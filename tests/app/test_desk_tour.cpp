// The screenshot tour of the real `madoguchi` binary (issue #7 item 6): a
// small demo city, `--screenshots DIR --staff demo-clerk` with the password
// on stdin, and one PNG per step of the visit, each the size of the desk's
// screenshots and showing something.
#include "deskprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using madoguchi::testing::DeskProcess;

namespace {

constexpr int kTourMs = 120000;

const char* const kShots[] = {"01-login.png", "02-find.png", "03-resident.png", "04-event.png",
    "05-checklist.png", "05b-checklist-not-applicable.png", "06-interview.png", "07-review.png",
    "08-submit.png", "09-preentry.png", "10-certificate.png", "11-documents.png"};

// Seeds a demo city of `residents` at `db`; returns demo-clerk's password.
QByteArray seedDemoCity(const QString& db, int residents)
{
    QProcess cli;
    cli.start(QStringLiteral(MADOGUCHI_BINARY_DIR "/app/cli/madoguchi-cli"),
        {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--db"), db,
            QStringLiteral("--residents"), QString::number(residents)});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        ADD_FAILURE() << "demo seed failed: " << cli.readAllStandardError().toStdString();
        return {};
    }
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QRegularExpression line(QStringLiteral("demo-clerk .*password: (\\S+)"));
    const auto match = line.match(out);
    EXPECT_TRUE(match.hasMatch()) << out.toStdString();
    return match.captured(1).toUtf8();
}

// Distinct colours over a grid of samples: a blank or one-colour picture has one or two.
int coloursSampled(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

void runTour(DeskProcess& desk, const QStringList& arguments, const QByteArray& password)
{
    desk.start(arguments);
    desk.process().write(password + '\n');
    desk.process().closeWriteChannel();
    ASSERT_TRUE(desk.finish(kTourMs)) << "the tour did not end";
}

} // namespace

TEST(DeskTour, WritesOnePictureOfEachStepOfAVisit)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("demo.sqlite"));
    const QByteArray password = seedDemoCity(db, 300);
    ASSERT_FALSE(password.isEmpty());
    const QString dir = desk.path(QStringLiteral("shots/ja"));
    runTour(desk,
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ja"),
            QStringLiteral("--staff"), QStringLiteral("demo-clerk"),
            QStringLiteral("--screenshots"), dir},
        password);
    ASSERT_EQ(desk.exitCode(), 0) << desk.err().toStdString();
    for (const char* name : kShots) {
        const QString file = QDir(dir).filePath(QString::fromLatin1(name));
        EXPECT_TRUE(desk.out().contains(file)) << name;
        const QImage image(file);
        ASSERT_FALSE(image.isNull()) << name;
        EXPECT_EQ(image.size(), QSize(1280, 800)) << name;
        EXPECT_GT(coloursSampled(image), 8) << name << " looks blank";
    }
    EXPECT_TRUE(desk.out().contains(QStringLiteral("08-submit.png")));
}

TEST(DeskTour, NeedsAMemberOfStaff)
{
    DeskProcess desk;
    ASSERT_TRUE(desk.run({QStringLiteral("--db"), desk.path(QStringLiteral("x.sqlite")),
        QStringLiteral("--screenshots"), desk.path(QStringLiteral("shots"))}));
    EXPECT_EQ(desk.exitCode(), 2);
    EXPECT_TRUE(desk.err().contains(QStringLiteral("--staff"))) << desk.err().toStdString();
    EXPECT_FALSE(QDir(desk.path(QStringLiteral("shots"))).exists());
}

TEST(DeskTour, AFolderThatCannotBeWrittenIsRefusedBeforeTheLogin)
{
    DeskProcess desk;
    const QString file = desk.path(QStringLiteral("plain-file"));
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    runTour(desk,
        {QStringLiteral("--db"), desk.path(QStringLiteral("x.sqlite")), QStringLiteral("--staff"),
            QStringLiteral("demo-clerk"), QStringLiteral("--screenshots"), file + QStringLiteral("/sub")},
        "whatever");
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_TRUE(desk.err().contains(file)) << desk.err().toStdString();
}

TEST(DeskTour, AWrongPasswordDrawsNothing)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("demo.sqlite"));
    ASSERT_FALSE(seedDemoCity(db, 50).isEmpty());
    const QString dir = desk.path(QStringLiteral("shots"));
    runTour(desk,
        {QStringLiteral("--db"), db, QStringLiteral("--staff"), QStringLiteral("demo-clerk"),
            QStringLiteral("--screenshots"), dir},
        "not-the-password");
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_FALSE(desk.err().isEmpty());
    EXPECT_TRUE(QDir(dir).isEmpty());
}

TEST(DeskTour, ARegisterWithoutAFamilySaysSo)
{
    DeskProcess desk;
    const QString db = desk.path(QStringLiteral("tiny.sqlite"));
    const QByteArray password = seedDemoCity(db, 1);
    ASSERT_FALSE(password.isEmpty());
    runTour(desk,
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
            QStringLiteral("--staff"), QStringLiteral("demo-clerk"),
            QStringLiteral("--screenshots"), desk.path(QStringLiteral("shots"))},
        password);
    EXPECT_EQ(desk.exitCode(), 1);
    EXPECT_TRUE(desk.err().contains(QStringLiteral("no resident found"))) << desk.err().toStdString();
}
