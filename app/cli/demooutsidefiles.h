#pragma once

#include "common/result.h"
#include "preentry/qrcode.h"
#include "registry/residentprofile.h"

#include <QByteArray>
#include <QString>
#include <optional>

// `demo outside` (demooutsidecommand.h): the files it writes and what it
// tells the clerk.
namespace madoguchi::cli {

class Output;

inline constexpr char kPreentryJsonFile[] = "preentry-shussei.json";
inline constexpr char kPreentryCodeFile[] = "preentry-shussei.txt";
inline constexpr char kPreentryQrFile[] = "preentry-shussei.svg";
inline constexpr char kCertificateFile[] = "shussei-shoumei.jws";
inline constexpr char kCertificateQrFile[] = "shussei-shoumei.svg";

struct DemoOutsideFiles {
    QString dir; // absolute
    QByteArray preentryJson;
    QString code; // MDP1:…
    preentry::QrMatrix codeQr;
    QString jws;
    std::optional<preentry::QrMatrix> jwsQr; // none: the JWS fits no QR code

    QString path(const char* name) const;
    // Creates `dir` and writes every file, each replaced whole. When one
    // cannot be written, the ones written before it are removed again: the
    // folder never holds a pre-entry without its certificate.
    Status write() const;
};

// Who the codes are about, as the clerk finds them.
struct DemoOutsidePeople {
    QString setaiNo;
    QString address;
    registry::ProfileMember mother;
    registry::ProfileMember child;
    QString issuerName; // みどり野中央病院（デモ）
};

// What was written and the steps at the desk, or with --json {"household",
// "mother", "child", "files", …}. `jwsQrProblem`: why shussei-shoumei.svg
// was not written (empty when it was).
void printDemoOutside(Output& out, const DemoOutsideFiles& files, const DemoOutsidePeople& people,
    const QString& jwsQrProblem);

} // namespace madoguchi::cli
