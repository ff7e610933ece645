#include "sandboxserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace madoguchi::sandbox {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

ApiRequest toApiRequest(const QHttpServerRequest& request)
{
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.systemFilter = request.query().queryItemValue(QStringLiteral("system"), QUrl::FullyDecoded);
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

void send(QHttpServerResponder& responder, const ApiReply& reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    const QByteArray contentType = QByteArrayLiteral("application/json");
    if (reply.retryAfter) {
        responder.write(reply.body, {{"Content-Type", contentType}, {"Retry-After", "1"}}, status);
    } else if (reply.wwwAuthenticate) {
        responder.write(reply.body,
            {{"Content-Type", contentType},
                {"WWW-Authenticate", "Bearer realm=\"madoguchi-sandbox\""}},
            status);
    } else {
        responder.write(reply.body, {{"Content-Type", contentType}}, status);
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxApi& api, int latencyMs, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_latencyMs(latencyMs)
{ }

quint16 SandboxServer::listenLocal(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void SandboxServer::stopListening()
{
    for (QTcpServer* server : servers())
        server->close();
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const ApiRequest apiRequest = toApiRequest(request);
    // The responder only holds the socket; it may outlive the request and
    // answer later, as QHttpServer's own QFuture handlers do.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    const auto answer = [this, apiRequest, responder, guard] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up while we waited
        const ApiReply reply = m_api.handle(apiRequest);
        if (reply.dropConnection) {
            // "Sent, reply lost": the application is committed; the client
            // gets the first bytes of a status line ("HTTP/1.1 ") and then
            // the end of the connection, never a status code, so the answer
            // is lost mid-way rather than never started (a client may
            // silently re-send a request that got no byte at all; Qt 6.4's
            // QNetworkAccessManager re-sends in both cases unless the upload
            // cannot be rewound — docs/backend-api.md). Runs from the event
            // loop, after QAbstractHttpServer is done with this socket for
            // the current read.
            QTimer::singleShot(0, guard.data(), [guard] {
                if (!guard)
                    return;
                guard->write("HTTP/1.1 ");
                guard->flush();
                guard->disconnectFromHost();
            });
            return;
        }
        send(*responder, reply);
    };
    if (m_latencyMs > 0 && apiRequest.method == "POST")
        QTimer::singleShot(m_latencyMs, this, answer);
    else
        answer();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Not reached: handleRequest answers every request itself.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace madoguchi::sandbox
