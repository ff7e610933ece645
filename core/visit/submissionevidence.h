#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"
#include "visit/evidencecontext.h"
#include "visit/visitsubmission.h"

#include <QJsonObject>
#include <optional>

namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::visit {

// The claims a submission puts into the rules context (insertEvidence) (docs/visits.md,
// "Documents, evidence and consent"): each of the draft's certificates is
// verified again — against the catalog's trust store, now, and the
// household of `input` (the context read from the register) — and must
// have the resident's granted consent in draft.records.consents. Each
// verification is recorded in the audit chain. Fails, naming the
// certificate and every reason, when one does not pass: nothing is
// submitted on a certificate that no longer holds or was never agreed to.
Result<QList<CertificateClaims>> verifiedEvidence(const catalog::Catalog& catalog,
    const QJsonObject& input, const VisitDraft& draft, security::AccessControl& access,
    std::optional<qint64> personId);

} // namespace madoguchi::visit
