#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <algorithm>
#include <csignal>

namespace madoguchi::testing {
namespace {

constexpr auto kPortLine = "madoguchi-sandbox: listening on http://127.0.0.1:";
constexpr auto kTlsPortLine = "madoguchi-sandbox: listening on https://127.0.0.1:";

} // namespace

SandboxProcess::SandboxProcess()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_dir.path());
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::binary()
{
    return QStringLiteral(MADOGUCHI_BINARY_DIR "/app/sandbox/madoguchi-sandbox");
}

bool SandboxProcess::start(const QStringList& arguments, int timeoutMs)
{
    m_out.clear();
    m_err.clear();
    m_port = 0;
    m_process.start(
        binary(), arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        for (const QByteArray& line : m_out.split('\n')) {
            for (const char* prefix : {kPortLine, kTlsPortLine}) {
                if (!line.startsWith(prefix))
                    continue;
                bool ok = false;
                m_port = static_cast<quint16>(line.mid(qstrlen(prefix)).trimmed().toUInt(&ok));
                return ok && m_port != 0;
            }
        }
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(
            static_cast<int>(std::min<qint64>(200, deadline.remainingTime())));
    }
}

bool SandboxProcess::stop(int signalNumber, int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    ::kill(static_cast<pid_t>(m_process.processId()), signalNumber);
    if (!m_process.waitForFinished(timeoutMs))
        return false;
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

bool SandboxProcess::run(const QStringList& arguments, int timeoutMs)
{
    m_out.clear();
    m_err.clear();
    m_process.start(binary(), arguments);
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit;
}

QUrl SandboxProcess::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QString SandboxProcess::out()
{
    m_out += m_process.readAllStandardOutput();
    return QString::fromUtf8(m_out);
}

QString SandboxProcess::err()
{
    m_err += m_process.readAllStandardError();
    return QString::fromUtf8(m_err);
}

} // namespace madoguchi::testing
