#pragma once

#include "faultplan.h"
#include "sandboxoptions.h"
#include "sandboxstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <functional>

namespace madoguchi::sandbox {

// An HTTP request as the API sees it, apart from the transport.
struct ApiRequest {
    QByteArray method; // "GET", "POST", …
    QString path; // decoded, without the query
    QString systemFilter; // ?system= of GET /applications
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
};

// The answer: a status with a JSON body, or no answer at all.
struct ApiReply {
    int status = 200;
    QByteArray body; // JSON
    bool retryAfter = false; // add "Retry-After: 1"
    bool wwwAuthenticate = false; // add "WWW-Authenticate: Bearer"
    bool dropConnection = false; // close the connection instead of answering
};

// The contract of docs/backend-api.md: POST /systems/{system}/applications,
// GET /applications, GET /health. Owns no transport; SandboxServer feeds it.
class SandboxApi {
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)
public:
    using Clock = std::function<QDateTime()>;

    SandboxApi(
        const SandboxOptions& options, SandboxStore& store, FaultPlan& faults, Clock clock = {});

    ApiReply handle(const ApiRequest& request);

private:
    ApiReply postApplication(const ApiRequest& request, const QString& system);
    ApiReply listApplications(const ApiRequest& request);
    ApiReply storeError(const QString& detail) const;

    const SandboxOptions& m_options;
    SandboxStore& m_store;
    FaultPlan& m_faults;
    Clock m_clock;
};

} // namespace madoguchi::sandbox
