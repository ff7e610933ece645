#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace madoguchi::storage {
namespace {

// libpq options we pass through; anything else is a typo worth reporting.
const QStringList& knownOptions()
{
    static const QStringList options{QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("target_session_attrs")};
    return options;
}

Result<DatabaseLocation> parsePostgresUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) // Not echoed: an unparsable URL may still hold a password.
        return Error{QCoreApplication::translate("DatabaseLocation",
            "the PostgreSQL URL is not valid: check the host, the port (1–65535) "
            "and that special characters in the user name and password are "
            "percent-encoded")};
    DatabaseLocation location;
    location.engine = Engine::PostgreSql;
    location.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.databaseName = url.path().mid(1);
    if (location.databaseName.isEmpty() || location.databaseName.contains(QLatin1Char('/')))
        return Error{QCoreApplication::translate("DatabaseLocation",
            "the PostgreSQL URL %1 must name one database, as "
            "in postgresql://user@host:5432/madoguchi")
                         .arg(location.displayName())};
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(key))
            return Error{
                QCoreApplication::translate(
                    "DatabaseLocation", "unknown option '%1' in the PostgreSQL URL %2 (known: %3)")
                    .arg(key, location.displayName(), knownOptions().join(QStringLiteral(", ")))};
        location.options.insert(key, value);
    }
    return location;
}

} // namespace

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return sqlitePath;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host;
    if (port != 5432)
        text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + databaseName;
}

Result<DatabaseLocation> parseDatabaseLocation(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QCoreApplication::translate(
            "DatabaseLocation", "no database given: name an SQLite file or a postgresql:// URL")};
    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return parsePostgresUrl(trimmed);
    if (trimmed.contains(QLatin1String("://")))
        return Error{QCoreApplication::translate(
            "DatabaseLocation", "'%1' is neither a file path nor a postgresql:// URL")
                         .arg(trimmed)};

    DatabaseLocation location;
    location.engine = Engine::Sqlite;
    QString path = trimmed;
    if (path.startsWith(QLatin1String("file:")))
        path = path.mid(5);
    location.sqlitePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return location;
}

} // namespace madoguchi::storage
