#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace madoguchi::sandbox {

// What the command line asked for (docs/backend-api.md, "The sandbox").
struct SandboxOptions {
    quint16 port = 0; // 0: the system picks a free one
    QString databasePath; // empty: an in-memory store, lost on exit
    double failRate = 0.0; // share of POSTs answered 503, nothing stored
    double dropAfterCommit = 0.0; // share of new keys stored, then no answer
    int latencyMs = 0; // wait before each POST is handled
    QStringList rejectedProcedures; // answered 422
    QString token; // empty: no token is asked for
    // https: the server's certificate and key (PEM); both empty: http.
    QString tlsCertificate;
    QString tlsKey;
    std::optional<quint64> seed; // fixes the fault choices
};

struct ParsedOptions {
    std::optional<SandboxOptions> options; // empty when the line was wrong or --help/--version
    QString message; // the error, or the help/version text
    int exitCode = 0; // 0 for --help/--version, 2 for a wrong line
};

// Parses `arguments` (argv, the program name first).
ParsedOptions parseSandboxOptions(const QStringList& arguments);

} // namespace madoguchi::sandbox
