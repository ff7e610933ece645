#include "delivery/filedropconnector.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace madoguchi::delivery {

FileDropConnector::FileDropConnector(QString directory)
    : m_directory(std::move(directory))
{ }

SendResult FileDropConnector::send(const OutboxItem& item, const QByteArray& body)
{
    SendResult result;
    // The id becomes a file name: only a UUID's characters may reach it.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!safe.match(item.id).hasMatch()) {
        result.kind = SendResult::Kind::Rejected;
        result.message = QCoreApplication::translate("FileDropConnector",
            "the application id '%1' cannot be a file name")
                             .arg(item.id);
        return result;
    }
    const QDir directory(m_directory);
    if (!directory.exists()) {
        result.message = QCoreApplication::translate(
            "FileDropConnector", "the drop folder %1 does not exist")
                             .arg(QDir::toNativeSeparators(m_directory));
        return result; // Retry: the folder may be mounted later
    }
    const QString path = directory.filePath(item.id + QStringLiteral(".json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
        result.message = QCoreApplication::translate(
            "FileDropConnector", "writing %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.kind = SendResult::Kind::Delivered;
    result.receipt = QStringLiteral("file:") + QDir::toNativeSeparators(path);
    return result;
}

} // namespace madoguchi::delivery
