#include "certcommands.h"

#include "catalog/rulescontextanswers.h"
#include "catalogcommands.h"
#include "certificate/certificateaudit.h"
#include "certificate/certificateclaims.h"
#include "certificate/certificateissuer.h"
#include "certificate/certificatejson.h"
#include "certificate/certificatetext.h"
#include "certificate/credential.h"
#include "certificate/subjectmatch.h"
#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "registry/registeraccess.h"
#include "storage/database.h"
#include "text/checkdigits.h"
#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>
#include <cstdio>

// madoguchi-cli cert issue | verify | keygen (docs/certificates.md).
namespace madoguchi::cli {
namespace {

QCommandLineOption valueOption(const char* name, const QString& help, const char* value)
{
    return QCommandLineOption(QLatin1String(name), help, QLatin1String(value));
}

// A moment given on the command line: ISO 8601 with a zone
// (2026-11-18T10:00:00Z, …+09:00), or a day (YYYY-MM-DD, 和暦) meaning its
// start in Japan.
Result<QDateTime> parseMoment(const QString& text)
{
    if (const QDateTime at = certificate::parseTimestamp(text.trimmed()); at.isValid())
        return at;
    const Result<QDate> day = catalog::parseExactDay(text);
    if (!day)
        return Error{QCoreApplication::translate("CertCommands",
            "expected a date and time with a zone (2026-11-18T10:00:00Z, "
            "2026-11-18T19:00:00+09:00) or a day (2026-11-18, R8.11.18)")};
    return QDateTime(day.value(), QTime(0, 0), QTimeZone(9 * 3600));
}

// All of standard input, read the way the password line before it was
// (stdio), so that nothing it buffered is lost.
QByteArray readStandardInput()
{
    QByteArray bytes;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0;)
        bytes.append(buffer, qsizetype(n));
    return bytes;
}

std::optional<QByteArray> readInput(const QString& name, Output& out)
{
    if (name.isEmpty() || name == QLatin1String("-"))
        return readStandardInput();
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error(QCoreApplication::translate("CertCommands", "cannot read %1: %2")
                      .arg(name, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

QString language()
{
    return languageFromLocale(QLocale::system().name());
}

// ---------------------------------------------------------------- issue

class CertIssueCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("cert"), QStringLiteral("issue")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("CertCommands",
            "Sign a certificate as a demo issuer or with a given key (for tests and demos)");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;

private:
    static Result<certificate::IssuerSecret> issuer(const QCommandLineParser& parser);
    static Result<QJsonObject> givenClaims(
        const QCommandLineParser& parser, const catalog::CertificateType& type);
};

void CertIssueCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(valueOption("issuer",
        QCoreApplication::translate("CertCommands",
            "A demo issuer of resources/demo/issuers.json: demo-hospital, demo-school, "
            "demo-prefecture, demo-city, or untrusted-clinic (not in trust.json, for tests)."),
        "NAME"));
    parser.addOption(valueOption("key-seed",
        QCoreApplication::translate("CertCommands",
            "Sign with this Ed25519 seed (64 hex digits, from 'cert keygen') instead of a demo "
            "issuer; needs --issuer-id and --kid."),
        "HEX"));
    parser.addOption(valueOption("issuer-id",
        QCoreApplication::translate("CertCommands", "The issuer's id with --key-seed (a URL)."),
        "ID"));
    parser.addOption(valueOption("issuer-name",
        QCoreApplication::translate("CertCommands", "The issuer's name with --key-seed."), "NAME"));
    parser.addOption(valueOption("kid",
        QCoreApplication::translate("CertCommands", "The key's id with --key-seed (URL#name)."),
        "KID"));
    parser.addOption(valueOption("type",
        QCoreApplication::translate("CertCommands",
            "The certificate type of the catalog's certificates.json (shussei_shoumei …)."),
        "TYPE"));
    parser.addOption(valueOption("subject-name",
        QCoreApplication::translate("CertCommands", "The subject's name (kanji or kana)."),
        "NAME"));
    parser.addOption(valueOption("subject-birth-date",
        QCoreApplication::translate(
            "CertCommands", "The subject's birth date (YYYY-MM-DD or 和暦)."),
        "DATE"));
    parser.addOption(valueOption("claim",
        QCoreApplication::translate("CertCommands",
            "A claim ID=VALUE, typed as the catalog declares it (numbers, true/false, dates "
            "YYYY-MM-DD or 和暦); repeatable."),
        "ID=VALUE"));
    parser.addOption(valueOption("claims-json",
        QCoreApplication::translate(
            "CertCommands", "Claims from a JSON object {\"id\": value}; --claim overrides them."),
        "FILE"));
    parser.addOption(valueOption("valid-from",
        QCoreApplication::translate(
            "CertCommands", "When it is issued (ISO 8601 with a zone, or a day); default: now."),
        "WHEN"));
    parser.addOption(valueOption("valid-until",
        QCoreApplication::translate("CertCommands", "When it expires; default: never."), "WHEN"));
    parser.addOption(valueOption("days",
        QCoreApplication::translate("CertCommands", "Valid for N days from --valid-from."), "N"));
    parser.addOption(valueOption("id",
        QCoreApplication::translate(
            "CertCommands", "The credential's id; default: a new urn:uuid."),
        "ID"));
    parser.addOption(valueOption("catalog", catalogDirectoryHelp(), "DIR"));
    parser.addOption(valueOption("out",
        QCoreApplication::translate("CertCommands", "Write the JWS to FILE instead of stdout."),
        "FILE"));
}

Result<certificate::IssuerSecret> CertIssueCommand::issuer(const QCommandLineParser& parser)
{
    const bool demo = parser.isSet(QStringLiteral("issuer"));
    if (demo == parser.isSet(QStringLiteral("key-seed")))
        return Error{QCoreApplication::translate("CertCommands",
            "give either --issuer NAME (a demo issuer) or --key-seed HEX with "
            "--issuer-id and --kid")};
    if (demo)
        return certificate::demoIssuer(parser.value(QStringLiteral("issuer")));
    if (parser.value(QStringLiteral("issuer-id")).isEmpty()
        || parser.value(QStringLiteral("kid")).isEmpty())
        return Error{QCoreApplication::translate(
            "CertCommands", "--key-seed needs --issuer-id ID and --kid KID")};
    Result<certificate::IssuerSecret> secret
        = certificate::issuerFromSeed(parser.value(QStringLiteral("key-seed")),
            parser.value(QStringLiteral("issuer-id")), parser.value(QStringLiteral("kid")));
    if (!secret)
        return Error{QStringLiteral("--key-seed: ") + secret.error().message};
    const QString name = parser.value(QStringLiteral("issuer-name"));
    secret->names = {name, name};
    return secret;
}

Result<QJsonObject> CertIssueCommand::givenClaims(
    const QCommandLineParser& parser, const catalog::CertificateType& type)
{
    QJsonObject given;
    if (parser.isSet(QStringLiteral("claims-json"))) {
        const QString name = parser.value(QStringLiteral("claims-json"));
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("CertCommands", "cannot read %1: %2")
                             .arg(name, file.errorString())};
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            return Error{
                QCoreApplication::translate("CertCommands", "%1 is not valid JSON at offset %2: %3")
                    .arg(name, QString::number(error.offset), error.errorString())};
        if (!document.isObject())
            return Error{QCoreApplication::translate(
                "CertCommands", "%1: expected a JSON object {\"claim id\": value}")
                             .arg(name)};
        given = document.object();
    }
    for (const QString& claim : parser.values(QStringLiteral("claim"))) {
        const qsizetype eq = claim.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{
                QCoreApplication::translate("CertCommands", "--claim %1: expected ID=VALUE")
                    .arg(claim)};
        given.insert(claim.left(eq).trimmed(), claim.mid(eq + 1));
    }
    return certificate::issuerClaims(type, given);
}

int CertIssueCommand::run(const QCommandLineParser& parser, Output& out)
{
    const auto usage = [&out](const QString& message) {
        out.error(message);
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("CertCommands", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().constFirst()));
    for (const char* required : {"type", "subject-name", "subject-birth-date"})
        if (parser.value(QLatin1String(required)).trimmed().isEmpty())
            return usage(QCoreApplication::translate("CertCommands", "--%1 is required")
                             .arg(QLatin1String(required)));
    const Result<certificate::IssuerSecret> secret = issuer(parser);
    if (!secret)
        return usage(secret.error().message);
    const Result<QDate> born
        = catalog::parseExactDay(parser.value(QStringLiteral("subject-birth-date")));
    if (!born)
        return usage(QStringLiteral("--subject-birth-date: ") + born.error().message);
    QDateTime from = QDateTime::currentDateTimeUtc();
    from.setTime(QTime(from.time().hour(), from.time().minute(), from.time().second()));
    if (parser.isSet(QStringLiteral("valid-from"))) {
        const Result<QDateTime> given = parseMoment(parser.value(QStringLiteral("valid-from")));
        if (!given)
            return usage(QStringLiteral("--valid-from: ") + given.error().message);
        from = given.value();
    }
    QDateTime until;
    if (parser.isSet(QStringLiteral("valid-until")) && parser.isSet(QStringLiteral("days")))
        return usage(
            QCoreApplication::translate("CertCommands", "give --valid-until or --days, not both"));
    if (parser.isSet(QStringLiteral("valid-until"))) {
        const Result<QDateTime> given = parseMoment(parser.value(QStringLiteral("valid-until")));
        if (!given)
            return usage(QStringLiteral("--valid-until: ") + given.error().message);
        until = given.value();
    } else if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1)
            return usage(QCoreApplication::translate(
                "CertCommands", "--days: expected a whole number of days, 1 or more"));
        until = from.addDays(days);
    }
    if (until.isValid() && until < from)
        return usage(
            QCoreApplication::translate("CertCommands", "--valid-until is before --valid-from"));

    const auto catalog = openCatalog(parser.value(QStringLiteral("catalog")), out);
    if (!catalog)
        return ExitFailure;
    const QString typeId = parser.value(QStringLiteral("type"));
    const catalog::CertificateType* type = catalog->certificate(typeId);
    if (!type) {
        QStringList known;
        for (const catalog::CertificateType& t : catalog->certificates)
            known << t.id;
        return usage(QCoreApplication::translate(
            "CertCommands", "--type: the catalog has no certificate type \"%1\" (one of %2)")
                         .arg(typeId, known.join(QStringLiteral(", "))));
    }
    const Result<QJsonObject> claims = givenClaims(parser, *type);
    if (!claims) {
        for (const QString& line : claims.error().message.split(QLatin1Char('\n')))
            out.error(line);
        return ExitUsage;
    }
    const QString id = parser.isSet(QStringLiteral("id")) ? parser.value(QStringLiteral("id"))
                                                          : certificate::newCredentialId();
    const QString jws = certificate::issueCertificate(secret.value(), type->credentialType,
        parser.value(QStringLiteral("subject-name")).trimmed(), born.value(), claims.value(), from,
        until, id);

    if (parser.isSet(QStringLiteral("out"))) {
        const QString name = parser.value(QStringLiteral("out"));
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(jws.toLatin1() + '\n') < 0 || !file.flush()) {
            out.error(QCoreApplication::translate("CertCommands", "cannot write %1: %2")
                          .arg(name, file.errorString()));
            return ExitFailure;
        }
    } else {
        out.line(jws);
    }
    out.result(QJsonObject{{QStringLiteral("jws"), jws}, {QStringLiteral("type"), type->id},
        {QStringLiteral("issuer"), secret->id}, {QStringLiteral("kid"), secret->kid},
        {QStringLiteral("id"), id},
        {QStringLiteral("valid_from"), certificate::timestampText(from)},
        {QStringLiteral("valid_until"),
            until.isValid() ? QJsonValue(certificate::timestampText(until)) : QJsonValue()}});
    return ExitOk;
}

// ---------------------------------------------------------------- verify

class CertVerifyCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("cert"), QStringLiteral("verify")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("CertCommands",
            "Verify a signed certificate as the desk does: signature, issuer, validity, "
            "subject, claims");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;

private:
    static void print(const certificate::CheckedCertificate& checked,
        const catalog::CertificateType* type, bool subjectChecked, bool audited, Output& out);
};

void CertVerifyCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("CertCommands",
            "The compact JWS; '-' or nothing: standard input (after the password line of --as)."),
        QStringLiteral("[FILE|-]"));
    parser.addOption(valueOption("catalog", catalogDirectoryHelp(), "DIR"));
    parser.addOption(valueOption("now",
        QCoreApplication::translate("CertCommands",
            "Verify as of this moment (ISO 8601 with a zone, or a day); default: now."),
        "WHEN"));
    parser.addOption(valueOption("subject-name",
        QCoreApplication::translate("CertCommands",
            "Without --db: a person it may be about (kanji or kana); repeatable, one "
            "--subject-birth-date each. Nothing is recorded in the audit log then. With neither "
            "these nor --db the subject is not checked."),
        "NAME"));
    parser.addOption(valueOption("subject-birth-date",
        QCoreApplication::translate(
            "CertCommands", "Without --db: that person's birth date (YYYY-MM-DD or 和暦)."),
        "DATE"));
    parser.addOption(databaseOption());
    parser.addOption(valueOption("resident",
        QCoreApplication::translate("CertCommands",
            "With --db: the resident (宛名番号) whose household the certificate must be about; the "
            "verification is recorded in the audit log (certificate-verify)."),
        "ATENA_NO"));
    parser.addOption(staffOption());
}

int CertVerifyCommand::run(const QCommandLineParser& parser, Output& out)
{
    const auto usage = [&out](const QString& message) {
        out.error(message);
        return int(ExitUsage);
    };
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usage(QCoreApplication::translate("CertCommands", "unexpected argument '%1'")
                         .arg(args.at(1)));
    const QString file = args.value(0);
    const bool withDb = parser.isSet(QStringLiteral("db"));
    if (withDb != parser.isSet(QStringLiteral("resident")))
        return usage(
            QCoreApplication::translate("CertCommands", "--db and --resident go together"));
    const QStringList names = parser.values(QStringLiteral("subject-name"));
    const QStringList births = parser.values(QStringLiteral("subject-birth-date"));
    if (withDb && !(names.isEmpty() && births.isEmpty()))
        return usage(QCoreApplication::translate("CertCommands",
            "--subject-name and --subject-birth-date are for use without --db; "
            "with --db the resident's household is the subject"));
    if (names.size() != births.size())
        return usage(QCoreApplication::translate(
            "CertCommands", "give one --subject-birth-date for each --subject-name"));
    QList<certificate::SubjectCandidate> household;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Result<QDate> born = catalog::parseExactDay(births.at(i));
        if (!born)
            return usage(QStringLiteral("--subject-birth-date %1: %2")
                             .arg(births.at(i), born.error().message));
        household << certificate::SubjectCandidate{
            QStringLiteral("m%1").arg(i + 1), names.at(i), names.at(i), born.value()};
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        const Result<QDateTime> given = parseMoment(parser.value(QStringLiteral("now")));
        if (!given)
            return usage(QStringLiteral("--now: ") + given.error().message);
        now = given.value();
    }
    std::optional<QString> atena;
    if (withDb) {
        const Result<QString> valid
            = text::validateAtenaNumber(parser.value(QStringLiteral("resident")));
        if (!valid)
            return usage(QStringLiteral("--resident: ") + valid.error().message);
        atena = valid.value();
    }
    const auto catalog = openCatalog(parser.value(QStringLiteral("catalog")), out);
    if (!catalog)
        return ExitFailure;

    std::unique_ptr<storage::Database> db;
    std::unique_ptr<CommandAccess> command;
    std::optional<qint64> personId;
    if (atena) {
        auto opened = storage::Database::open(
            parser.value(QStringLiteral("db")), {.create = false, .migrate = true});
        if (!opened) {
            out.error(opened.error().message);
            return ExitFailure;
        }
        db = std::move(opened.value());
        // Logs in first: the password is the first line of stdin, the JWS may follow.
        command = CommandAccess::start(parser, *db, out);
        if (!command)
            return ExitFailure;
        registry::RegisterAccess reg(*db, command->control());
        Result<registry::ResidentProfile> profile
            = reg.profile(*atena, QStringLiteral("certificate verification"));
        if (!profile) {
            out.error(profile.error().message);
            return ExitFailure;
        }
        household = certificate::candidatesOf(profile.value());
        personId = profile->person.id;
    }
    const auto text = readInput(file, out);
    if (!text)
        return ExitFailure;
    if (QString::fromUtf8(*text).trimmed().isEmpty()) {
        out.error(QCoreApplication::translate("CertCommands", "%1 is empty: expected a compact JWS")
                      .arg(file.isEmpty() || file == QLatin1String("-")
                              ? QCoreApplication::translate("CertCommands", "standard input")
                              : file));
        return ExitFailure;
    }

    certificate::CheckedCertificate checked
        = certificate::verifyCertificate(QString::fromUtf8(*text), *catalog, household, now);
    const bool subjectChecked = withDb || !names.isEmpty();
    if (!subjectChecked)
        checked.problems.removeIf([](const certificate::Problem& p) {
            return p.failure == certificate::Failure::WrongSubject;
        });
    if (command) {
        const Status recorded = certificate::recordVerification(command->control(), checked,
            personId, QStringLiteral("cli cert verify %1").arg(*atena));
        if (!recorded) {
            out.error(recorded.error().message);
            return ExitFailure;
        }
    }
    QJsonObject json = certificate::checkedCertificateJson(checked);
    json.insert(QStringLiteral("subject_checked"), subjectChecked);
    json.insert(QStringLiteral("audited"), command != nullptr);
    out.result(json);
    print(checked, catalog->certificate(checked.typeId), subjectChecked, command != nullptr, out);
    return checked.valid() ? ExitOk : ExitFailure;
}

void CertVerifyCommand::print(const certificate::CheckedCertificate& c,
    const catalog::CertificateType* type, bool subjectChecked, bool audited, Output& out)
{
    const QString member = !subjectChecked
        ? QCoreApplication::translate("CertCommands",
            "not checked (give --subject-name and --subject-birth-date, or --db and "
            "--resident)")
        : c.member.isEmpty() ? QCoreApplication::translate("CertCommands", "none")
                             : c.member;
    const QString audit = audited
        ? QCoreApplication::translate("CertCommands", "recorded (certificate-verify)")
        : QCoreApplication::translate("CertCommands", "not recorded (no --db)");
    for (const QString& line : certificate::certificateLines(c, type, language(), member, audit))
        out.line(line);
}

// ---------------------------------------------------------------- keygen

class CertKeygenCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("cert"), QStringLiteral("keygen")}; }
    QString summary() const override
    {
        return QCoreApplication::translate("CertCommands",
            "Make an Ed25519 signing key: its seed and the public JWK for trust.json");
    }
    void configure(QCommandLineParser& parser) const override
    {
        parser.addOption(valueOption("seed",
            QCoreApplication::translate("CertCommands",
                "Print the public JWK of this seed (64 hex digits) instead of making a new one."),
            "HEX"));
    }
    int run(const QCommandLineParser& parser, Output& out) override
    {
        if (!parser.positionalArguments().isEmpty()) {
            out.error(QCoreApplication::translate("CertCommands", "unexpected argument '%1'")
                          .arg(parser.positionalArguments().constFirst()));
            return ExitUsage;
        }
        QByteArray seed;
        if (parser.isSet(QStringLiteral("seed"))) {
            const auto given
                = certificate::issuerFromSeed(parser.value(QStringLiteral("seed")), {}, {});
            if (!given) {
                out.error(QStringLiteral("--seed: ") + given.error().message);
                return ExitUsage;
            }
            seed = given->seed;
        } else {
            seed = certificate::newSeed();
        }
        const QJsonObject jwk = certificate::publicJwk(
            certificate::issuerFromSeed(QString::fromLatin1(seed.toHex()), {}, {})->publicKey());
        out.result(QJsonObject{{QStringLiteral("seed"), QString::fromLatin1(seed.toHex())},
            {QStringLiteral("jwk"), jwk}});
        out.line(QCoreApplication::translate(
            "CertCommands", "seed (secret: keep it where only the signing service reads it):"));
        out.line(QStringLiteral("  ") + QString::fromLatin1(seed.toHex()));
        out.line(QCoreApplication::translate(
            "CertCommands", "public JWK (for the issuer's \"keys\" in trust.json):"));
        out.line(QStringLiteral("  ")
            + QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
};

} // namespace

void appendCertCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<CertIssueCommand>());
    commands.push_back(std::make_unique<CertVerifyCommand>());
    commands.push_back(std::make_unique<CertKeygenCommand>());
}

} // namespace madoguchi::cli
