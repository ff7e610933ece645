#include "visit/visitrecords.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace madoguchi::visit {
namespace {

// The first bytes of the three kinds of file the counter scans to.
const QList<std::pair<QByteArray, QString>>& signatures()
{
    static const QList<std::pair<QByteArray, QString>> known{
        {QByteArrayLiteral("%PDF-"), QStringLiteral("application/pdf")},
        {QByteArrayLiteral("\x89PNG\r\n\x1a\n"), QStringLiteral("image/png")},
        {QByteArrayLiteral("\xFF\xD8\xFF"), QStringLiteral("image/jpeg")}};
    return known;
}

// The media type the content says, whatever the file is called.
QString sniffedMediaType(const QByteArray& bytes)
{
    for (const auto& [magic, type] : signatures())
        if (bytes.startsWith(magic))
            return type;
    return {};
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The first bytes of unrecognised content, printable, for the message:
// a text file shows its first words, a binary one its bytes in hex.
QString firstBytes(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(8);
    bool printable = true;
    for (const char c : head)
        printable = printable && c >= 0x20 && c < 0x7f;
    return printable ? QLatin1Char('"') + QString::fromLatin1(head) + QLatin1Char('"')
                     : QString::fromLatin1(head.toHex(' '));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QJsonObject namesJson(const catalog::LocalizedText& names)
{
    return {{QStringLiteral("ja"), names.ja}, {QStringLiteral("en"), names.en}};
}

catalog::LocalizedText namesFrom(const QJsonObject& json)
{
    return {json.value(QLatin1String("ja")).toString(), json.value(QLatin1String("en")).toString()};
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringsFrom(const QString& json)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A null QString is bound as SQL NULL: the NOT NULL text columns get ''.
QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// NULL for the PostgreSQL driver must carry its type.
QVariant textOrNullVariant(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString describe(const DocumentRecord& d)
{
    return QStringLiteral("%1 #%2 (%3)").arg(d.key).arg(d.index).arg(d.names.ja);
}

// What an attachment must be before it is stored: the same rules as
// readAttachment(), checked again on the bytes themselves (a caller may
// have built one without reading a file).
Status checkAttachment(const DocumentRecord& d, const Attachment& a)
{
    const auto problem = [&](const QString& what) {
        return Error{QCoreApplication::translate("VisitRecords", "the scan %1 of document %2: %3")
                         .arg(a.fileName, describe(d), what)};
    };
    if (a.bytes.isEmpty())
        return problem(QCoreApplication::translate("VisitRecords", "it is empty"));
    if (a.bytes.size() > kMaxAttachmentBytes)
        return problem(
            QCoreApplication::translate("VisitRecords", "it is %1 MB; the limit is %2 MB")
                .arg(megabytes(a.bytes.size()), megabytes(kMaxAttachmentBytes)));
    const QString sniffed = sniffedMediaType(a.bytes);
    if (sniffed.isEmpty())
        return problem(
            QCoreApplication::translate("VisitRecords", "its content is not a PDF, PNG or JPEG"));
    if (!a.mediaType.isEmpty() && a.mediaType != sniffed)
        return problem(
            QCoreApplication::translate("VisitRecords", "it is said to be %1 but its content is %2")
                .arg(a.mediaType, sniffed));
    if (!a.sha256.isEmpty() && a.sha256 != sha256Hex(a.bytes))
        return problem(
            QCoreApplication::translate("VisitRecords", "its SHA-256 does not match its content"));
    return {};
}

// Before anything is written: every document names an application of the
// visit, once; a scanned one has its scan; every consent has its time.
Status checkRecords(
    const QString& ref, const VisitRecords& records, const QHash<QString, QString>& applicationIds)
{
    QSet<std::pair<QString, int>> seen;
    for (const DocumentRecord& d : records.documents) {
        if (!applicationIds.contains(d.key))
            return Error{QCoreApplication::translate("VisitRecords",
                "visit %1: document %2 belongs to %3, which is not one of the visit's applications")
                             .arg(ref, describe(d), d.key)};
        if (d.index < 0)
            return Error{QCoreApplication::translate(
                "VisitRecords", "visit %1: document %2 has a negative position")
                             .arg(ref, describe(d))};
        if (seen.contains({d.key, d.index}))
            return Error{QCoreApplication::translate(
                "VisitRecords", "visit %1: document %2 is recorded twice")
                             .arg(ref, describe(d))};
        seen.insert({d.key, d.index});
        if (d.status == DocumentStatus::Scanned && !d.attachment)
            return Error{QCoreApplication::translate(
                "VisitRecords", "visit %1: document %2 is recorded as scanned but has no scan")
                             .arg(ref, describe(d))};
        if (d.attachment)
            if (Status ok = checkAttachment(d, *d.attachment); !ok)
                return ok;
    }
    for (const ConsentRecord& c : records.consents)
        if (!c.at.isValid())
            return Error{QCoreApplication::translate(
                "VisitRecords", "visit %1: the consent to %2 has no time")
                             .arg(ref, c.source)};
    return {};
}

} // namespace

QString documentStatusName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Unrecorded:
        return QStringLiteral("unrecorded");
    case DocumentStatus::Presented:
        return QStringLiteral("presented");
    case DocumentStatus::Scanned:
        return QStringLiteral("scanned");
    case DocumentStatus::Digital:
        return QStringLiteral("digital");
    case DocumentStatus::Missing:
        return QStringLiteral("missing");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DocumentStatus> documentStatusFromName(const QString& name)
{
    for (DocumentStatus s : {DocumentStatus::Unrecorded, DocumentStatus::Presented,
             DocumentStatus::Scanned, DocumentStatus::Digital, DocumentStatus::Missing})
        if (documentStatusName(s) == name)
            return s;
    return std::nullopt;
}

Result<Attachment> readAttachment(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error{QCoreApplication::translate("VisitRecords", "the file %1 does not exist")
                         .arg(QDir::toNativeSeparators(path))};
    if (!info.isFile())
        return Error{QCoreApplication::translate("VisitRecords", "%1 is not a file")
                         .arg(QDir::toNativeSeparators(path))};
    // The size first: a 2 GB file is refused without being read.
    if (info.size() == 0)
        return Error{QCoreApplication::translate(
            "VisitRecords", "the file %1 is empty: scan the document again")
                         .arg(name)};
    if (info.size() > kMaxAttachmentBytes)
        return Error{QCoreApplication::translate("VisitRecords",
            "the file %1 is %2 MB; a scan may be at most %3 MB (scan in black and white or at a "
            "lower resolution)")
                         .arg(name, megabytes(info.size()), megabytes(kMaxAttachmentBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("VisitRecords", "cannot read the file %1: %2")
                         .arg(name, file.errorString())};
    Attachment attachment;
    attachment.fileName = name;
    // One byte more than allowed: a file that grew since it was measured is
    // still refused.
    attachment.bytes = file.read(kMaxAttachmentBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{QCoreApplication::translate("VisitRecords", "cannot read the file %1: %2")
                         .arg(name, file.errorString())};
    if (attachment.bytes.isEmpty())
        return Error{QCoreApplication::translate(
            "VisitRecords", "the file %1 is empty: scan the document again")
                         .arg(name)};
    if (attachment.bytes.size() > kMaxAttachmentBytes)
        return Error{QCoreApplication::translate("VisitRecords", "the file %1 is larger than %2 MB")
                         .arg(name, megabytes(kMaxAttachmentBytes))};
    attachment.mediaType = sniffedMediaType(attachment.bytes);
    if (attachment.mediaType.isEmpty())
        return Error{QCoreApplication::translate("VisitRecords",
            "the file %1 is not a PDF, PNG or JPEG (it begins with %2), whatever its name says: "
            "attach the scanner's PDF or image")
                         .arg(name, firstBytes(attachment.bytes))};
    attachment.sha256 = sha256Hex(attachment.bytes);
    return attachment;
}

QJsonObject documentJson(const DocumentRecord& document, bool withContent)
{
    QJsonObject json{{QStringLiteral("key"), document.key},
        {QStringLiteral("index"), document.index}, {QStringLiteral("ja"), document.names.ja},
        {QStringLiteral("en"), document.names.en},
        {QStringLiteral("status"), documentStatusName(document.status)},
        {QStringLiteral("bring_by"),
            document.bringBy.isValid() ? QJsonValue(document.bringBy.toString(Qt::ISODate))
                                       : QJsonValue()},
        {QStringLiteral("certificate_digest"), textOrNull(document.certificateDigest)}};
    if (document.attachment) {
        const Attachment& a = *document.attachment;
        QJsonObject attachment{{QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("media_type"), a.mediaType}, {QStringLiteral("sha256"), a.sha256}};
        if (withContent)
            attachment.insert(
                QStringLiteral("content_base64"), QString::fromLatin1(a.bytes.toBase64()));
        json.insert(QStringLiteral("attachment"), attachment);
    }
    return json;
}

QJsonObject evidenceJson(const EvidenceRecord& evidence)
{
    return {{QStringLiteral("source"), evidence.source},
        {QStringLiteral("names"), namesJson(evidence.names)},
        {QStringLiteral("issuer"), textOrNull(evidence.issuer)},
        {QStringLiteral("digest"), evidence.digest},
        {QStringLiteral("member"), textOrNull(evidence.member)},
        {QStringLiteral("fields"), QJsonArray::fromStringList(evidence.fields)}};
}

QJsonObject consentJson(const ConsentRecord& consent)
{
    return {{QStringLiteral("source"), consent.source},
        {QStringLiteral("source_names"), namesJson(consent.sourceNames)},
        {QStringLiteral("purpose"), consent.purpose},
        {QStringLiteral("systems"), QJsonArray::fromStringList(consent.systems)},
        {QStringLiteral("granted"), consent.granted}, {QStringLiteral("staff"), consent.staff},
        {QStringLiteral("at"),
            consent.at.isValid() ? QJsonValue(consent.at.toUTC().toString(Qt::ISODateWithMs))
                                 : QJsonValue()}};
}

QJsonArray envelopeAttachments(const VisitRecords& records, const QString& applicationKey)
{
    QJsonArray attachments;
    for (const DocumentRecord& d : records.documents) {
        if (d.key != applicationKey || d.status != DocumentStatus::Scanned || !d.attachment)
            continue;
        const Attachment& a = *d.attachment;
        attachments.append(QJsonObject{{QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("media_type"),
                a.mediaType.isEmpty() ? sniffedMediaType(a.bytes) : a.mediaType},
            {QStringLiteral("sha256"), a.sha256.isEmpty() ? sha256Hex(a.bytes) : a.sha256},
            {QStringLiteral("content_base64"), QString::fromLatin1(a.bytes.toBase64())},
            // Which of the procedure's documents it is (docs/backend-api.md).
            {QStringLiteral("document"), namesJson(d.names)}});
    }
    return attachments;
}

Status writeVisitRecords(storage::Database& db, const QString& ref, const VisitRecords& records,
    const QHash<QString, QString>& applicationIds)
{
    if (Status ok = checkRecords(ref, records, applicationIds); !ok)
        return ok;
    QSqlDatabase& sql = db.sql();
    const QString doing
        = QCoreApplication::translate("VisitRecords", "writing the records of visit %1").arg(ref);
    for (const DocumentRecord& d : records.documents) {
        const QString applicationId = applicationIds.value(d.key);
        QString attachmentId;
        if (d.attachment) {
            const Attachment& a = *d.attachment;
            attachmentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (auto stored = storage::exec(sql,
                    QStringLiteral("INSERT INTO visit_attachments (id, visit_ref, application_id, "
                                   "file_name, media_type, sha256, size, content) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {attachmentId, ref, applicationId, a.fileName, sniffedMediaType(a.bytes),
                        sha256Hex(a.bytes), qint64(a.bytes.size()), a.bytes},
                    doing);
                !stored)
                return stored.error();
        }
        if (auto stored = storage::exec(sql,
                QStringLiteral("INSERT INTO visit_documents (visit_ref, application_id, position, "
                               "names, status, bring_by, certificate_digest, attachment_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {ref, applicationId, d.index, compact(namesJson(d.names)),
                    documentStatusName(d.status),
                    textOrNullVariant(
                        d.bringBy.isValid() ? d.bringBy.toString(Qt::ISODate) : QString()),
                    textOrNullVariant(d.certificateDigest), textOrNullVariant(attachmentId)},
                doing);
            !stored)
            return stored.error();
    }
    for (qsizetype i = 0; i < records.evidence.size(); ++i) {
        const EvidenceRecord& e = records.evidence.at(i);
        if (auto stored = storage::exec(sql,
                QStringLiteral("INSERT INTO visit_evidence (visit_ref, position, source, names, "
                               "issuer, digest, member, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {ref, int(i + 1), e.source, compact(namesJson(e.names)), orEmpty(e.issuer),
                    orEmpty(e.digest), orEmpty(e.member), compact(e.fields)},
                doing);
            !stored)
            return stored.error();
    }
    for (qsizetype i = 0; i < records.consents.size(); ++i) {
        const ConsentRecord& c = records.consents.at(i);
        if (auto stored = storage::exec(sql,
                QStringLiteral("INSERT INTO visit_consents (visit_ref, position, source, "
                               "source_names, purpose, systems, granted, staff, at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {ref, int(i + 1), c.source, compact(namesJson(c.sourceNames)), orEmpty(c.purpose),
                    compact(c.systems), c.granted ? 1 : 0, orEmpty(c.staff),
                    c.at.toUTC().toString(Qt::ISODateWithMs)},
                doing);
            !stored)
            return stored.error();
    }
    return {};
}

Result<VisitRecords> readVisitRecords(storage::Database& db, const QString& ref)
{
    QSqlDatabase& sql = db.sql();
    const QString doing
        = QCoreApplication::translate("VisitRecords", "reading the records of visit %1").arg(ref);
    VisitRecords records;
    auto documents = storage::exec(sql,
        QStringLiteral("SELECT a.procedure_id, a.member_id, d.position, d.names, d.status, "
                       "d.bring_by, d.certificate_digest, t.file_name, t.media_type, t.sha256, "
                       "t.id FROM visit_documents d JOIN applications a ON a.id = d.application_id "
                       "LEFT JOIN visit_attachments t ON t.id = d.attachment_id "
                       "WHERE d.visit_ref = ? ORDER BY a.position, d.position"),
        {ref}, doing);
    if (!documents)
        return documents.error();
    while (documents->next()) {
        DocumentRecord d;
        const QString member = documents->value(1).toString();
        d.key = member.isEmpty() ? documents->value(0).toString()
                                 : documents->value(0).toString() + QLatin1Char('/') + member;
        d.index = documents->value(2).toInt();
        d.names
            = namesFrom(QJsonDocument::fromJson(documents->value(3).toString().toUtf8()).object());
        const auto status = documentStatusFromName(documents->value(4).toString());
        if (!status)
            return Error{QCoreApplication::translate(
                "VisitRecords", "visit %1: document %2 has the unknown status \"%3\"")
                             .arg(ref, describe(d), documents->value(4).toString())};
        d.status = *status;
        d.bringBy = QDate::fromString(documents->value(5).toString(), Qt::ISODate);
        d.certificateDigest = documents->value(6).toString();
        if (!documents->value(10).isNull())
            d.attachment = Attachment{documents->value(7).toString(),
                documents->value(8).toString(), {}, documents->value(9).toString()};
        records.documents << d;
    }
    auto evidence = storage::exec(sql,
        QStringLiteral("SELECT source, names, issuer, digest, member, fields FROM visit_evidence "
                       "WHERE visit_ref = ? ORDER BY position"),
        {ref}, doing);
    if (!evidence)
        return evidence.error();
    while (evidence->next())
        records.evidence << EvidenceRecord{evidence->value(0).toString(),
            namesFrom(QJsonDocument::fromJson(evidence->value(1).toString().toUtf8()).object()),
            evidence->value(2).toString(), evidence->value(3).toString(),
            evidence->value(4).toString(), stringsFrom(evidence->value(5).toString())};
    auto consents = storage::exec(sql,
        QStringLiteral("SELECT source, source_names, purpose, systems, granted, staff, at "
                       "FROM visit_consents WHERE visit_ref = ? ORDER BY position"),
        {ref}, doing);
    if (!consents)
        return consents.error();
    while (consents->next()) {
        ConsentRecord c;
        c.source = consents->value(0).toString();
        c.sourceNames
            = namesFrom(QJsonDocument::fromJson(consents->value(1).toString().toUtf8()).object());
        c.purpose = consents->value(2).toString();
        c.systems = stringsFrom(consents->value(3).toString());
        c.granted = consents->value(4).toInt() == 1;
        c.staff = consents->value(5).toString();
        c.at = QDateTime::fromString(consents->value(6).toString(), Qt::ISODateWithMs);
        records.consents << c;
    }
    return records;
}

Result<QByteArray> attachmentContent(
    storage::Database& db, const QString& ref, const QString& applicationKey, int index)
{
    const QString procedure = applicationKey.section(QLatin1Char('/'), 0, 0);
    const QString member = applicationKey.section(QLatin1Char('/'), 1);
    auto found = storage::exec(db.sql(),
        QStringLiteral("SELECT t.content FROM visit_documents d "
                       "JOIN applications a ON a.id = d.application_id "
                       "JOIN visit_attachments t ON t.id = d.attachment_id "
                       "WHERE d.visit_ref = ? AND a.procedure_id = ? AND a.member_id = ? "
                       "AND d.position = ?"),
        {ref, procedure, member, index},
        QCoreApplication::translate("VisitRecords", "reading a scan of visit %1").arg(ref));
    if (!found)
        return found.error();
    if (!found->next())
        return Error{QCoreApplication::translate(
            "VisitRecords", "visit %1 has no scan for document #%2 of %3")
                         .arg(ref)
                         .arg(index)
                         .arg(applicationKey)};
    return found->value(0).toByteArray();
}

} // namespace madoguchi::visit
