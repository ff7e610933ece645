#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace madoguchi::testing {

struct HttpAnswer {
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray& name) const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Blocking HTTP through QNetworkAccessManager (a local event loop), for
// tests against the real sandbox. Each call waits at most `timeoutMs`.
class HttpClient {
public:
    HttpAnswer get(const QUrl& url, int timeoutMs = 30000);
    HttpAnswer post(
        const QUrl& url, const Headers& headers, const QByteArray& body, int timeoutMs = 30000);
    // The same POST sent exactly once. Qt 6.4's QNetworkAccessManager
    // silently re-sends a request, even a POST, up to twice when the
    // connection closes before a complete answer; an upload it cannot read
    // a second time (a sequential device, not buffered) stops that, so the
    // caller sees the lost answer as an error.
    HttpAnswer postOnce(
        const QUrl& url, const Headers& headers, const QByteArray& body, int timeoutMs = 30000);

private:
    HttpAnswer wait(QNetworkReply* reply, int timeoutMs);

    QNetworkAccessManager m_manager;
};

} // namespace madoguchi::testing
