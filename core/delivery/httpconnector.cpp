#include "delivery/httpconnector.h"

#include "delivery/oneshotbody.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace madoguchi::delivery {
namespace {

// The back-end's own words, from {"error": "..."} or the start of its body.
QString messageOf(const QByteArray& body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString error = json.value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        return error;
    return QString::fromUtf8(body.left(300)).simplified();
}

std::optional<std::chrono::milliseconds> retryAfterOf(const QNetworkReply& reply)
{
    const QByteArray header = reply.rawHeader("Retry-After").trimmed();
    if (header.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = header.toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::milliseconds(seconds * 1000);
    // An HTTP date.
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (at.isValid())
        return std::chrono::milliseconds(
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)));
    return std::nullopt;
}

} // namespace

HttpConnector::HttpConnector(HttpEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
    , m_network(std::make_unique<QNetworkAccessManager>())
{ }

HttpConnector::~HttpConnector() = default;

SendResult HttpConnector::send(const OutboxItem& item, const QByteArray& body)
{
    QNetworkRequest request(m_endpoint.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", item.id.toUtf8());
    request.setRawHeader("X-Madoguchi-Attempt", QByteArray::number(item.attempts));
    if (!m_endpoint.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.token);
    request.setTransferTimeout(int(m_endpoint.timeout.count()));
    if (!m_endpoint.caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_endpoint.caFile));
        request.setSslConfiguration(ssl);
    }

    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    // One POST per attempt: see oneshotbody.h.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    OneShotBody upload(body);
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, &upload));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    SendResult result;
    result.body = reply->readAll();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status == 0) { // no answer: refused, reset, timed out, TLS …
        result.message = QCoreApplication::translate("HttpConnector", "%1 did not answer: %2")
                             .arg(m_endpoint.url.toDisplayString(QUrl::RemoveUserInfo),
                                 reply->errorString());
        return result;
    }
    if (status >= 200 && status < 300) {
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        result.receipt = answer.value(QStringLiteral("receipt")).toString();
        if (result.receipt.isEmpty()) {
            // Delivered, but nothing to show the resident: keep trying
            // would post it again; the key makes that safe, and a receipt
            // is what the slip needs.
            result.message = QCoreApplication::translate(
                "HttpConnector", "HTTP %1 without a receipt number").arg(status);
            return result;
        }
        result.kind = SendResult::Kind::Delivered;
        return result;
    }
    result.retryAfter = retryAfterOf(*reply);
    result.message = QCoreApplication::translate("HttpConnector", "HTTP %1: %2")
                         .arg(status)
                         .arg(messageOf(result.body));
    // 401/403: the token is wrong or missing: the city's set-up, not the
    // application, so it waits for the fix instead of being refused.
    if (status == 401 || status == 403 || status == 408 || status == 429 || status >= 500)
        return result; // Retry
    result.kind = SendResult::Kind::Rejected;
    return result;
}

} // namespace madoguchi::delivery
