#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace madoguchi::testing {

// The real `madoguchi` binary in a world of its own: a fresh HOME and XDG
// folders in a temporary directory, so no setting of the machine leaks in,
// and the offscreen platform unless a test takes it away.
class DeskProcess {
public:
    DeskProcess();
    ~DeskProcess();

    static QString binary();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QProcessEnvironment& environment() { return m_env; }

    void start(const QStringList& arguments);
    // Waits until stdout holds a line equal to `line`; false on timeout or exit.
    bool waitForLine(const QByteArray& line, int timeoutMs);
    // Runs to the end; false if it did not finish within the time.
    bool finish(int timeoutMs);
    // Starts, runs to the end; false if it hung (it is killed then).
    bool run(const QStringList& arguments, int timeoutMs = 30000);

    QProcess& process() { return m_process; }
    int exitCode() const { return m_process.exitCode(); }
    bool exitedNormally() const { return m_process.exitStatus() == QProcess::NormalExit; }
    QString out();
    QString err();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace madoguchi::testing
