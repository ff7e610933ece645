#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace madoguchi::cli {
namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

Output::Output(QString commandName, bool json, FILE* out, FILE* err)
    : m_command(std::move(commandName))
    , m_json(json)
    , m_out(out)
    , m_err(err)
    , m_errIsTerminal(isatty(fileno(err)) == 1)
{ }

void Output::line(const QString& text)
{
    if (m_json)
        return;
    endProgress();
    write(m_out, text + QLatin1Char('\n'));
    std::fflush(m_out);
}

void Output::result(const QJsonValue& value)
{
    if (!m_json)
        return;
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else // QJsonDocument holds no bare scalar: write it as a one-element array, unwrapped.
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
            + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

void Output::error(const QString& message)
{
    endProgress();
    const QString prefix = m_command.isEmpty()
        ? QStringLiteral("madoguchi-cli: ")
        : QStringLiteral("madoguchi-cli %1: ").arg(m_command);
    write(m_err, prefix + message + QLatin1Char('\n'));
    std::fflush(m_err);
}

void Output::progress(const QString& text)
{
    if (!m_errIsTerminal)
        return;
    write(m_err, QLatin1String("\r\x1b[K") + text);
    std::fflush(m_err);
    m_progressShown = true;
}

void Output::endProgress()
{
    if (!m_progressShown)
        return;
    write(m_err, QStringLiteral("\n"));
    m_progressShown = false;
}

} // namespace madoguchi::cli
