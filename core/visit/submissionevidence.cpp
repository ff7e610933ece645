#include "visit/submissionevidence.h"

#include "certificate/certificateaudit.h"
#include "certificate/certificateverification.h"
#include "security/accesscontrol.h"
#include "visit/visitsources.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace madoguchi::visit {
namespace {

bool consented(const VisitDraft& draft, const QString& source)
{
    for (const ConsentRecord& c : draft.records.consents)
        if (c.source == source)
            return c.granted;
    return false;
}

} // namespace

Result<QList<CertificateClaims>> verifiedEvidence(const catalog::Catalog& catalog,
    const QJsonObject& input, const VisitDraft& draft, security::AccessControl& access,
    std::optional<qint64> personId)
{
    const QList<certificate::SubjectCandidate> household = householdCandidates(input);
    QList<CertificateClaims> evidence;
    for (const QString& text : draft.certificates) {
        const certificate::CheckedCertificate checked
            = certificate::verifyCertificate(text, catalog, household, access.clock().now());
        if (Status recorded = certificate::recordVerification(
                access, checked, personId, QStringLiteral("submission %1").arg(draft.ref));
            !recorded)
            return recorded.error();
        const QString name = checked.typeNames.ja.isEmpty() ? checked.typeId : checked.typeNames.ja;
        if (!checked.valid()) {
            QStringList why;
            for (const certificate::Problem& p : checked.problems)
                why << p.message.ja;
            return Error{QCoreApplication::translate(
                "VisitSubmission", "the certificate %1 no longer passes verification: %2")
                             .arg(name, why.join(QStringLiteral("; ")))};
        }
        if (!consented(draft, certificateSource(checked.typeId)))
            return Error{QCoreApplication::translate("VisitSubmission",
                "the resident's consent to use the certificate %1 is not recorded")
                             .arg(name)};
        for (const CertificateClaims& other : evidence)
            if (other.typeId == checked.typeId && other.member == checked.member)
                return Error{QCoreApplication::translate("VisitSubmission",
                    "two certificates of the type %1 about the same person: keep one")
                                 .arg(name)};
        evidence << CertificateClaims{checked.typeId, checked.member, checked.claims};
    }
    return evidence;
}

} // namespace madoguchi::visit
