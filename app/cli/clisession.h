#pragma once

#include "common/result.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/login.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::cli {

class Output;

// --as STAFF_ID: act as a member of staff, whose password is read from the
// terminal (or one line of stdin), never from the arguments.
QCommandLineOption staffOption();

// Who runs a command (docs/security.md, "The console"): with --as, the
// staff member after a login (recorded like a desk login); without it, the
// console — the operating-system user at this host, role console, who holds
// the database's credentials and may only read and administer.
Result<security::Session> commandSession(
    const QCommandLineParser& parser, storage::Database& db, const QString& office = {});

// A command's session with the audit log its entries go to: what the
// guarded services (RegisterAccess, StaffAdministration, AuditReader) take.
class CommandAccess {
public:
    // Prints the problem and returns null when the login fails.
    static std::unique_ptr<CommandAccess> start(const QCommandLineParser& parser,
        storage::Database& db, Output& out, const QString& office = {});

    security::AccessControl& control() { return m_control; }

private:
    CommandAccess(storage::Database& db, security::Session session);

    security::AuditLog m_audit;
    security::AccessControl m_control;
};

} // namespace madoguchi::cli
