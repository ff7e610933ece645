#include "preentrycommands.h"

#include "catalogcommands.h"
#include "output.h"
#include "preentry/preentrycode.h"
#include "preentry/preentryresolution.h"
#include "preentry/qrcode.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>
#include <optional>

namespace madoguchi::cli {
namespace {

// The bytes of FILE, or of standard input for "-"; nothing after saying why.
std::optional<QByteArray> readInput(const QString& name, Output& out)
{
    QFile file;
    const bool opened = name == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        out.error(QCoreApplication::translate("PreentryCommands", "cannot read %1: %2")
                      .arg(name, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

// A pre-entry's JSON (format v1) from FILE or "-", checked.
std::optional<preentry::PreEntry> readEntryFile(const QString& name, Output& out)
{
    auto bytes = readInput(name, out);
    if (!bytes)
        return std::nullopt;
    if (bytes->startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        bytes->remove(0, 3);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        out.error(
            QCoreApplication::translate("PreentryCommands", "%1 is not valid JSON at offset %2: %3")
                .arg(name, QString::number(error.offset), error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        out.error(QCoreApplication::translate(
            "PreentryCommands", "%1: expected a JSON object (docs/preentry.md)")
                      .arg(name));
        return std::nullopt;
    }
    Result<preentry::PreEntry> entry = preentry::readPreEntry(document.object());
    if (!entry) {
        out.error(QStringLiteral("%1: %2").arg(name, entry.error().message));
        return std::nullopt;
    }
    return std::move(entry.value());
}

// Exactly one positional argument, or a usage error.
std::optional<QString> onlyArgument(
    const QCommandLineParser& parser, const QString& what, Output& out)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() == 1)
        return args.first();
    out.error(args.isEmpty()
            ? QCoreApplication::translate("PreentryCommands", "give %1").arg(what)
            : QCoreApplication::translate("PreentryCommands", "unexpected argument '%1'")
                  .arg(args.at(1)));
    return std::nullopt;
}

QString indented(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed();
}

// preentry encode FILE|- [--qr-svg OUT.svg] [--qr-terminal]
class PreentryEncodeCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("preentry"), QStringLiteral("encode")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate("PreentryCommands",
            "Make the MDP1: code of a smartphone pre-entry (JSON, docs/preentry.md)");
    }
    void configure(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("file"),
            QCoreApplication::translate(
                "PreentryCommands", "The pre-entry, JSON of format v1; - for standard input."),
            QCoreApplication::translate("PreentryCommands", "FILE"));
        parser.addOption({QStringLiteral("qr-svg"),
            QCoreApplication::translate(
                "PreentryCommands", "Also write the code's QR code as SVG."),
            QCoreApplication::translate("PreentryCommands", "OUT.svg")});
        parser.addOption({QStringLiteral("qr-terminal"),
            QCoreApplication::translate("PreentryCommands",
                "Also print the QR code in the terminal (before the code), to scan it off the "
                "screen.")});
    }
    int run(const QCommandLineParser& parser, Output& out) override
    {
        const auto file = onlyArgument(parser,
            QCoreApplication::translate("PreentryCommands", "the pre-entry's JSON file (or -)"),
            out);
        if (!file)
            return ExitUsage;
        const auto entry = readEntryFile(*file, out);
        if (!entry)
            return ExitFailure;
        const Result<QString> code = preentry::encodePreEntry(*entry);
        if (!code) {
            out.error(code.error().message);
            return ExitFailure;
        }
        const Result<preentry::QrMatrix> qr = preentry::makeQrCode(code.value());
        if (!qr) {
            out.error(qr.error().message);
            return ExitFailure;
        }
        if (parser.isSet(QStringLiteral("qr-svg"))) {
            const QString name = parser.value(QStringLiteral("qr-svg"));
            QSaveFile svg(name);
            if (!svg.open(QIODevice::WriteOnly) || svg.write(qr->toSvg().toUtf8()) < 0
                || !svg.commit()) {
                out.error(QCoreApplication::translate("PreentryCommands", "cannot write %1: %2")
                              .arg(name, svg.errorString()));
                return ExitFailure;
            }
        }
        // Sizes on stderr, so that stdout is the code alone (a pipe to decode).
        out.error(QCoreApplication::translate("PreentryCommands",
            "%1 characters (at most %2), QR code version %3 (%4 × %4 modules, error "
            "correction M, alphanumeric mode)")
                      .arg(code->size())
                      .arg(preentry::kMaxCodeLength)
                      .arg(qr->version)
                      .arg(qr->size));
        if (parser.isSet(QStringLiteral("qr-terminal")) && !out.json())
            out.line(qr->toTerminal());
        out.line(code.value());
        out.result(QJsonObject{{QStringLiteral("code"), code.value()},
            {QStringLiteral("length"), code->size()},
            {QStringLiteral("max_length"), preentry::kMaxCodeLength},
            {QStringLiteral("qr_version"), qr->version}, {QStringLiteral("qr_modules"), qr->size}});
        return ExitOk;
    }
};

// preentry decode CODE|-
class PreentryDecodeCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("preentry"), QStringLiteral("decode")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "PreentryCommands", "Print the pre-entry (JSON) an MDP1: code holds");
    }
    void configure(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("code"),
            QCoreApplication::translate("PreentryCommands",
                "The code (quote it: it may hold spaces); - for standard input, as a scanner "
                "or a pipe gives it."),
            QCoreApplication::translate("PreentryCommands", "CODE"));
    }
    int run(const QCommandLineParser& parser, Output& out) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() > 1) {
            out.error(QCoreApplication::translate("PreentryCommands",
                "%1 arguments: a code may hold spaces, so quote it ('MDP1:…') or give "
                "it on standard input with -")
                          .arg(args.size()));
            return ExitUsage;
        }
        const auto argument = onlyArgument(
            parser, QCoreApplication::translate("PreentryCommands", "the code (or -)"), out);
        if (!argument)
            return ExitUsage;
        QString text = *argument;
        if (text == QLatin1String("-")) {
            const auto bytes = readInput(text, out);
            if (!bytes)
                return ExitFailure;
            text = QString::fromUtf8(*bytes);
        }
        const Result<preentry::PreEntry> entry = preentry::decodePreEntry(text);
        if (!entry) {
            out.error(entry.error().message);
            return ExitFailure;
        }
        const QJsonObject json = preentry::preentryJson(entry.value());
        out.line(indented(json));
        out.result(json);
        return ExitOk;
    }
};

// preentry check FILE|- [--catalog DIR]
class PreentryCheckCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("preentry"), QStringLiteral("check")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "PreentryCommands", "Check a pre-entry's keys and values against the catalog");
    }
    void configure(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("file"),
            QCoreApplication::translate(
                "PreentryCommands", "The pre-entry, JSON of format v1; - for standard input."),
            QCoreApplication::translate("PreentryCommands", "FILE"));
        parser.addOption({QStringLiteral("catalog"), catalogDirectoryHelp(),
            QCoreApplication::translate("PreentryCommands", "DIR")});
    }
    int run(const QCommandLineParser& parser, Output& out) override
    {
        const auto file = onlyArgument(parser,
            QCoreApplication::translate("PreentryCommands", "the pre-entry's JSON file (or -)"),
            out);
        if (!file)
            return ExitUsage;
        const auto catalog = openCatalog(parser.value(QStringLiteral("catalog")), out);
        if (!catalog)
            return ExitFailure;
        const auto entry = readEntryFile(*file, out);
        if (!entry)
            return ExitFailure;
        const Result<preentry::ResolvedPreEntry> checked
            = preentry::checkPreEntry(*entry, *catalog);
        if (!checked) {
            out.error(checked.error().message);
            return ExitFailure;
        }
        const catalog::LifeEvent* event = catalog->event(checked->eventType);
        out.line(QCoreApplication::translate("PreentryCommands", "life event: %1 (%2), %3")
                     .arg(checked->eventType, event->names.ja,
                         checked->eventDate.toString(Qt::ISODate)));
        out.line(QCoreApplication::translate("PreentryCommands", "used: %1")
                     .arg(checked->keysUsed.isEmpty()
                             ? QCoreApplication::translate("PreentryCommands", "nothing")
                             : checked->keysUsed.join(QStringLiteral(", "))));
        if (!checked->persons.isEmpty()) {
            out.line(QCoreApplication::translate(
                "PreentryCommands", "persons, matched at the desk by name and birth date:"));
            for (const QString& p : checked->persons)
                out.line(QStringLiteral("  ") + p);
        }
        if (!out.json())
            for (const QString& note : checked->notes)
                out.error(
                    QCoreApplication::translate("PreentryCommands", "not used: %1").arg(note));
        out.result(QJsonObject{{QStringLiteral("event_type"), checked->eventType},
            {QStringLiteral("event_date"), checked->eventDate.toString(Qt::ISODate)},
            {QStringLiteral("event_answers"), checked->eventAnswers},
            {QStringLiteral("answers"), checked->answers},
            {QStringLiteral("keys_used"), QJsonArray::fromStringList(checked->keysUsed)},
            {QStringLiteral("persons"), QJsonArray::fromStringList(checked->persons)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(checked->notes)}});
        return checked->notes.isEmpty() ? ExitOk : ExitFailure;
    }
};

} // namespace

void appendPreentryCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<PreentryEncodeCommand>());
    commands.push_back(std::make_unique<PreentryDecodeCommand>());
    commands.push_back(std::make_unique<PreentryCheckCommand>());
}

} // namespace madoguchi::cli
