#include "deskprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

namespace madoguchi::testing {

DeskProcess::DeskProcess()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    const QString home = m_dir.path();
    for (const char* sub : {"config", "data", "cache", "runtime"})
        QDir(home).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(path(QStringLiteral("runtime")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.remove(QStringLiteral("LANG"));
    m_env.remove(QStringLiteral("LANGUAGE"));
    m_env.remove(QStringLiteral("LC_ALL"));
}

DeskProcess::~DeskProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DeskProcess::binary()
{
    return QStringLiteral(MADOGUCHI_BINARY_DIR "/app/desk/madoguchi");
}

void DeskProcess::start(const QStringList& arguments)
{
    m_process.setProcessEnvironment(m_env);
    m_process.setWorkingDirectory(m_dir.path());
    m_process.start(binary(), arguments);
}

bool DeskProcess::waitForLine(const QByteArray& line, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        if (m_out.split('\n').contains(line))
            return true;
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(
            static_cast<int>(std::min<qint64>(200, deadline.remainingTime())));
    }
}

bool DeskProcess::finish(int timeoutMs)
{
    const bool finished = m_process.waitForFinished(timeoutMs);
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return finished;
}

bool DeskProcess::run(const QStringList& arguments, int timeoutMs)
{
    start(arguments);
    if (finish(timeoutMs))
        return true;
    m_process.kill();
    m_process.waitForFinished(5000);
    return false;
}

QString DeskProcess::out()
{
    m_out += m_process.readAllStandardOutput();
    return QString::fromUtf8(m_out);
}

QString DeskProcess::err()
{
    m_err += m_process.readAllStandardError();
    return QString::fromUtf8(m_err);
}

} // namespace madoguchi::testing
