#include "staffcommands.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "secretinput.h"
#include "security/passwordhash.h"
#include "security/staffadministration.h"
#include "security/staffdirectory.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

using security::StaffDirectory;

// The new password: asked twice at a terminal, one line of stdin otherwise;
// checked against the policy. Empty with an error shown on failure.
QByteArray readNewPassword(const QString& staffId, Output& out)
{
    QByteArray password;
    if (stdinIsTerminal()) {
        QByteArray again;
        const bool read
            = readHidden(QCoreApplication::translate("StaffCommands", "New password for %1: ")
                             .arg(staffId),
                  password)
            && readHidden(
                QCoreApplication::translate("StaffCommands", "Repeat the password: "), again);
        const bool same = read && password == again;
        security::wipePassword(again);
        if (!read) {
            security::wipePassword(password);
            out.error(QCoreApplication::translate("StaffCommands", "no password was entered"));
            return {};
        }
        if (!same) {
            security::wipePassword(password);
            out.error(QCoreApplication::translate("StaffCommands", "the two passwords differ"));
            return {};
        }
    } else if (!readLine(password)) {
        out.error(QCoreApplication::translate(
            "StaffCommands", "no password on standard input (one line is expected)"));
        return {};
    }
    if (const Status policy = security::checkPasswordPolicy(password); !policy) {
        security::wipePassword(password);
        out.error(policy.error().message);
        return {};
    }
    return password;
}

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(security::staffTimeText(at)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList StaffCommand::path() const
{
    switch (m_action) {
    case Action::Add:
        return {QStringLiteral("staff"), QStringLiteral("add")};
    case Action::Passwd:
        return {QStringLiteral("staff"), QStringLiteral("passwd")};
    case Action::Disable:
        return {QStringLiteral("staff"), QStringLiteral("disable")};
    case Action::Unlock:
        return {QStringLiteral("staff"), QStringLiteral("unlock")};
    case Action::List:
        return {QStringLiteral("staff"), QStringLiteral("list")};
    }
    Q_UNREACHABLE();
    return {};
}

QString StaffCommand::summary() const
{
    switch (m_action) {
    case Action::Add:
        return QCoreApplication::translate("StaffCommands",
            "Add a staff account (the password is read from the terminal or stdin)");
    case Action::Passwd:
        return QCoreApplication::translate("StaffCommands", "Change a staff account's password");
    case Action::Disable:
        return QCoreApplication::translate("StaffCommands", "Disable a staff account");
    case Action::Unlock:
        return QCoreApplication::translate(
            "StaffCommands", "Unlock a staff account locked after wrong passwords");
    case Action::List:
        return QCoreApplication::translate("StaffCommands", "List the staff accounts");
    }
    Q_UNREACHABLE();
    return {};
}

void StaffCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption(staffOption());
    if (m_action == Action::List)
        return;
    parser.addOption(QCommandLineOption(QStringLiteral("id"),
        QCoreApplication::translate("StaffCommands", "The staff id."),
        QCoreApplication::translate("StaffCommands", "ID")));
    if (m_action != Action::Add)
        return;
    parser.addOption(QCommandLineOption(QStringLiteral("role"),
        QCoreApplication::translate(
            "StaffCommands", "The role: clerk, supervisor, admin or auditor."),
        QCoreApplication::translate("StaffCommands", "ROLE")));
    parser.addOption(QCommandLineOption(QStringLiteral("office"),
        QCoreApplication::translate("StaffCommands", "The office the account belongs to."),
        QCoreApplication::translate("StaffCommands", "OFFICE")));
}

int StaffCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.positionalArguments().isEmpty()) {
        out.error(QCoreApplication::translate(
            "StaffCommands", "unexpected argument '%1' (passwords are never taken from arguments)")
                      .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate("StaffCommands", "--db LOCATION is required"));
        return ExitUsage;
    }
    const QString staffId
        = m_action == Action::List ? QString() : parser.value(QStringLiteral("id"));
    if (m_action != Action::List && staffId.isEmpty()) {
        out.error(QCoreApplication::translate("StaffCommands", "--id ID is required"));
        return ExitUsage;
    }
    std::optional<security::Role> role;
    if (m_action == Action::Add) {
        if (!parser.isSet(QStringLiteral("role"))) {
            out.error(QCoreApplication::translate("StaffCommands", "--role ROLE is required"));
            return ExitUsage;
        }
        role = security::roleFromName(parser.value(QStringLiteral("role")));
        if (!role) {
            out.error(QCoreApplication::translate("StaffCommands",
                "unknown role '%1'; the roles are clerk, supervisor, admin and auditor")
                          .arg(parser.value(QStringLiteral("role"))));
            return ExitUsage;
        }
    }

    // An account is only ever added to an existing database ('db migrate').
    auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
    if (!db) {
        out.error(db.error().message);
        return ExitFailure;
    }
    auto command = CommandAccess::start(parser, *db.value(), out);
    if (!command)
        return ExitFailure;
    security::AccessControl& access = command->control();
    StaffDirectory engine(*db.value());
    security::StaffAdministration directory(engine, access);

    if (m_action == Action::List) {
        auto accounts = directory.list();
        if (!accounts) {
            out.error(accounts.error().message);
            return ExitFailure;
        }
        QJsonArray array;
        for (const security::StaffAccount& account : accounts.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), account.id},
                {QStringLiteral("role"), security::roleName(account.role)},
                {QStringLiteral("office"), account.office},
                {QStringLiteral("disabled"), account.disabled},
                {QStringLiteral("failed_logins"), account.failedLogins},
                {QStringLiteral("locked_until"), timeJson(account.lockedUntil)},
                {QStringLiteral("created_at"), timeJson(account.createdAt)},
                {QStringLiteral("updated_at"), timeJson(account.updatedAt)}});
            QString state;
            if (account.disabled)
                state = QCoreApplication::translate("StaffCommands", "disabled");
            else if (account.lockedUntil.isValid() && account.lockedUntil > Clock::system().now())
                state = QCoreApplication::translate("StaffCommands", "locked until %1")
                            .arg(account.lockedUntil.toLocalTime().toString(Qt::ISODate));
            else
                state = QCoreApplication::translate("StaffCommands", "active");
            out.line(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(account.id, security::roleName(account.role), account.office, state));
        }
        out.result(array);
        if (accounts.value().isEmpty())
            out.line(QCoreApplication::translate("StaffCommands", "There are no staff accounts."));
        return ExitOk;
    }

    Status done;
    QString message;
    switch (m_action) {
    case Action::Add:
    case Action::Passwd: {
        QByteArray password = readNewPassword(staffId, out);
        if (password.isEmpty())
            return ExitFailure;
        if (m_action == Action::Add) {
            done = directory.add(staffId, *role, parser.value(QStringLiteral("office")), password);
            message = QCoreApplication::translate("StaffCommands", "Staff account %1 added (%2).")
                          .arg(staffId, security::roleName(*role));
        } else {
            done = directory.setPassword(staffId, password);
            message = QCoreApplication::translate(
                "StaffCommands", "The password of staff account %1 is changed.")
                          .arg(staffId);
        }
        security::wipePassword(password);
        break;
    }
    case Action::Disable:
        done = directory.disable(staffId);
        message = QCoreApplication::translate("StaffCommands", "Staff account %1 is disabled.")
                      .arg(staffId);
        break;
    case Action::Unlock:
        done = directory.unlock(staffId);
        message = QCoreApplication::translate("StaffCommands", "Staff account %1 is unlocked.")
                      .arg(staffId);
        break;
    case Action::List:
        break;
    }
    if (!done) {
        out.error(done.error().message);
        return ExitFailure;
    }
    out.result(QJsonObject{{QStringLiteral("id"), staffId}});
    out.line(message);
    return ExitOk;
}

} // namespace madoguchi::cli
