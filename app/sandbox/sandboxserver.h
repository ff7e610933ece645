#pragma once

#include "sandboxapi.h"

#include <QAbstractHttpServer>

namespace madoguchi::sandbox {

// The HTTP transport of SandboxApi on QAbstractHttpServer: binds 127.0.0.1
// only, waits --latency-ms before a POST is handled, and for a reply the
// fault plan drops, writes "HTTP/1.1 " and closes the TCP connection.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    SandboxServer(SandboxApi& api, int latencyMs, QObject* parent = nullptr);

    // Listens on 127.0.0.1:`port` (0: a free port); the port, or 0 on failure.
    quint16 listenLocal(quint16 port);
    // Stops accepting connections.
    void stopListening();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxApi& m_api;
    int m_latencyMs;
};

} // namespace madoguchi::sandbox
