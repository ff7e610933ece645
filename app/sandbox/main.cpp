// madoguchi-sandbox: a stand-in back-end system for Madoguchi's delivery
// (docs/backend-api.md). Prints one line "madoguchi-sandbox: listening on
// http://127.0.0.1:PORT" when ready; SIGTERM or SIGINT end it cleanly.
#include "faultplan.h"
#include "sandboxapi.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "translator.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QLocale>
#include <cstdio>

using namespace madoguchi::sandbox;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    madoguchi::installTranslations(app, madoguchi::languageFromLocale(QLocale::system().name()));

    const ParsedOptions parsed = parseSandboxOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        if (parsed.exitCode == 0) {
            std::fputs(parsed.message.toUtf8().constData(), stdout);
            return 0;
        }
        std::fprintf(stderr, "madoguchi-sandbox: %s\n", parsed.message.toUtf8().constData());
        return parsed.exitCode;
    }
    const SandboxOptions& options = *parsed.options;

    SandboxStore store;
    QString error;
    if (!store.open(options.databasePath, &error)) {
        std::fprintf(stderr, "madoguchi-sandbox: %s\n", error.toUtf8().constData());
        return 1;
    }
    FaultPlan faults(options.failRate, options.dropAfterCommit, options.seed);
    SandboxApi api(options, store, faults);
    SandboxServer server(api, options.latencyMs);
    if (!options.tlsCertificate.isEmpty()) {
        QFile certificateFile(options.tlsCertificate);
        QFile keyFile(options.tlsKey);
        const bool read = certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly);
        const QSslCertificate certificate(read ? certificateFile.readAll() : QByteArray(), QSsl::Pem);
        const QSslKey key(read ? keyFile.readAll() : QByteArray(), QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            const QString message = QCoreApplication::translate(
                "Sandbox", "cannot read the PEM certificate %1 or its RSA key %2")
                                        .arg(options.tlsCertificate, options.tlsKey);
            std::fprintf(stderr, "madoguchi-sandbox: %s\n", message.toUtf8().constData());
            return 1;
        }
        server.sslSetup(certificate, key);
    }
    const quint16 port = server.listenLocal(options.port);
    if (port == 0) {
        const QString message
            = QCoreApplication::translate("Sandbox", "cannot listen on 127.0.0.1:%1")
                  .arg(options.port);
        std::fprintf(stderr, "madoguchi-sandbox: %s\n", message.toUtf8().constData());
        return 1;
    }

    madoguchi::desk::UnixSignalWatcher watcher;
    QObject::connect(
        &watcher, &madoguchi::desk::UnixSignalWatcher::signalReceived, &app, [&server] {
            server.stopListening();
            QCoreApplication::quit();
        });

    // Machine-read by tests and scripts: keep this line as it is.
    std::printf("madoguchi-sandbox: listening on %s://127.0.0.1:%u\n",
        options.tlsCertificate.isEmpty() ? "http" : "https", unsigned(port));
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    store.close();
    return code;
}
