#pragma once

#include <QByteArray>
#include <QIODevice>

namespace madoguchi::delivery {

// A request body that can be read once and never rewound. Qt 6.4 posts a
// request again by itself when the connection closes before the answer
// (even a POST); with a body it cannot read twice it reports the lost
// answer instead, so every attempt is one POST that the relay counts and
// backs off (the Idempotency-Key makes the next attempt safe). Use with
// QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length.
class OneShotBody final : public QIODevice {
public:
    explicit OneShotBody(QByteArray data);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* target, qint64 size) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace madoguchi::delivery
