#include "demoseedcommand.h"

#include "databaseoption.h"
#include "demo/demoaccounts.h"
#include "demo/democity.h"
#include "output.h"
#include "security/passwordhash.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace madoguchi::cli {
namespace {

constexpr std::int64_t kDefaultResidents = 10'000;

// The options, or the message that says why they are wrong.
struct Arguments {
    QString location;
    demo::DemoOptions options;
};

std::optional<Arguments> parseArguments(const QCommandLineParser& parser, Output& out)
{
    Arguments a;
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("DemoSeedCommand",
            "--db LOCATION is required (an SQLite file or a postgresql:// URL)"));
        return std::nullopt;
    }
    a.location = parser.value(QStringLiteral("db"));

    a.options.residents = kDefaultResidents;
    if (parser.isSet(QStringLiteral("residents"))) {
        const QString text = parser.value(QStringLiteral("residents")).trimmed();
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (!ok || n < 1 || n > demo::kMaxDemoResidents) {
            out.error(QCoreApplication::translate(
                "DemoSeedCommand", "--residents must be a whole number from 1 to %1, not '%2'")
                          .arg(demo::kMaxDemoResidents)
                          .arg(text));
            return std::nullopt;
        }
        a.options.residents = n;
    }

    a.options.seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        const QString text = parser.value(QStringLiteral("seed")).trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
        bool ok = false;
        const qulonglong seed = text.toULongLong(&ok, 10);
        if (!digits.match(text).hasMatch() || !ok) {
            out.error(QCoreApplication::translate("DemoSeedCommand",
                "--seed must be a whole number from 0 to 18446744073709551615, not '%1'")
                          .arg(text));
            return std::nullopt;
        }
        a.options.seed = seed;
    }

    a.options.asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QString text = parser.value(QStringLiteral("as-of")).trimmed();
        static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!iso.match(text).hasMatch() || !date.isValid()) {
            out.error(QCoreApplication::translate(
                "DemoSeedCommand", "--as-of must be a date written YYYY-MM-DD, not '%1'")
                          .arg(text));
            return std::nullopt;
        }
        a.options.asOf = date;
    }
    if (Status valid = demo::validateDemoOptions(a.options); !valid) {
        out.error(valid.error().message);
        return std::nullopt;
    }
    return a;
}

// The SQLite file and its write-ahead log, once the connection is closed.
qint64 sqliteBytes(const QString& path)
{
    qint64 bytes = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists())
        bytes += wal.size();
    return bytes;
}

QJsonArray accountsJson(const QList<demo::DemoAccount>& accounts)
{
    QJsonArray array;
    for (const demo::DemoAccount& a : accounts)
        array.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("role"), security::roleName(a.role)},
            {QStringLiteral("office"), a.office},
            {QStringLiteral("password"), QString::fromLatin1(a.password)},
        });
    return array;
}

// The one time anyone sees these passwords: only their hashes are stored.
void printAccounts(const QList<demo::DemoAccount>& accounts, const QString& database, Output& out)
{
    out.line(QString());
    out.line(QCoreApplication::translate(
        "DemoSeedCommand", "Demo accounts (shown only this once; only their hashes are stored):"));
    for (const demo::DemoAccount& a : accounts)
        out.line(QCoreApplication::translate("DemoSeedCommand", "  %1  %2  %3  password: %4")
                     .arg(a.id.leftJustified(16), security::roleName(a.role).leftJustified(10),
                         a.office, QString::fromLatin1(a.password)));
    out.line(QCoreApplication::translate("DemoSeedCommand",
        "To set a new password: madoguchi-cli staff passwd --db %1 --id demo-clerk")
                 .arg(database));
}

} // namespace

QString DemoSeedCommand::summary() const
{
    return QCoreApplication::translate(
        "DemoSeedCommand", "Fill an empty database with the fictitious demo city");
}

void DemoSeedCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("residents"),
        QCoreApplication::translate(
            "DemoSeedCommand", "How many residents, 1 to 10,000,000 (default 10,000)."),
        QCoreApplication::translate("DemoSeedCommand", "N")});
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate("DemoSeedCommand",
            "The seed: the same seed, count and date give the same city (default 1)."),
        QCoreApplication::translate("DemoSeedCommand", "S")});
    parser.addOption({QStringLiteral("as-of"),
        QCoreApplication::translate(
            "DemoSeedCommand", "The reference date ages are counted from (default today)."),
        QCoreApplication::translate("DemoSeedCommand", "YYYY-MM-DD")});
}

int DemoSeedCommand::run(const QCommandLineParser& parser, Output& out)
{
    const std::optional<Arguments> args = parseArguments(parser, out);
    if (!args)
        return ExitUsage;

    QElapsedTimer timer;
    timer.start();
    auto opened = storage::Database::open(args->location);
    if (!opened) {
        out.error(opened.error().message);
        return ExitFailure;
    }
    std::unique_ptr<storage::Database> database = std::move(opened).value();
    const storage::DatabaseLocation location = database->location();
    const auto seeded = demo::seedDemoCity(
        *database, args->options, [&](std::int64_t written, std::int64_t total) {
            out.progress(QCoreApplication::translate(
                "DemoSeedCommand", "Seeding the demo city: %1 of %2 residents (%3%)")
                             .arg(written)
                             .arg(total)
                             .arg(written * 100 / total));
        });
    // The demo accounts come only with the demo city (docs/security.md).
    auto accounts = seeded ? demo::createDemoAccounts(*database)
                           : Result<QList<demo::DemoAccount>>(QList<demo::DemoAccount>{});
    database.reset(); // SQLite folds its write-ahead log into the file on close
    out.endProgress();
    if (!seeded) {
        out.error(seeded.error().message);
        return ExitFailure;
    }
    if (!accounts) {
        out.error(accounts.error().message);
        return ExitFailure;
    }
    const demo::DemoSummary& s = seeded.value();
    const double seconds = double(timer.elapsed()) / 1000.0;
    const bool sqlite = location.engine == storage::Engine::Sqlite;
    const qint64 bytes = sqlite ? sqliteBytes(location.sqlitePath) : -1;

    out.result(QJsonObject{
        {QStringLiteral("database"), location.displayName()},
        {QStringLiteral("prefecture"), s.prefecture},
        {QStringLiteral("city"), s.cityName},
        {QStringLiteral("cityCode"), s.cityCode},
        // A string: JSON numbers cannot hold every 64-bit seed exactly.
        {QStringLiteral("seed"), QString::number(args->options.seed)},
        {QStringLiteral("asOf"), args->options.asOf.toString(Qt::ISODate)},
        {QStringLiteral("residents"), qint64(s.residents)},
        {QStringLiteral("households"), qint64(s.households)},
        {QStringLiteral("foreignResidents"), qint64(s.foreignResidents)},
        {QStringLiteral("supportMeasures"), qint64(s.supportMeasures)},
        {QStringLiteral("nameHistory"), qint64(s.nameHistory)},
        {QStringLiteral("addressHistory"), qint64(s.addressHistory)},
        {QStringLiteral("seconds"), qRound(seconds * 10) / 10.0},
        {QStringLiteral("databaseBytes"), sqlite ? QJsonValue(bytes) : QJsonValue()},
        {QStringLiteral("accounts"), accountsJson(accounts.value())},
    });
    out.line(QCoreApplication::translate(
        "DemoSeedCommand", "Seeded the demo city %1%2 (city code %3) into %4")
                 .arg(s.prefecture, s.cityName, s.cityCode, location.displayName()));
    out.line(QCoreApplication::translate("DemoSeedCommand", "  residents:          %1")
                 .arg(s.residents));
    out.line(QCoreApplication::translate("DemoSeedCommand", "  households:         %1")
                 .arg(s.households));
    out.line(QCoreApplication::translate("DemoSeedCommand", "  foreign residents:  %1")
                 .arg(s.foreignResidents));
    out.line(QCoreApplication::translate("DemoSeedCommand", "  support measures:   %1")
                 .arg(s.supportMeasures));
    out.line(QCoreApplication::translate("DemoSeedCommand", "  former names:       %1")
                 .arg(s.nameHistory));
    out.line(QCoreApplication::translate("DemoSeedCommand", "  past addresses:     %1")
                 .arg(s.addressHistory));
    out.line(
        QCoreApplication::translate("DemoSeedCommand", "  seed %1, reference date %2")
            .arg(QString::number(args->options.seed), args->options.asOf.toString(Qt::ISODate)));
    if (sqlite)
        out.line(QCoreApplication::translate("DemoSeedCommand", "  %1 seconds, database file %2 MB")
                     .arg(seconds, 0, 'f', 1)
                     .arg(double(bytes) / 1e6, 0, 'f', 1));
    else
        out.line(
            QCoreApplication::translate("DemoSeedCommand", "  %1 seconds").arg(seconds, 0, 'f', 1));
    printAccounts(accounts.value(), location.displayName(), out);
    for (demo::DemoAccount& account : accounts.value())
        security::wipePassword(account.password);
    return ExitOk;
}

} // namespace madoguchi::cli
