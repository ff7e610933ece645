#include "demooutsidefiles.h"

#include "output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <utility>

namespace madoguchi::cli {
namespace {

QJsonObject personJson(const registry::ProfileMember& m)
{
    return {{QStringLiteral("atena_no"), m.atenaNo}, {QStringLiteral("name"), m.nameKanji},
        {QStringLiteral("kana"), m.nameKana},
        {QStringLiteral("birth_date"), m.birth.iso ? QJsonValue(*m.birth.iso) : QJsonValue()}};
}

QString fileLine(const char* name, const QString& what)
{
    return QStringLiteral("  %1  %2").arg(QString::fromLatin1(name).leftJustified(22), what);
}

} // namespace

QString DemoOutsideFiles::path(const char* name) const
{
    return QDir(dir).filePath(QLatin1String(name));
}

Status DemoOutsideFiles::write() const
{
    if (!QDir().mkpath(dir))
        return Error{QCoreApplication::translate(
            "DemoOutsideCommand", "cannot create the folder %1; nothing was written")
                         .arg(QDir::toNativeSeparators(dir))};
    QList<std::pair<const char*, QByteArray>> contents{
        {kPreentryJsonFile, preentryJson},
        {kPreentryCodeFile, code.toLatin1() + '\n'},
        {kPreentryQrFile, codeQr.toSvg().toUtf8()},
        {kCertificateFile, jws.toLatin1() + '\n'},
    };
    if (jwsQr)
        contents.append({kCertificateQrFile, jwsQr->toSvg().toUtf8()});
    QStringList written;
    for (const auto& [name, bytes] : std::as_const(contents)) {
        QSaveFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            const QString problem = file.errorString();
            for (const QString& done : std::as_const(written))
                QFile::remove(done);
            return Error{QCoreApplication::translate(
                "DemoOutsideCommand", "cannot write %1: %2; nothing was written")
                             .arg(QDir::toNativeSeparators(path(name)), problem)};
        }
        written << path(name);
    }
    // The picture of an earlier run would show another certificate.
    if (!jwsQr)
        QFile::remove(path(kCertificateQrFile));
    return {};
}

void printDemoOutside(Output& out, const DemoOutsideFiles& files, const DemoOutsidePeople& people,
    const QString& jwsQrProblem)
{
    const registry::ProfileMember& mother = people.mother;
    const registry::ProfileMember& child = people.child;
    out.result(QJsonObject{
        {QStringLiteral("household"),
            QJsonObject{{QStringLiteral("setai_no"), people.setaiNo},
                {QStringLiteral("address"), people.address}}},
        {QStringLiteral("mother"), personJson(mother)},
        {QStringLiteral("child"), personJson(child)},
        {QStringLiteral("issuer"), people.issuerName},
        {QStringLiteral("files"),
            QJsonObject{{QStringLiteral("dir"), files.dir},
                {QStringLiteral("preentry_json"), files.path(kPreentryJsonFile)},
                {QStringLiteral("preentry_code"), files.path(kPreentryCodeFile)},
                {QStringLiteral("preentry_qr"), files.path(kPreentryQrFile)},
                {QStringLiteral("certificate"), files.path(kCertificateFile)},
                {QStringLiteral("certificate_qr"),
                    files.jwsQr ? QJsonValue(files.path(kCertificateQrFile)) : QJsonValue()}}},
        {QStringLiteral("code_length"), files.code.size()},
        {QStringLiteral("certificate_length"), files.jws.size()},
        {QStringLiteral("certificate_qr_skipped"),
            jwsQrProblem.isEmpty() ? QJsonValue() : QJsonValue(jwsQrProblem)},
    });

    out.line(QCoreApplication::translate(
        "DemoOutsideCommand", "出生 (birth): codes for a visit in the demo city, in %1")
                 .arg(QDir::toNativeSeparators(files.dir)));
    out.line(fileLine(kPreentryJsonFile,
        QCoreApplication::translate(
            "DemoOutsideCommand", "事前入力: the pre-entry made on the smartphone (JSON)")));
    out.line(fileLine(kPreentryCodeFile,
        QCoreApplication::translate("DemoOutsideCommand", "its MDP1: code, %1 characters")
            .arg(files.code.size())));
    out.line(fileLine(kPreentryQrFile,
        QCoreApplication::translate("DemoOutsideCommand", "its QR code, version %1 (%2 × %2)")
            .arg(files.codeQr.version)
            .arg(files.codeQr.size)));
    out.line(fileLine(kCertificateFile,
        QCoreApplication::translate("DemoOutsideCommand", "出生証明書 signed by %1, %2 characters")
            .arg(people.issuerName)
            .arg(files.jws.size())));
    if (files.jwsQr)
        out.line(fileLine(kCertificateQrFile,
            QCoreApplication::translate("DemoOutsideCommand", "its QR code, version %1 (%2 × %2)")
                .arg(files.jwsQr->version)
                .arg(files.jwsQr->size)));
    else
        out.line(fileLine(kCertificateQrFile,
            QCoreApplication::translate(
                "DemoOutsideCommand", "not written: the certificate fits no QR code (%1)")
                .arg(jwsQrProblem)));
    out.line(QCoreApplication::translate("DemoOutsideCommand", "世帯 (household) %1: %2")
                 .arg(people.setaiNo, people.address));
    out.line(QCoreApplication::translate(
        "DemoOutsideCommand", "  母 (mother): %1 (%2), 宛名番号 %3, %4 (%5)")
                 .arg(mother.nameKanji, mother.nameKana, mother.atenaNo, mother.birth.display,
                     mother.relationship));
    out.line(QCoreApplication::translate(
        "DemoOutsideCommand", "  子 (child):  %1 (%2), 宛名番号 %3, 出生日 %4")
                 .arg(child.nameKanji, child.nameKana, child.atenaNo, child.birth.display));
    out.line(QString());
    out.line(QCoreApplication::translate("DemoOutsideCommand",
        "窓口で (at the desk, logged in as demo-clerk; docs/desk.md, \"Information from outside "
        "city hall\"):"));
    out.line(QCoreApplication::translate("DemoOutsideCommand",
        "  1. F2 検索: find the mother by her kana, %1, or her 宛名番号 %2; Enter.")
                 .arg(mother.nameKana, mother.atenaNo));
    out.line(QCoreApplication::translate("DemoOutsideCommand",
        "  2. F10: paste the code of %1 (or scan %2). Check each 事前入力 value with the "
        "resident; Enter takes the 出生 event, its date and the answers.")
                 .arg(QLatin1String(kPreentryCodeFile), QLatin1String(kPreentryQrFile)));
    out.line(QCoreApplication::translate("DemoOutsideCommand",
        "  3. F10 again: paste %1 (or Load from a file…). It is verified; the resident agrees "
        "to its use (Enter), and the 出生届 takes the time, place, weight, single birth and "
        "certifier from it.")
                 .arg(QLatin1String(kCertificateFile)));
    out.line(QCoreApplication::translate("DemoOutsideCommand",
        "  4. F11 書類: the 出生証明書 is recorded as received digitally; record the other "
        "documents."));
    out.line(QCoreApplication::translate("DemoOutsideCommand",
        "  5. Ctrl+Enter on to 聞き取り, 確認・印刷 and 一括申請: the forms show what came "
        "from outside, and the 受付案内票 lists the data used and the consent."));
}

} // namespace madoguchi::cli
