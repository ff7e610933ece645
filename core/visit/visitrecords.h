#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace madoguchi::storage {
class Database;
}

// What a visit records besides its forms (issue #10, docs/visits.md,
// "Documents, evidence and consent"): the documents the resident brought
// or must still bring, the certificates and pre-entry it used, and the
// resident's consent to each source of data.
namespace madoguchi::visit {

enum class DocumentStatus {
    Unrecorded, // the clerk has not said (printed as "to bring")
    Presented, // shown on paper and checked
    Scanned, // a PDF or image attached to the application and sent with it
    Digital, // a signed certificate, verified (docs/certificates.md)
    Missing, // not brought: the slip says what to bring and by when
};

// "unrecorded", "presented", "scanned", "digital", "missing".
QString documentStatusName(DocumentStatus status);
std::optional<DocumentStatus> documentStatusFromName(const QString& name);

// A scanned document. Only PDF, PNG and JPEG (told by their first bytes,
// not the file name), at most kMaxAttachmentBytes.
struct Attachment {
    QString fileName; // the name only, no folder
    QString mediaType; // application/pdf, image/png, image/jpeg
    QByteArray bytes;
    QString sha256; // lower-case hex
};

inline constexpr qint64 kMaxAttachmentBytes = 10 * 1024 * 1024;

// Reads a file to attach; a precise error for a missing, empty, too large
// or unsupported file.
Result<Attachment> readAttachment(const QString& path);

// One document one application needs (procedure `documents` in the
// catalog), and what the clerk recorded about it.
struct DocumentRecord {
    QString key; // the application's key: "procedure" or "procedure/member"
    int index = 0; // the position among the documents its checklist item lists
    catalog::LocalizedText names;
    DocumentStatus status = DocumentStatus::Unrecorded;
    std::optional<Attachment> attachment; // Scanned
    QString certificateDigest; // Digital: CheckedCertificate::digest
    QDate bringBy; // Missing: the procedure's deadline (invalid: none)
};

// A certificate or a pre-entry code the visit used.
struct EvidenceRecord {
    QString source; // "certificate:<type>" or "preentry"
    catalog::LocalizedText names; // 出生証明書（みどり野中央病院） / スマートフォン事前入力
    QString issuer; // the issuer's id; empty for pre-entry
    QString digest; // SHA-256 of the code as read
    QString member; // the member it is about; empty: the household
    QStringList fields; // "procedure/member:field" of each form value it filled
};

// The resident's answer to "may we use this data for this purpose".
struct ConsentRecord {
    QString source; // as EvidenceRecord::source
    catalog::LocalizedText sourceNames;
    QString purpose; // what it is used for, in words (the procedures' names)
    QStringList systems; // the back-end systems that receive it
    bool granted = false;
    QString staff; // who recorded it
    QDateTime at;
};

struct VisitRecords {
    QList<DocumentRecord> documents;
    QList<EvidenceRecord> evidence;
    QList<ConsentRecord> consents;
};

QJsonObject documentJson(const DocumentRecord& document, bool withContent = false);
QJsonObject evidenceJson(const EvidenceRecord& evidence);
QJsonObject consentJson(const ConsentRecord& consent);

// The envelope's "attachments" for one application (docs/backend-api.md):
// [{"file_name", "media_type", "sha256", "content_base64", "document"}] of
// its scanned documents ("document": the names {"ja", "en"} of the
// procedure's document the scan is).
QJsonArray envelopeAttachments(const VisitRecords& records, const QString& applicationKey);

// Writes the records of visit `ref` (documents per application id, the
// attachments' bytes, evidence, consents). Called by submitVisit() inside
// its transaction; `applicationIds` maps an application key to its id.
// Checks first and writes nothing when a document names no application of
// the visit or is recorded twice, a scanned one has no scan, or a scan is
// empty, too large, not a PDF, PNG or JPEG by its bytes, or does not match
// its media type or SHA-256; a consent needs its time.
Status writeVisitRecords(storage::Database& db, const QString& ref, const VisitRecords& records,
    const QHash<QString, QString>& applicationIds);

// Reads them back (attachments without their bytes). A visit without
// records (or submitted before issue #10) gives empty lists.
Result<VisitRecords> readVisitRecords(storage::Database& db, const QString& ref);

// The bytes of the scan of document `index` of the application
// `applicationKey` ("procedure" or "procedure/member") of visit `ref`.
Result<QByteArray> attachmentContent(
    storage::Database& db, const QString& ref, const QString& applicationKey, int index);

} // namespace madoguchi::visit
