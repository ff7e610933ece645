#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>

namespace madoguchi::sandbox {
namespace {

QByteArray toJson(const QJsonValue& value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

ApiReply reply(int status, const QJsonValue& body)
{
    ApiReply r;
    r.status = status;
    r.body = toJson(body);
    return r;
}

ApiReply errorReply(int status, const QString& message)
{
    return reply(status, QJsonObject{{QStringLiteral("error"), message}});
}

bool isSystemId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(text).hasMatch();
}

QJsonObject receiptJson(const StoredApplication& a)
{
    return QJsonObject{{QStringLiteral("receipt"), a.receipt}, {QStringLiteral("system"), a.system},
        {QStringLiteral("application_id"), a.idempotencyKey},
        {QStringLiteral("received_at"), a.receivedAt}};
}

QJsonObject listItemJson(const StoredApplication& a)
{
    return QJsonObject{{QStringLiteral("idempotency_key"), a.idempotencyKey},
        {QStringLiteral("system"), a.system}, {QStringLiteral("procedure"), a.procedure},
        {QStringLiteral("procedure_version"),
            a.procedureVersion ? QJsonValue(*a.procedureVersion) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("receipt"), a.receipt}, {QStringLiteral("received_at"), a.receivedAt},
        {QStringLiteral("posts"), a.posts}};
}

} // namespace

QByteArray ApiRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

SandboxApi::SandboxApi(
    const SandboxOptions& options, SandboxStore& store, FaultPlan& faults, Clock clock)
    : m_options(options)
    , m_store(store)
    , m_faults(faults)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

ApiReply SandboxApi::handle(const ApiRequest& request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'));
    // "/health" → {"", "health"}; "/systems/x/applications" → {"", "systems", "x", "applications"}
    if (request.path == QLatin1String("/health")) {
        if (request.method != "GET")
            return errorReply(405, tr("use GET on %1").arg(request.path));
        return reply(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    }
    if (request.path == QLatin1String("/applications")) {
        if (request.method != "GET")
            return errorReply(405, tr("use GET on %1").arg(request.path));
        return listApplications(request);
    }
    if (parts.size() == 4 && parts.at(1) == QLatin1String("systems")
        && parts.at(3) == QLatin1String("applications")) {
        if (request.method != "POST")
            return errorReply(405, tr("use POST on %1").arg(request.path));
        return postApplication(request, parts.at(2));
    }
    return errorReply(404, tr("no such resource: %1").arg(request.path));
}

ApiReply SandboxApi::postApplication(const ApiRequest& request, const QString& system)
{
    // 1. Who is asking: only with --token (the demo and most tests run
    // without, as the relay's MADOGUCHI_BACKEND_URL mode sends none).
    const QByteArray authorization = request.header("Authorization");
    const QByteArray scheme = authorization.left(7);
    const QString token = QString::fromUtf8(authorization.mid(7)).trimmed();
    if (!m_options.token.isEmpty()
        && (scheme.compare("Bearer ", Qt::CaseInsensitive) != 0 || token.isEmpty())) {
        ApiReply r
            = errorReply(401, tr("missing bearer token: send 'Authorization: Bearer TOKEN'"));
        r.wwwAuthenticate = true;
        return r;
    }
    if (!m_options.token.isEmpty() && token != m_options.token) {
        ApiReply r = errorReply(401, tr("the bearer token is not valid for this system"));
        r.wwwAuthenticate = true;
        return r;
    }

    // 2. The injected outage: nothing is read, nothing is stored.
    if (m_faults.nextFails()) {
        ApiReply r
            = errorReply(503, tr("the system is unavailable (injected failure); try again later"));
        r.retryAfter = true;
        return r;
    }

    // 3. The request itself.
    if (!isSystemId(system))
        return errorReply(
            400, tr("'%1' is not a system id: expected 1 to 64 of A-Z a-z 0-9 . _ -").arg(system));
    const QString key = QString::fromUtf8(request.header("Idempotency-Key"));
    if (key.isEmpty())
        return errorReply(400, tr("missing header Idempotency-Key: expected the application id"));
    if (key.size() > 200)
        return errorReply(400, tr("header Idempotency-Key is longer than 200 characters"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorReply(400,
            tr("the body is not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return errorReply(400, tr("the body must be a JSON object (the envelope)"));
    const QJsonObject envelope = document.object();
    const QJsonValue applicationId = envelope.value(QStringLiteral("application_id"));
    if (!applicationId.isString() || applicationId.toString().isEmpty())
        return errorReply(400, tr("field application_id: expected a non-empty string"));
    if (applicationId.toString() != key)
        return errorReply(400,
            tr("field application_id '%1' differs from the Idempotency-Key '%2'")
                .arg(applicationId.toString(), key));
    const QJsonValue envelopeSystem = envelope.value(QStringLiteral("system"));
    if (!envelopeSystem.isString())
        return errorReply(400, tr("field system: expected a string"));
    if (envelopeSystem.toString() != system)
        return errorReply(400,
            tr("field system '%1' differs from the system of the URL '%2'")
                .arg(envelopeSystem.toString(), system));
    const QJsonValue procedure = envelope.value(QStringLiteral("procedure"));
    const QJsonValue procedureId = procedure.toObject().value(QStringLiteral("id"));
    if (!procedure.isObject() || !procedureId.isString() || procedureId.toString().isEmpty())
        return errorReply(400, tr("field procedure.id: expected a non-empty string"));
    std::optional<qint64> procedureVersion;
    const QJsonValue version = procedure.toObject().value(QStringLiteral("version"));
    if (version.isDouble())
        procedureVersion = version.toInteger();

    // 4. A key seen before: the original answer, whatever the body says now.
    QString error;
    const auto existing = m_store.find(key, &error);
    if (!error.isEmpty())
        return storeError(error);
    if (existing) {
        if (existing->system != system)
            return errorReply(409,
                tr("Idempotency-Key %1 was already used for system %2").arg(key, existing->system));
        if (!m_store.countRepeat(key, &error))
            return storeError(error);
        return reply(200, receiptJson(*existing));
    }

    // 5. A new key.
    if (m_options.rejectedProcedures.contains(procedureId.toString()))
        return errorReply(
            422, tr("procedure %1 is not accepted by this system").arg(procedureId.toString()));
    NewApplication application;
    application.idempotencyKey = key;
    application.system = system;
    application.procedure = procedureId.toString();
    application.procedureVersion = procedureVersion;
    application.receivedAt = m_clock().toUTC().toString(Qt::ISODateWithMs);
    application.body = request.body;
    const auto stored = m_store.insert(application, &error);
    if (!stored)
        return storeError(error);
    ApiReply r = reply(201, receiptJson(*stored));
    r.dropConnection = m_faults.nextDropsReply();
    return r;
}

ApiReply SandboxApi::listApplications(const ApiRequest& request)
{
    QString error;
    const auto applications = m_store.list(request.systemFilter, &error);
    if (!applications)
        return storeError(error);
    QJsonArray array;
    for (const StoredApplication& a : *applications)
        array.append(listItemJson(a));
    return reply(200, array);
}

ApiReply SandboxApi::storeError(const QString& detail) const
{
    std::fprintf(stderr, "madoguchi-sandbox: %s\n", detail.toUtf8().constData());
    return errorReply(500, tr("the sandbox's database failed: %1").arg(detail));
}

} // namespace madoguchi::sandbox
