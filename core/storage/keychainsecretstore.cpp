#include "storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace madoguchi::storage {
namespace {

// Runs a configured job to its end and returns it for inspection.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never write secrets to a plain file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QString& doing, const QKeychain::Job& job)
{
    QString hint;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        hint = QCoreApplication::translate("KeychainSecretStore",
            "is a keyring (for example gnome-keyring) running and unlocked in this "
            "session's D-Bus? Madoguchi does not store secrets without one");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        hint = QCoreApplication::translate(
            "KeychainSecretStore", "the keyring refused access; unlock it and try again");
        break;
    default:
        break;
    }
    QString message = QCoreApplication::translate("KeychainSecretStore", "%1: %2")
                          .arg(doing, job.errorString());
    if (!hint.isEmpty())
        message += QLatin1String(" (") + hint + QLatin1Char(')');
    return Error{message};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

Status KeychainSecretStore::write(const QString& key, const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(QCoreApplication::translate("KeychainSecretStore",
                                 "storing the secret '%1' in the OS keychain")
                                 .arg(key),
            job);
    return {};
}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError)
        return keychainError(QCoreApplication::translate("KeychainSecretStore",
                                 "reading the secret '%1' from the OS keychain")
                                 .arg(key),
            job);
    return std::optional<QByteArray>(job.binaryData());
}

Status KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(QCoreApplication::translate("KeychainSecretStore",
                                 "deleting the secret '%1' from the OS keychain")
                                 .arg(key),
            job);
    return {};
}

} // namespace madoguchi::storage
