#pragma once

#include "delivery/connector.h"

#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace madoguchi::delivery {

struct HttpEndpoint {
    QUrl url; // the system's POST endpoint (…/systems/SYSTEM/applications)
    QByteArray token; // bearer token; empty: no Authorization header
    QString caFile; // PEM with the city's CA for https; empty: the system's
    std::chrono::milliseconds timeout{15000};
};

// POSTs the envelope as JSON with Idempotency-Key and a bearer token
// (docs/backend-api.md). 2xx: delivered, the receipt from the answer;
// 400/409/422 (and other 4xx but 401/403/408/429): rejected with the
// back-end's message; 401/403 (the token), 408, 429, 5xx, time-outs and
// connection errors: retry, with the
// back-end's Retry-After when it gave one. Waits for the answer in a local
// event loop on the calling thread.
class HttpConnector final : public Connector {
public:
    explicit HttpConnector(HttpEndpoint endpoint);
    ~HttpConnector() override;
    SendResult send(const OutboxItem& item, const QByteArray& body) override;

private:
    HttpEndpoint m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace madoguchi::delivery
