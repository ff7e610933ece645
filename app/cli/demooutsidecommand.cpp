#include "demooutsidecommand.h"

#include "catalogcommands.h"
#include "clisession.h"
#include "databaseoption.h"
#include "demo/demobirth.h"
#include "demo/demobirthcodes.h"
#include "demooutsidefiles.h"
#include "output.h"
#include "preentry/qrcode.h"
#include "registercontext.h"
#include "registry/registeraccess.h"
#include "storage/database.h"
#include "text/checkdigits.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace madoguchi::cli {

QString DemoOutsideCommand::summary() const
{
    return QCoreApplication::translate("DemoOutsideCommand",
        "Write a pre-entry code and a signed 出生証明書 for a 出生 visit in the demo city");
}

void DemoOutsideCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate(
            "DemoOutsideCommand", "The folder to write the codes into (created if missing)."),
        QCoreApplication::translate("DemoOutsideCommand", "DIR")});
    parser.addOption({QStringLiteral("resident"),
        QCoreApplication::translate("DemoOutsideCommand",
            "The 宛名番号 of a newborn or its mother (default: the newest baby of the city)."),
        QCoreApplication::translate("DemoOutsideCommand", "ATENA_NO")});
    parser.addOption(staffOption());
}

int DemoOutsideCommand::run(const QCommandLineParser& parser, Output& out)
{
    const auto usage = [&out](const QString& message) {
        out.error(message);
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("DemoOutsideCommand", "unexpected argument '%1'")
                         .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(QStringLiteral("db")))
        return usage(QCoreApplication::translate("DemoOutsideCommand",
            "--db LOCATION is required (an SQLite file or a postgresql:// URL)"));
    const QString outDir = parser.value(QStringLiteral("out")).trimmed();
    if (outDir.isEmpty())
        return usage(QCoreApplication::translate(
            "DemoOutsideCommand", "--out DIR is required: the folder to write the codes into"));
    std::optional<QString> resident;
    if (parser.isSet(QStringLiteral("resident"))) {
        const Result<QString> atena
            = text::validateAtenaNumber(parser.value(QStringLiteral("resident")));
        if (!atena)
            return usage(QStringLiteral("--resident: ") + atena.error().message);
        resident = atena.value();
    }
    const auto catalog = openCatalog(QString(), out);
    if (!catalog)
        return ExitFailure;
    // Never creates a database; brings an older one up to the audit chain.
    auto db = storage::Database::open(
        parser.value(QStringLiteral("db")), {.create = false, .migrate = true});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    const Result<QDate> day = demo::demoCityDay(*db.value());
    if (!day) {
        out.error(day.error().message);
        return ExitFailure;
    }
    auto command = CommandAccess::start(parser, *db.value(), out);
    if (!command)
        return ExitFailure;
    registry::RegisterAccess reg(*db.value(), command->control());
    Result<demo::DemoBirth> birth = demo::findDemoBirth(*db.value(), reg, day.value(), resident);
    if (!birth) {
        out.error(birth.error().message);
        return ExitFailure;
    }

    // Everything is made and checked before the first file is written.
    const Result<demo::DemoBirthCodes> codes = demo::makeDemoBirthCodes(birth.value(), *catalog);
    if (!codes) {
        errorLines(out, codes.error().message);
        return ExitFailure;
    }
    const Result<preentry::QrMatrix> codeQr = preentry::makeQrCode(codes->preEntryCode);
    if (!codeQr) {
        out.error(codeQr.error().message);
        return ExitFailure;
    }
    // A JWS is byte-mode text: a long one may not fit any QR code.
    const Result<preentry::QrMatrix> jwsQr = preentry::makeQrCode(codes->certificate);

    const DemoOutsideFiles files{QDir(outDir).absolutePath(),
        QJsonDocument(preentry::preentryJson(codes->preEntry)).toJson(QJsonDocument::Indented),
        codes->preEntryCode, codeQr.value(), codes->certificate,
        jwsQr ? std::optional(jwsQr.value()) : std::nullopt};
    if (Status written = files.write(); !written) {
        out.error(written.error().message);
        return ExitFailure;
    }
    printDemoOutside(out, files,
        DemoOutsidePeople{birth->profile.household.setaiNo,
            demo::shownAddress(birth->profile.household), birth->mother, birth->child,
            codes->issuerName},
        jwsQr ? QString() : jwsQr.error().message);
    return ExitOk;
}

} // namespace madoguchi::cli
