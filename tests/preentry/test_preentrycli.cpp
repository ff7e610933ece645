// madoguchi-cli preentry encode | decode | check, through the real binary.
#include "preentrytestsupport.h"
#include "support/clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace madoguchi;
using namespace madoguchi::preentrytest;
using madoguchi::testing::runCli;

namespace {

const QString kDemo = QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/demo/preentry-shussei.json");

QString writeJson(QTemporaryDir& dir, const char* name, const QJsonObject& json)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    return path;
}

QString encodeDemo()
{
    const auto run = runCli({QStringLiteral("preentry"), QStringLiteral("encode"), kDemo});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out.trimmed();
}

} // namespace

TEST(PreEntryCli, EncodeThenDecodeGivesTheFileBack)
{
    const auto run = runCli({QStringLiteral("preentry"), QStringLiteral("encode"), kDemo});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString code = run.out.trimmed();
    EXPECT_TRUE(code.startsWith(u"MDP1:"));
    EXPECT_FALSE(code.contains(u'\n')) << "stdout is the code alone";
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("%1 characters (at most 1451), QR code version ").arg(code.size())))
        << run.err.toStdString();

    const auto decoded = runCli({QStringLiteral("preentry"), QStringLiteral("decode"), code});
    ASSERT_EQ(decoded.exitCode, 0) << decoded.err.toStdString();
    EXPECT_EQ(jsonOf(decoded.out.toUtf8()), demoJson());
}

TEST(PreEntryCli, DecodeReadsWhatAScannerTypesOnStandardInput)
{
    const QString code = encodeDemo();
    const auto run
        = runCli({QStringLiteral("preentry"), QStringLiteral("decode"), QStringLiteral("-")},
            code.toLower().toUtf8() + "\r\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(jsonOf(run.out.toUtf8()), demoJson());
}

TEST(PreEntryCli, EncodeFromStandardInputWithJsonAndTheQrCode)
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("code.svg"));
    QFile demo(kDemo);
    ASSERT_TRUE(demo.open(QIODevice::ReadOnly));
    const auto run
        = runCli({QStringLiteral("preentry"), QStringLiteral("encode"), QStringLiteral("-"),
                     QStringLiteral("--qr-svg"), svg, QStringLiteral("--json")},
            demo.readAll());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = jsonOf(run.out.toUtf8());
    const QString code = result.value(u"code").toString();
    EXPECT_TRUE(code.startsWith(u"MDP1:"));
    EXPECT_EQ(result.value(u"length").toInt(), code.size());
    EXPECT_EQ(result.value(u"max_length").toInt(), 1451);
    const int version = result.value(u"qr_version").toInt();
    EXPECT_GE(version, 1);
    EXPECT_LE(version, 25);
    EXPECT_EQ(result.value(u"qr_modules").toInt(), 17 + 4 * version);

    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        xml.readNext();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
}

TEST(PreEntryCli, TheTerminalQrCodeComesBeforeTheCode)
{
    const auto run = runCli({QStringLiteral("preentry"), QStringLiteral("encode"), kDemo,
        QStringLiteral("--qr-terminal")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_GT(lines.size(), 10);
    EXPECT_TRUE(lines.last().startsWith(u"MDP1:"));
    EXPECT_TRUE(lines.first().contains(QChar(0x2588)));
}

TEST(PreEntryCli, RefusalsSayWhy)
{
    const QString code = encodeDemo();
    QString damaged = code;
    damaged.chop(3);
    auto run = runCli({QStringLiteral("preentry"), QStringLiteral("decode"), damaged});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(
        run.err.startsWith(u"madoguchi-cli preentry decode: the pre-entry code cannot be read"))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());

    // An unquoted code with spaces arrives as several arguments.
    run = runCli({QStringLiteral("preentry"), QStringLiteral("decode"), QStringLiteral("MDP1:%69"),
        QStringLiteral("VD92EX0")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"quote it")) << run.err.toStdString();

    QTemporaryDir dir;
    QJsonObject json = demoJson();
    QJsonObject answers = json.value(u"answers").toObject();
    answers.insert(QStringLiteral("claimant_my_number"), QStringLiteral("123456789018"));
    json.insert(QStringLiteral("answers"), answers);
    run = runCli(
        {QStringLiteral("preentry"), QStringLiteral("encode"), writeJson(dir, "mn.json", json)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(
        u"answers.claimant_my_number: a pre-entry code must never carry a 個人番号"))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"123456789018"));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(PreEntryCli, CheckAgainstTheCatalog)
{
    auto run = runCli(
        {QStringLiteral("preentry"), QStringLiteral("check"), kDemo, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = jsonOf(run.out.toUtf8());
    EXPECT_EQ(result.value(u"event_type").toString(), QStringLiteral("shussei"));
    EXPECT_EQ(result.value(u"keys_used").toArray().size(), 7);
    EXPECT_EQ(result.value(u"persons").toArray().size(), 4);
    EXPECT_TRUE(result.value(u"notes").toArray().isEmpty());

    QTemporaryDir dir;
    QJsonObject json = demoJson();
    QJsonObject answers = json.value(u"answers").toObject();
    answers.insert(QStringLiteral("phon"), QStringLiteral("09012345678"));
    json.insert(QStringLiteral("answers"), answers);
    run = runCli(
        {QStringLiteral("preentry"), QStringLiteral("check"), writeJson(dir, "typo.json", json)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(u"life event: shussei (出生), 2026-11-18"))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"  event.answers.subject: 高橋 結衣 (2026-11-18)"))
        << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(
        u"not used: answers.phon: no form asks the key \"phon\"; did you mean \"phone\"?"))
        << run.err.toStdString();
}
