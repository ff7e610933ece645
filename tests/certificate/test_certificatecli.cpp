// `madoguchi-cli cert issue | verify | keygen` through the real binary: the
// round trip, a tampered certificate refused in words with exit 1, typed
// claims, a city's own key, the register and the audit entry, the usage
// errors, and the example of docs/certificates.md.
#include "certificate/base64url.h"
#include "certificate/certificateaudit.h"
#include "certificatetest.h"
#include "registry/profilefixture.h"
#include "security/auditlog.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace madoguchi;
using namespace madoguchi::certtest;
using madoguchi::testing::CliRun;
using madoguchi::testing::runCli;

namespace {

const QString kNow = QStringLiteral("2026-11-19T09:00:00+09:00");

QStringList birthIssue(const QString& issuer = QStringLiteral("demo-hospital"))
{
    return {QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("--issuer"), issuer,
        QStringLiteral("--type"), QStringLiteral("shussei_shoumei"),
        QStringLiteral("--subject-name"), QStringLiteral("高橋 結衣"),
        QStringLiteral("--subject-birth-date"), QStringLiteral("2026-11-18"),
        QStringLiteral("--valid-from"), QStringLiteral("2026-11-18T10:00:00Z"),
        QStringLiteral("--days"), QStringLiteral("365"), QStringLiteral("--claim"),
        QStringLiteral("birth_time=午前10時32分"), QStringLiteral("--claim"),
        QStringLiteral("birthplace=東京都みどり野市本町一丁目2番3号"), QStringLiteral("--claim"),
        QStringLiteral("weight_grams=3120"), QStringLiteral("--claim"),
        QStringLiteral("plurality=単胎"), QStringLiteral("--claim"),
        QStringLiteral("mother_name=髙橋 美咲"), QStringLiteral("--claim"),
        QStringLiteral("certifier=医師 緑野 一郎"), QStringLiteral("--claim"),
        QStringLiteral("certified_on=R8.11.18")};
}

QString issued(const QStringList& arguments)
{
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out.trimmed();
}

QStringList verifyArgs(const QString& file, const QStringList& more = {})
{
    return QStringList{QStringLiteral("cert"), QStringLiteral("verify"), file,
               QStringLiteral("--now"), kNow}
    + more;
}

QStringList subject()
{
    // The register's spelling may differ from the hospital's by a variant.
    return {QStringLiteral("--subject-name"), QStringLiteral("髙橋 結衣"),
        QStringLiteral("--subject-birth-date"), QStringLiteral("R8.11.18")};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(CertCli, IssuesACertificateThatVerifies)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("birth.jws"));
    const CliRun made = runCli(birthIssue() + QStringList{QStringLiteral("--out"), path});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.isEmpty());

    const CliRun run = runCli(verifyArgs(path, subject()));
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("VALID: Birth certificate (shussei_shoumei)\n")))
        << run.out.toStdString();
    for (const QString& line :
        {QStringLiteral(
             "issuer:    Midorino Central Hospital (demo) <https://hospital.midorino.example>"),
            QStringLiteral("key:       https://hospital.midorino.example#2026"),
            QStringLiteral("valid:     2026-11-18 19:00 JST until 2027-11-18 19:00 JST"),
            QStringLiteral("subject:   高橋 結衣, born 2026-11-18"),
            QStringLiteral("member:    m1"),
            QStringLiteral("  Weight (grams) (weight_grams): 3120"),
            QStringLiteral("  Date certified (certified_on): 2026-11-18"),
            QStringLiteral("audit:     not recorded (no --db)")})
        EXPECT_TRUE(run.out.contains(line)) << line.toStdString() << "\n" << run.out.toStdString();
}

TEST(CertCli, RefusesATamperedCertificateInWordsWithExitOne)
{
    const QString jws = issued(birthIssue());
    QJsonObject payload = payloadOf(jws);
    QJsonObject s = payload[QStringLiteral("credentialSubject")].toObject();
    s.insert(QStringLiteral("weight_grams"), 4120);
    payload.insert(QStringLiteral("credentialSubject"), s);
    const QString forged = jws.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')
        + QString::fromLatin1(
            certificate::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        + QLatin1Char('.') + jws.section(QLatin1Char('.'), 2, 2);

    // From standard input, as a pipe from a scanner's file would give it.
    const CliRun run = runCli(verifyArgs(QStringLiteral("-"), subject()), forged.toLatin1() + '\n');
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(
        run.out.startsWith(QStringLiteral("INVALID: Birth certificate (shussei_shoumei)\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        "  ✗ the signature does not match: the certificate was altered, or signed with another key "
        "[signature]")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("(weight_grams): 4120")));
}

TEST(CertCli, NamesEveryProblemOfAnUntrustedExpiredCertificateAboutSomeoneElse)
{
    const QString jws = issued(birthIssue(QStringLiteral("untrusted-clinic")));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("c.jws"), jws.toLatin1());
    const CliRun run = runCli(QStringList{QStringLiteral("cert"), QStringLiteral("verify"), path,
        QStringLiteral("--now"), QStringLiteral("2028-01-01"), QStringLiteral("--subject-name"),
        QStringLiteral("高橋 結菜"), QStringLiteral("--subject-birth-date"),
        QStringLiteral("2026-11-18"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_FALSE(json[QStringLiteral("valid")].toBool());
    QStringList failures;
    for (const QJsonValue& p : json[QStringLiteral("problems")].toArray())
        failures << p[QStringLiteral("failure")].toString();
    EXPECT_EQ(failures,
        (QStringList{QStringLiteral("untrusted-issuer"), QStringLiteral("expired"),
            QStringLiteral("wrong-subject")}));
    EXPECT_TRUE(json[QStringLiteral("subject_checked")].toBool());
    EXPECT_FALSE(json[QStringLiteral("audited")].toBool());
    EXPECT_EQ(json[QStringLiteral("issuer")].toString(),
        QStringLiteral("https://clinic.untrusted.example"));
}

TEST(CertCli, WithoutASubjectSaysItWasNotChecked)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("c.jws"), issued(birthIssue()).toLatin1());
    const CliRun run = runCli(verifyArgs(path));
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("member:    not checked (give --subject-name")))
        << run.out.toStdString();
}

TEST(CertCli, TypesClaimsAsTheCatalogDeclaresThem)
{
    QTemporaryDir dir;
    const QString claims = writeFile(dir, QStringLiteral("claims.json"),
        R"({"insured_number": "39123456", "burden_ratio": "１", "disability_recognition": "はい"})");
    const QString jws = issued({QStringLiteral("cert"), QStringLiteral("issue"),
        QStringLiteral("--issuer"), QStringLiteral("demo-prefecture"), QStringLiteral("--type"),
        QStringLiteral("futankubun_shoumei"), QStringLiteral("--subject-name"),
        QStringLiteral("山田 ウメ"), QStringLiteral("--subject-birth-date"),
        QStringLiteral("昭和20年3月3日"), QStringLiteral("--claims-json"), claims,
        QStringLiteral("--claim"), QStringLiteral("qualified_on=令和2年4月1日"),
        QStringLiteral("--claim"), QStringLiteral("burden_ratio=3"), QStringLiteral("--id"),
        QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000001")});
    const QJsonObject payload = payloadOf(jws);
    const QJsonObject s = payload[QStringLiteral("credentialSubject")].toObject();
    EXPECT_EQ(s[QStringLiteral("birthDate")], QStringLiteral("1945-03-03"));
    EXPECT_EQ(s[QStringLiteral("burden_ratio")], QJsonValue(3)); // --claim overrides the file
    EXPECT_EQ(s[QStringLiteral("disability_recognition")], QJsonValue(true));
    EXPECT_EQ(s[QStringLiteral("qualified_on")], QStringLiteral("2020-04-01"));
    EXPECT_EQ(s[QStringLiteral("insured_number")], QStringLiteral("39123456"));
    EXPECT_EQ(payload[QStringLiteral("id")],
        QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000001"));
    EXPECT_EQ(payload[QStringLiteral("type")].toArray(),
        (QJsonArray{QStringLiteral("VerifiableCredential"),
            QStringLiteral("BurdenClassificationCertificate")}));
    EXPECT_EQ(payload[QStringLiteral("issuer")][QStringLiteral("id")],
        QStringLiteral("https://kouiki.osaka.example"));
    EXPECT_FALSE(payload.contains(QStringLiteral("validUntil")));
}

TEST(CertCli, IssueRefusesUnknownMissingAndMistypedClaims)
{
    QStringList args = birthIssue();
    const qsizetype mother = args.indexOf(QStringLiteral("mother_name=髙橋 美咲"));
    args.remove(mother - 1, 2);
    args << QStringLiteral("--claim") << QStringLiteral("blood_type=A") << QStringLiteral("--claim")
         << QStringLiteral("weight_grams=3kg");
    const CliRun run = runCli(args);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    for (const QString& words : {QStringLiteral("blood_type is not a claim of shussei_shoumei"),
             QStringLiteral("weight_grams: expected a number, got \"3kg\""),
             QStringLiteral("the required claim mother_name (Mother's name) is not given")})
        EXPECT_TRUE(run.err.contains(words)) << run.err.toStdString();
}

TEST(CertCli, ACitysOwnKeyIsTrustedOnceTrustJsonListsIt)
{
    const CliRun key
        = runCli({QStringLiteral("cert"), QStringLiteral("keygen"), QStringLiteral("--json")});
    ASSERT_EQ(key.exitCode, 0) << key.err.toStdString();
    const QJsonObject generated = QJsonDocument::fromJson(key.out.toUtf8()).object();
    const QString seed = generated[QStringLiteral("seed")].toString();
    ASSERT_EQ(seed.size(), 64);
    const QJsonObject jwk = generated[QStringLiteral("jwk")].toObject();
    EXPECT_EQ(jwk[QStringLiteral("kty")], QStringLiteral("OKP"));
    EXPECT_EQ(jwk[QStringLiteral("crv")], QStringLiteral("Ed25519"));
    EXPECT_EQ(jwk[QStringLiteral("x")].toString().size(), 43);

    const QString id = QStringLiteral("https://city.midorino.example");
    const QString kid = id + QStringLiteral("#test-1");
    QStringList args = birthIssue();
    args.remove(2, 2); // --issuer demo-hospital
    args << QStringLiteral("--key-seed") << seed << QStringLiteral("--issuer-id") << id
         << QStringLiteral("--kid") << kid << QStringLiteral("--issuer-name")
         << QStringLiteral("みどり野市（試験）");
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("c.jws"), issued(args).toLatin1());
    const CliRun untrusted = runCli(verifyArgs(path, subject()));
    EXPECT_EQ(untrusted.exitCode, 1);
    EXPECT_TRUE(untrusted.out.contains(QStringLiteral("[untrusted-issuer]")))
        << untrusted.out.toStdString();

    // The city's catalog: the built-in one with its own issuer added.
    const QString catalogDir = dir.filePath(QStringLiteral("catalog"));
    QDir().mkpath(catalogDir + QStringLiteral("/procedures"));
    QDir().mkpath(catalogDir + QStringLiteral("/cases"));
    const QString source = QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/catalog/");
    for (const QString& sub : {QString(), QStringLiteral("procedures/"), QStringLiteral("cases/")})
        for (const QString& name :
            QDir(source + sub).entryList({QStringLiteral("*.json")}, QDir::Files))
            ASSERT_TRUE(
                QFile::copy(source + sub + name, catalogDir + QLatin1Char('/') + sub + name));
    QFile trustFile(catalogDir + QStringLiteral("/trust.json"));
    ASSERT_TRUE(trustFile.open(QIODevice::ReadWrite));
    QJsonObject trust = QJsonDocument::fromJson(trustFile.readAll()).object();
    QJsonArray issuers = trust[QStringLiteral("issuers")].toArray();
    issuers.append(QJsonObject{{QStringLiteral("id"), id},
        {QStringLiteral("names"),
            QJsonObject{{QStringLiteral("ja"), QStringLiteral("みどり野市（試験）")},
                {QStringLiteral("en"), QStringLiteral("City of Midorino (test)")}}},
        {QStringLiteral("certificates"), QJsonArray{QStringLiteral("shussei_shoumei")}},
        {QStringLiteral("keys"),
            QJsonArray{QJsonObject{{QStringLiteral("kid"), kid}, {QStringLiteral("jwk"), jwk},
                {QStringLiteral("valid_from"), QStringLiteral("2026-11-01")}}}}});
    trust.insert(QStringLiteral("issuers"), issuers);
    trustFile.resize(0);
    trustFile.write(QJsonDocument(trust).toJson());
    trustFile.close();

    const CliRun trusted = runCli(
        verifyArgs(path, subject() + QStringList{QStringLiteral("--catalog"), catalogDir}));
    EXPECT_EQ(trusted.exitCode, 0) << trusted.out.toStdString() << trusted.err.toStdString();
    EXPECT_TRUE(trusted.out.contains(QStringLiteral("City of Midorino (test)")))
        << trusted.out.toStdString();
}

TEST(CertCli, KeygenOfTheDemoSeedGivesTheKeyTrustJsonLists)
{
    const CliRun run
        = runCli({QStringLiteral("cert"), QStringLiteral("keygen"), QStringLiteral("--seed"),
            QString::fromLatin1(demo(QStringLiteral("demo-hospital")).seed.toHex())});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        R"({"crv":"Ed25519","kty":"OKP","x":"c5Z-J6eg5XL69wHdQbjh8AUGh_x2bkMhqPtOVWkADy4"})")))
        << run.out.toStdString();
    const CliRun bad = runCli({QStringLiteral("cert"), QStringLiteral("keygen"),
        QStringLiteral("--seed"), QStringLiteral("abc")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("64 hexadecimal digits")));
}

TEST(CertCli, UsageErrorsExitTwo)
{
    const auto usage = [](const QStringList& args, const QString& words) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(words)) << run.err.toStdString();
    };
    const QString cert = QStringLiteral("cert");
    const QString verify = QStringLiteral("verify");
    usage({cert, verify, QStringLiteral("a"), QStringLiteral("b")},
        QStringLiteral("unexpected argument 'b'"));
    usage({cert, verify, QStringLiteral("--db"), QStringLiteral("x.db")},
        QStringLiteral("--db and --resident go together"));
    usage({cert, verify, QStringLiteral("--subject-name"), QStringLiteral("高橋 結衣")},
        QStringLiteral("one --subject-birth-date for each --subject-name"));
    usage({cert, verify, QStringLiteral("--now"), QStringLiteral("tomorrow")},
        QStringLiteral("--now:"));
    usage({cert, QStringLiteral("issue"), QStringLiteral("--issuer"),
              QStringLiteral("demo-hospital")},
        QStringLiteral("--type is required"));
    usage(birthIssue(QStringLiteral("demo-nobody")),
        QStringLiteral("there is no demo issuer \"demo-nobody\""));
    QStringList wrongType = birthIssue();
    wrongType[wrongType.indexOf(QStringLiteral("shussei_shoumei"))] = QStringLiteral("passport");
    usage(wrongType, QStringLiteral("no certificate type \"passport\""));
}

TEST(CertCli, AnEmptyOrUnreadableInputIsAFailure)
{
    const CliRun empty = runCli(verifyArgs(QStringLiteral("-")), "\n");
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("standard input is empty")))
        << empty.err.toStdString();
    const CliRun missing = runCli(verifyArgs(QStringLiteral("/nonexistent/c.jws")));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("cannot read /nonexistent/c.jws")));
    const CliRun garbage = runCli(verifyArgs(QStringLiteral("-")), "MDP1:abc\n");
    EXPECT_EQ(garbage.exitCode, 1);
    EXPECT_TRUE(garbage.out.contains(QStringLiteral("[malformed]"))) << garbage.out.toStdString();
}

class CertCliRegister : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        profiletest::buildRegister(*db, QDate::currentDate());
    }

    QList<security::AuditEntry> entries(const QString& action)
    {
        auto db = testDb.open();
        security::AuditFilter filter;
        filter.action = action;
        auto all = security::queryAudit(db->sql(), filter);
        EXPECT_TRUE(all) << all.error().message.toStdString();
        return all ? all.value() : QList<security::AuditEntry>{};
    }

    // A 在学証明書 of 山田 花子 (子, 2010-06-01) from the demo school.
    static QString enrolment()
    {
        return issued({QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("--issuer"),
            QStringLiteral("demo-school"), QStringLiteral("--type"),
            QStringLiteral("zaigaku_shoumei"), QStringLiteral("--subject-name"),
            QStringLiteral("ヤマダ ハナコ"), QStringLiteral("--subject-birth-date"),
            QStringLiteral("2010-06-01"), QStringLiteral("--claim"),
            QStringLiteral("school=大阪市立梅田小学校"), QStringLiteral("--claim"),
            QStringLiteral("grade=6"), QStringLiteral("--days"), QStringLiteral("30")});
    }

    madoguchi::testing::TestDatabase testDb{storage::Engine::Sqlite};
};

TEST_F(CertCliRegister, MatchesTheResidentsHouseholdAndRecordsTheVerification)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("c.jws"), enrolment().toLatin1());
    const CliRun run = runCli({QStringLiteral("cert"), QStringLiteral("verify"), path,
        QStringLiteral("--db"), testDb.location(), QStringLiteral("--resident"), profiletest::kHead,
        QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // Numbered as the visit's context numbers the household: 世帯主, 妻, then the children.
    EXPECT_EQ(json[QStringLiteral("member")], QStringLiteral("m4"));
    EXPECT_TRUE(json[QStringLiteral("audited")].toBool());

    const QList<security::AuditEntry> log
        = entries(QLatin1String(security::AuditAction::CertificateVerify));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().outcome, QStringLiteral("ok"));
    EXPECT_EQ(log.first().personId, std::optional<qint64>(1)); // the head, whose household it is
    EXPECT_TRUE(log.first().operatorId.startsWith(QStringLiteral("console:")));
    EXPECT_TRUE(log.first().detail.startsWith(
        QStringLiteral("type=zaigaku_shoumei issuer=https://umeda-es.osaka.example")));
    EXPECT_TRUE(log.first().detail.endsWith(QStringLiteral(" member=m4 result=ok")));
    EXPECT_EQ(log.first().purpose, QStringLiteral("cli cert verify ") + profiletest::kHead);
    // Reading the household is recorded as such, before.
    EXPECT_EQ(entries(QStringLiteral("profile-view")).size(), 1);
}

TEST_F(CertCliRegister, ARefusedCertificateIsRecordedToo)
{
    // Another household's certificate: 高橋 結衣 lives elsewhere. The clerk
    // logs in with --as; the password and then the JWS come on stdin.
    const CliRun added
        = runCli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--db"),
                     testDb.location(), QStringLiteral("--id"), QStringLiteral("k.sato"),
                     QStringLiteral("--role"), QStringLiteral("clerk")},
            "counter-pass-1\n");
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun run
        = runCli({QStringLiteral("cert"), QStringLiteral("verify"), QStringLiteral("--db"),
                     testDb.location(), QStringLiteral("--resident"), profiletest::kHead,
                     QStringLiteral("--as"), QStringLiteral("k.sato")},
            "counter-pass-1\n" + issued(birthIssue()).toLatin1() + "\n");
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("[wrong-subject]"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("audit:     recorded (certificate-verify)")));
    const QList<security::AuditEntry> log
        = entries(QLatin1String(security::AuditAction::CertificateVerify));
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().operatorId, QStringLiteral("k.sato"));
    EXPECT_EQ(log.first().outcome, QStringLiteral("failed"));
    EXPECT_TRUE(
        log.first().detail.endsWith(QStringLiteral("member=- result=failed: wrong-subject")))
        << log.first().detail.toStdString();
}

TEST_F(CertCliRegister, WithTheRegisterTheSubjectOptionsAreRefused)
{
    const CliRun run = runCli({QStringLiteral("cert"), QStringLiteral("verify"),
        QStringLiteral("--db"), testDb.location(), QStringLiteral("--resident"), profiletest::kHead,
        QStringLiteral("--subject-name"), QStringLiteral("x"),
        QStringLiteral("--subject-birth-date"), QStringLiteral("2000-01-01")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(entries(QLatin1String(security::AuditAction::CertificateVerify)).isEmpty());
}

TEST(CertDocs, TheDocumentedExampleVerifies)
{
    QFile doc(QStringLiteral(MADOGUCHI_SOURCE_DIR "/docs/certificates.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression jwsLine(
        QStringLiteral(R"(^(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86})$)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = jwsLine.match(text);
    ASSERT_TRUE(match.hasMatch()) << "docs/certificates.md has no example JWS on a line of its own";
    QTemporaryDir dir;
    const QString path
        = writeFile(dir, QStringLiteral("example.jws"), match.captured(1).toLatin1());
    // The command the document gives.
    const CliRun run = runCli({QStringLiteral("cert"), QStringLiteral("verify"), path,
        QStringLiteral("--now"), QStringLiteral("2026-11-20T09:00:00+09:00"),
        QStringLiteral("--subject-name"), QStringLiteral("高橋 結衣"),
        QStringLiteral("--subject-birth-date"), QStringLiteral("2026-11-18")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("madoguchi-cli cert verify example.jws --now 2026-11-20T09:00:00+09:00")))
        << "the document shows another command than this test runs";
    // And the document shows its payload as it is signed.
    const QJsonObject payload = payloadOf(match.captured(1));
    EXPECT_TRUE(
        text.contains(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))))
        << "the decoded payload of the example is not in the document";
}
