#include "httpclient.h"

#include "delivery/oneshotbody.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QIODevice>
#include <QNetworkRequest>
#include <QTimer>


namespace madoguchi::testing {

QByteArray HttpAnswer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpAnswer HttpClient::get(const QUrl& url, int timeoutMs)
{
    return wait(m_manager.get(QNetworkRequest(url)), timeoutMs);
}

HttpAnswer HttpClient::post(
    const QUrl& url, const Headers& headers, const QByteArray& body, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return wait(m_manager.post(request, body), timeoutMs);
}

HttpAnswer HttpClient::postOnce(
    const QUrl& url, const Headers& headers, const QByteArray& body, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto* device = new delivery::OneShotBody(body);
    QNetworkReply* reply = m_manager.post(request, device);
    device->setParent(reply);
    return wait(reply, timeoutMs);
}

HttpAnswer HttpClient::wait(QNetworkReply* reply, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.error = QNetworkReply::TimeoutError;
    } else {
        answer.error = reply->error();
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    answer.elapsedMs = clock.elapsed();
    reply->deleteLater();
    return answer;
}

} // namespace madoguchi::testing
