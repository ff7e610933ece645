#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace madoguchi::testing {

// The real madoguchi-sandbox binary on a free port, in an English locale,
// with a temporary folder for its database. Killed on destruction if still
// running.
class SandboxProcess {
public:
    SandboxProcess();
    ~SandboxProcess();

    static QString binary();
    // A file in the temporary folder (e.g. the --db of a test).
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Starts with `arguments` plus "--port 0" and waits for the port line.
    bool start(const QStringList& arguments, int timeoutMs = 30000);
    // Sends `signalNumber` (SIGTERM by default), then waits for the exit;
    // true if it exited normally with 0.
    bool stop(int signalNumber = 15, int timeoutMs = 30000);
    // Runs with `arguments` to the end (for the command-line checks).
    bool run(const QStringList& arguments, int timeoutMs = 30000);

    QUrl url(const QString& path) const;
    quint16 port() const { return m_port; }
    int exitCode() const { return m_process.exitCode(); }
    QString out();
    QString err();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    quint16 m_port = 0;
};

} // namespace madoguchi::testing
