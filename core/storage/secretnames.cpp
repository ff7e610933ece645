#include "storage/secretnames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace madoguchi::storage {
namespace {

const QString kPostgresPrefix = QStringLiteral("postgresql/");
const QString kBackendPrefix = QStringLiteral("backend/");
const QString kReplicaPrefix = QStringLiteral("replica/");

// The name as it may appear in a message: control characters escaped, long
// names shortened.
QString shown(const QString& name)
{
    QString text;
    for (const QChar c : name.left(80)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            text += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            text += c;
    }
    if (name.size() > 80)
        text += QStringLiteral("…");
    return text;
}

bool isSystemId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return pattern.match(id).hasMatch() && id != QLatin1String(".") && id != QLatin1String("..");
}

} // namespace

Status checkSecretName(const QString& name)
{
    if (name.isEmpty())
        return Error{QCoreApplication::translate("SecretNames",
            "the secret name is empty; expected postgresql/USER@HOST:PORT/DBNAME or "
            "backend/SYSTEM_ID/token")};
    if (name.size() > kMaxSecretNameLength)
        return Error{QCoreApplication::translate(
            "SecretNames", "the secret name '%1' is %2 characters long; at most %3 are allowed")
                         .arg(shown(name))
                         .arg(name.size())
                         .arg(kMaxSecretNameLength)};
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return Error{QCoreApplication::translate("SecretNames",
                "the secret name '%1' holds a control character (U+%2) at position %3")
                             .arg(shown(name))
                             .arg(int(c.unicode()), 4, 16, QLatin1Char('0'))
                             .arg(i + 1)};
    }
    if (name.front().isSpace() || name.back().isSpace())
        return Error{QCoreApplication::translate(
            "SecretNames", "the secret name '%1' starts or ends with white space")
                         .arg(shown(name))};
    if (name.startsWith(kPostgresPrefix)) {
        static const QRegularExpression pattern(
            QStringLiteral("^postgresql/[^/]+@[^/]+:([0-9]{1,5})/[^/]+$"));
        const QRegularExpressionMatch match = pattern.match(name);
        const int port = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (port < 1 || port > 65535)
            return Error{QCoreApplication::translate("SecretNames",
                "the secret name '%1' is not of the form postgresql/USER@HOST:PORT/DBNAME "
                "(the port is a number from 1 to 65535)")
                             .arg(shown(name))};
        return {};
    }
    if (name.startsWith(kBackendPrefix)) {
        const QStringList parts = name.split(QLatin1Char('/'));
        if (parts.size() != 3 || !isSystemId(parts.at(1)) || parts.at(2) != QLatin1String("token"))
            return Error{QCoreApplication::translate("SecretNames",
                "the secret name '%1' is not of the form backend/SYSTEM_ID/token (the id "
                "holds letters, digits, '.', '_' and '-')")
                             .arg(shown(name))};
        return {};
    }
    if (name.startsWith(kReplicaPrefix)) {
        const QStringList parts = name.split(QLatin1Char('/'));
        if (parts.size() != 3 || !isSystemId(parts.at(1)) || parts.at(2) != QLatin1String("key"))
            return Error{QCoreApplication::translate("SecretNames",
                "the secret name '%1' is not of the form replica/BRANCH_CODE/key (the code "
                "holds letters, digits, '.', '_' and '-')")
                             .arg(shown(name))};
        return {};
    }
    return Error{QCoreApplication::translate("SecretNames",
        "the secret name '%1' is of no kind Madoguchi reads; expected "
        "postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token")
                     .arg(shown(name))};
}

Result<QString> postgresPasswordSecretName(const DatabaseLocation& location)
{
    if (location.engine != Engine::PostgreSql)
        return Error{QCoreApplication::translate(
            "SecretNames", "an SQLite database (%1) has no password secret")
                         .arg(location.sqlitePath)};
    if (location.user.isEmpty())
        return Error{QCoreApplication::translate("SecretNames",
            "the PostgreSQL URL %1 names no user, so no keychain secret belongs to it; "
            "write the user, as in postgresql://USER@HOST:PORT/DBNAME")
                         .arg(location.displayName())};
    const QString host = location.host.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + location.host + QLatin1Char(']')
        : location.host;
    const QString name = kPostgresPrefix + location.user + QLatin1Char('@') + host
        + QLatin1Char(':') + QString::number(location.port) + QLatin1Char('/')
        + location.databaseName;
    if (Status valid = checkSecretName(name); !valid)
        return valid.error();
    return name;
}

Result<QString> backendTokenSecretName(const QString& systemId)
{
    if (!isSystemId(systemId))
        return Error{QCoreApplication::translate("SecretNames",
            "'%1' is not a back-end system id: use letters, digits, '.', '_' and '-'")
                         .arg(shown(systemId))};
    const QString name = kBackendPrefix + systemId + QStringLiteral("/token");
    if (Status valid = checkSecretName(name); !valid)
        return valid.error();
    return name;
}

Result<QString> replicaKeySecretName(const QString& branchCode)
{
    if (!isSystemId(branchCode))
        return Error{QCoreApplication::translate(
            "SecretNames", "'%1' is not a branch code: use letters, digits, '.', '_' and '-'")
                         .arg(shown(branchCode))};
    const QString name = kReplicaPrefix + branchCode + QStringLiteral("/key");
    if (Status valid = checkSecretName(name); !valid)
        return valid.error();
    return name;
}

} // namespace madoguchi::storage
