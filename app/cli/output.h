#pragma once

#include <QJsonValue>
#include <QString>
#include <cstdio>

namespace madoguchi::cli {

// Where a command's results and errors go: results on stdout (plain text or,
// with --json, one JSON document), errors on stderr prefixed with the
// command's name. Tests give it memory streams.
class Output {
public:
    Output(QString commandName, bool json, FILE* out = stdout, FILE* err = stderr);

    bool json() const { return m_json; }
    // A line of human-readable output (ignored in --json mode).
    void line(const QString& text);
    // The one JSON result of the command (ignored without --json).
    void result(const QJsonValue& value);
    // An error or warning on stderr: "madoguchi-cli demo seed: <message>".
    void error(const QString& message);
    // Progress for people at a terminal; silent when stderr is not a TTY.
    void progress(const QString& text);
    void endProgress();

private:
    QString m_command;
    bool m_json;
    FILE* m_out;
    FILE* m_err;
    bool m_progressShown = false;
    bool m_errIsTerminal;
};

} // namespace madoguchi::cli
