#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace madoguchi::sandbox {
namespace {

// A share between 0 and 1, or nothing.
std::optional<double> parseRate(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0))
        return std::nullopt;
    return value;
}

} // namespace

ParsedOptions parseSandboxOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Sandbox",
        "A stand-in back-end system that receives Madoguchi's applications over HTTP "
        "(docs/backend-api.md)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("Sandbox", "Show this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QCoreApplication::translate("Sandbox", "Print the version."));
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate(
            "Sandbox", "Listen on 127.0.0.1:PORT; 0 picks a free port (default)."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("Sandbox",
            "Keep the received applications in this SQLite file (created if missing); without it "
            "they are kept in memory."),
        QStringLiteral("FILE"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
        QCoreApplication::translate(
            "Sandbox", "Answer this share (0..1) of POSTs with 503 without storing them."),
        QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption drop(QStringLiteral("drop-after-commit"),
        QCoreApplication::translate("Sandbox",
            "Store and commit this share (0..1) of new applications, then close the connection "
            "without an answer."),
        QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QCoreApplication::translate(
            "Sandbox", "Wait this many milliseconds before handling each POST."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption reject(QStringLiteral("reject"),
        QCoreApplication::translate(
            "Sandbox", "Answer 422 to applications for this procedure id (repeatable)."),
        QStringLiteral("PROCEDURE_ID"));
    const QCommandLineOption token(QStringLiteral("token"),
        QCoreApplication::translate(
            "Sandbox", "Accept only this bearer token (default: no token is asked for)."),
        QStringLiteral("T"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("Sandbox", "Seed of the fault choices, for repeatable runs."),
        QStringLiteral("S"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QCoreApplication::translate(
            "Sandbox", "Serve https with this certificate (PEM; with --tls-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QCoreApplication::translate("Sandbox", "The private key of --tls-cert (PEM)."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {help, version, port, db, failRate, drop, latency, reject, token, seed, tlsCert, tlsKey});

    ParsedOptions result;
    const auto wrong = [&result](const QString& message) {
        result.message = message;
        result.exitCode = 2;
        return result;
    };
    if (!parser.parse(arguments))
        return wrong(parser.errorText());
    if (parser.isSet(help)) {
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.message = QStringLiteral("madoguchi-sandbox " MADOGUCHI_VERSION "\n");
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return wrong(QCoreApplication::translate("Sandbox", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().constFirst()));

    SandboxOptions options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return wrong(QCoreApplication::translate(
            "Sandbox", "--port: expected a number from 0 to 65535, got '%1'")
                         .arg(parser.value(port)));
    options.port = static_cast<quint16>(portValue);
    options.databasePath = parser.value(db);
    if (parser.isSet(db) && options.databasePath.isEmpty())
        return wrong(QCoreApplication::translate("Sandbox", "--db: expected a file name"));

    const auto fail = parseRate(parser.value(failRate));
    if (!fail)
        return wrong(QCoreApplication::translate(
            "Sandbox", "--fail-rate: expected a number from 0 to 1, got '%1'")
                         .arg(parser.value(failRate)));
    options.failRate = *fail;
    const auto dropRate = parseRate(parser.value(drop));
    if (!dropRate)
        return wrong(QCoreApplication::translate(
            "Sandbox", "--drop-after-commit: expected a number from 0 to 1, got '%1'")
                         .arg(parser.value(drop)));
    options.dropAfterCommit = *dropRate;

    const int latencyValue = parser.value(latency).toInt(&ok);
    if (!ok || latencyValue < 0 || latencyValue > 600000)
        return wrong(QCoreApplication::translate(
            "Sandbox", "--latency-ms: expected a number from 0 to 600000, got '%1'")
                         .arg(parser.value(latency)));
    options.latencyMs = latencyValue;

    options.rejectedProcedures = parser.values(reject);
    for (const QString& procedure : std::as_const(options.rejectedProcedures)) {
        if (procedure.isEmpty())
            return wrong(
                QCoreApplication::translate("Sandbox", "--reject: expected a procedure id"));
    }
    if (parser.isSet(token)) {
        options.token = parser.value(token);
        if (options.token.isEmpty())
            return wrong(
                QCoreApplication::translate("Sandbox", "--token: expected a non-empty token"));
    }
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return wrong(QCoreApplication::translate(
            "Sandbox", "--tls-cert and --tls-key go together"));
    if (parser.isSet(seed)) {
        const quint64 seedValue = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return wrong(QCoreApplication::translate(
                "Sandbox", "--seed: expected a non-negative whole number, got '%1'")
                             .arg(parser.value(seed)));
        options.seed = seedValue;
    }
    result.options = options;
    return result;
}

} // namespace madoguchi::sandbox
