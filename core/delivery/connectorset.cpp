#include "delivery/connectorset.h"

#include "delivery/filedropconnector.h"
#include "delivery/httpconnector.h"
#include "storage/requiredsecret.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace madoguchi::delivery {
namespace {

Error configError(const QString& origin, const QString& where, const QString& what)
{
    return Error{QStringLiteral("%1: %2: %3").arg(origin, where, what)};
}

} // namespace

Result<ConnectorSet> ConnectorSet::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ConnectorSet", "%1: cannot be read: %2")
                         .arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{QCoreApplication::translate(
            "ConnectorSet", "%1: not a JSON object (at byte %2: %3)")
                         .arg(path)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    return fromJson(document.object(), path);
}

Result<ConnectorSet> ConnectorSet::fromJson(const QJsonObject& json, const QString& origin)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != QLatin1String("systems") && it.key() != QLatin1String("default"))
            return configError(origin, QStringLiteral("/") + it.key(),
                QCoreApplication::translate(
                    "ConnectorSet", "unknown key; expected \"systems\" and \"default\""));
    ConnectorSet set;
    set.m_origin = origin;
    set.m_systems = json.value(QStringLiteral("systems")).toObject();
    set.m_default = json.value(QStringLiteral("default")).toObject();
    static const QStringList kKeys{QStringLiteral("type"), QStringLiteral("url"),
        QStringLiteral("base_url"), QStringLiteral("auth"), QStringLiteral("ca"),
        QStringLiteral("timeout_ms"), QStringLiteral("directory")};
    auto check = [&](const QJsonObject& c, const QString& where) -> Status {
        for (auto it = c.begin(); it != c.end(); ++it)
            if (!kKeys.contains(it.key()))
                return configError(origin, where + QLatin1Char('/') + it.key(),
                    QCoreApplication::translate("ConnectorSet", "unknown key"));
        const QString type = c.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("file")) {
            if (c.value(QStringLiteral("directory")).toString().isEmpty())
                return configError(origin, where + QStringLiteral("/directory"),
                    QCoreApplication::translate("ConnectorSet", "a file drop needs a directory"));
            return {};
        }
        if (type != QLatin1String("http"))
            return configError(origin, where + QStringLiteral("/type"),
                QCoreApplication::translate(
                    "ConnectorSet", "expected \"http\" or \"file\", not \"%1\"")
                    .arg(type));
        const QString auth = c.value(QStringLiteral("auth")).toString(QStringLiteral("bearer"));
        if (auth != QLatin1String("bearer") && auth != QLatin1String("none"))
            return configError(origin, where + QStringLiteral("/auth"),
                QCoreApplication::translate("ConnectorSet", "expected \"bearer\" or \"none\""));
        return {};
    };
    for (auto it = set.m_systems.begin(); it != set.m_systems.end(); ++it)
        if (Status s = check(it.value().toObject(), QStringLiteral("/systems/") + it.key()); !s)
            return s.error();
    if (!set.m_default.isEmpty())
        if (Status s = check(set.m_default, QStringLiteral("/default")); !s)
            return s.error();
    return set;
}

Result<ConnectorSet> ConnectorSet::sandbox(const QString& baseUrl)
{
    return fromJson(QJsonObject{{QStringLiteral("default"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                            {QStringLiteral("base_url"), baseUrl},
                            {QStringLiteral("auth"), QStringLiteral("none")}}}},
        QStringLiteral("MADOGUCHI_BACKEND_URL"));
}

Result<Connector*> ConnectorSet::connectorFor(const QString& system, storage::SecretStore& secrets)
{
    if (const auto made = m_made.find(system); made != m_made.end())
        return made->second.get();
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!id.match(system).hasMatch())
        return Error{QCoreApplication::translate("ConnectorSet", "'%1' is not a system id")
                         .arg(system)};
    const bool named = m_systems.contains(system);
    const QJsonObject c = named ? m_systems.value(system).toObject() : m_default;
    if (c.isEmpty())
        return Error{QCoreApplication::translate(
            "ConnectorSet", "%1: no connector for the system '%2' and no default")
                         .arg(m_origin, system)};
    std::unique_ptr<Connector> connector;
    if (c.value(QStringLiteral("type")).toString() == QLatin1String("file")) {
        connector = std::make_unique<FileDropConnector>(c.value(QStringLiteral("directory")).toString());
    } else {
        HttpEndpoint endpoint;
        endpoint.url = named ? QUrl(c.value(QStringLiteral("url")).toString())
                             : QUrl(c.value(QStringLiteral("base_url")).toString()
                                 + QStringLiteral("/systems/") + system
                                 + QStringLiteral("/applications"));
        if (!endpoint.url.isValid() || endpoint.url.scheme().isEmpty())
            return Error{QCoreApplication::translate(
                "ConnectorSet", "%1: the URL for the system '%2' is not valid")
                             .arg(m_origin, system)};
        endpoint.caFile = c.value(QStringLiteral("ca")).toString();
        endpoint.timeout
            = std::chrono::milliseconds(c.value(QStringLiteral("timeout_ms")).toInt(15000));
        if (c.value(QStringLiteral("auth")).toString(QStringLiteral("bearer"))
            == QLatin1String("bearer")) {
            auto token = storage::readBackendToken(secrets, system);
            if (!token)
                return token.error();
            endpoint.token = token.value();
        }
        connector = std::make_unique<HttpConnector>(std::move(endpoint));
    }
    Connector* raw = connector.get();
    m_made.emplace(system, std::move(connector));
    return raw;
}

} // namespace madoguchi::delivery
