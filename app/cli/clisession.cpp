#include "clisession.h"

#include "output.h"
#include "secretinput.h"
#include "storage/database.h"
#include "storage/databasesecretstore.h"
#include "sync/replicakeys.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <sodium.h>
#include <unistd.h>

namespace madoguchi::cli {
namespace {

// The OS user: the name a console entry carries.
QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) // a service or container without a login name
        user = QStringLiteral("uid-%1").arg(getuid());
    return user;
}

} // namespace

QCommandLineOption staffOption()
{
    return QCommandLineOption(QStringLiteral("as"),
        QCoreApplication::translate("CommandSession",
            "Act as this member of staff; the password is read from the terminal, or one line "
            "of stdin (never from the arguments). Without it the command runs as the console."),
        QCoreApplication::translate("CommandSession", "STAFF_ID"));
}

Result<security::Session> commandSession(
    const QCommandLineParser& parser, storage::Database& db, const QString& office)
{
    const QString terminal = QSysInfo::machineHostName();
    if (!parser.isSet(QStringLiteral("as")))
        return security::Session{QStringLiteral("console:") + osUser(), security::Role::Console,
            office, terminal, QDateTime::currentDateTimeUtc()};

    const QString staffId = parser.value(QStringLiteral("as"));
    QByteArray password;
    const bool read = stdinIsTerminal()
        ? readHidden(QCoreApplication::translate("CommandSession", "Password for %1: ").arg(staffId),
              password)
        : readLine(password);
    if (!read)
        return Error{QCoreApplication::translate(
            "CommandSession", "--as %1: no password was given on the terminal or stdin")
                         .arg(staffId)};
    auto session = security::login(db, staffId, password, terminal);
    sodium_memzero(password.data(), size_t(password.size()));
    return session;
}

CommandAccess::CommandAccess(storage::Database& db, security::Session session)
    : m_audit(db)
    , m_control(std::move(session), m_audit)
{ }

std::unique_ptr<CommandAccess> CommandAccess::start(
    const QCommandLineParser& parser, storage::Database& db, Output& out, const QString& office)
{
    auto session = commandSession(parser, db, office);
    if (!session) {
        out.error(session.error().message);
        return nullptr;
    }
    // On a branch replica the protected values open with the replica's key
    // from the keychain; without it they are withheld, with the reason.
    if (auto code = sync::replicaBranchCode(db.sql()); code && !code->isEmpty())
        (void)sync::attachReplicaCipher(db, storage::databaseSecretStore());
    return std::unique_ptr<CommandAccess>(new CommandAccess(db, std::move(session).value()));
}

} // namespace madoguchi::cli
