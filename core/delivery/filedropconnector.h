#pragma once

#include "delivery/connector.h"

namespace madoguchi::delivery {

// Writes each application to <directory>/<id>.json for systems integrated
// by file transfer: to a temporary file, flushed to disk, then renamed
// (QSaveFile), so the other side never sees half a file. Writing the same
// id again replaces the file with the same content: idempotent.
class FileDropConnector final : public Connector {
public:
    explicit FileDropConnector(QString directory);
    SendResult send(const OutboxItem& item, const QByteArray& body) override;

private:
    QString m_directory;
};

} // namespace madoguchi::delivery
