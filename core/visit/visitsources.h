#pragma once

#include "catalog/interviewsession.h"
#include "certificate/certificateverification.h"
#include "visit/evidencecontext.h"
#include "visit/visitrecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// What a visit takes from outside the register (issue #10): certificates
// from other institutions, the resident's smartphone pre-entry, the
// documents brought, and the resident's consent to each source. The desk
// fills it; VisitInProgress puts the consented claims into the rules
// context and the records into the draft (docs/visits.md, "Documents,
// evidence and consent").
namespace madoguchi::visit {

// A certificate read at the desk and verified there.
struct ReadCertificate {
    QString text; // the compact JWS as read, trimmed
    certificate::CheckedCertificate checked;
};

// "在学証明書（大阪市立梅田小学校）" / "… (…)": a certificate type and its issuer(s).
catalog::LocalizedText certificateNames(
    const catalog::LocalizedText& type, const catalog::LocalizedText& issuers);

// The source name of a certificate type: "certificate:<type>".
QString certificateSource(const QString& typeId);
inline constexpr char kPreEntrySource[] = "preentry";

// What a source's data is used for: the procedures whose forms it can
// fill or whose documents it stands for, their systems, and the fields.
struct SourceUse {
    QStringList procedureKeys; // "procedure" or "procedure/member"
    catalog::LocalizedText purpose; // the procedures' names, joined
    QStringList systems;
    QStringList fields; // "key:field" of each value it fills now
};

class VisitSources {
public:
    void clear();

    // A valid certificate; replaces one of the same type about the same
    // member (two children's 在学証明書 are two). Its claims reach the forms
    // only once the resident's consent to its type is recorded (fail-closed):
    // the consent is asked again, for every certificate of the type.
    void addCertificate(ReadCertificate certificate);
    const QList<ReadCertificate>& certificates() const { return m_certificates; }
    // The certificate of `typeId` that stands for a document of the
    // application `key` ("procedure" or "procedure/member"): the one about
    // that member; for a household application the only one of the type
    // (none when two were read: it could not tell which).
    const ReadCertificate* certificateFor(const QString& typeId, const QString& key) const;
    // "在学証明書（梅田小学校、梅田中学校）": the type and every issuer of it read.
    catalog::LocalizedText namesOf(const QString& typeId) const;

    // The resident's answer for `source`, with what it is used for.
    void setConsent(const QString& source, bool granted, const SourceUse& use, const QString& staff,
        const QDateTime& at);
    // Unset: not asked yet.
    std::optional<bool> consent(const QString& source) const;

    // Matches every certificate's subject again with `household` (the
    // context's members, numbered as it numbers them now): a certificate
    // whose subject is no longer one of them is about nobody and is used
    // for nothing.
    void matchMembers(const QList<certificate::SubjectCandidate>& household);
    // The claims of the certificates with consent, each about a member
    // (insertEvidence puts them into the rules context).
    QList<CertificateClaims> evidenceContext() const;
    // The texts of those certificates (the submission verifies them again).
    QStringList consentedCertificates() const;

    // A pre-entry code applied to the visit: its digest, its names, and the
    // answer keys (and event.<id> keys) it gave.
    void setPreEntry(const QString& digest, const QStringList& keys);
    bool hasPreEntry() const { return !m_preEntryDigest.isEmpty(); }
    const QStringList& preEntryKeys() const { return m_preEntryKeys; }

    // The clerk's record of document `index` of the application `key`.
    void setDocument(const QString& key, int index, DocumentStatus status,
        std::optional<Attachment> attachment = std::nullopt);
    // As recorded; a document a consented certificate stands for is Digital
    // unless the clerk said otherwise.
    DocumentStatus documentStatus(
        const QString& key, int index, const QString& certificateType) const;
    const Attachment* attachment(const QString& key, int index) const;

    // Every record of the visit as the submission writes it: the documents
    // of the forms sent (`sent`: their keys), the evidence with the fields
    // it filled, the consents.
    VisitRecords records(const catalog::Forms& forms, const QStringList& sentKeys,
        const std::function<QString(qsizetype)>& keyOf) const;

private:
    QList<ReadCertificate> m_certificates;
    QMap<QString, ConsentRecord> m_consents;
    QString m_preEntryDigest;
    QStringList m_preEntryKeys;
    QMap<std::pair<QString, int>, DocumentRecord> m_documents;
};

// What `source` is used for in `forms` (certificateSource(type) or
// kPreEntrySource; `preEntryKeys` for the latter). With `member`, only for
// the forms of that member and of the household (one certificate of a type
// about that member).
SourceUse sourceUse(const catalog::Forms& forms, const QString& source,
    const QStringList& preEntryKeys, const std::function<QString(qsizetype)>& keyOf,
    const QString& member = {});

} // namespace madoguchi::visit
