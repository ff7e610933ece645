#pragma once

#include "certificate/certificateverification.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Where the claims of the certificates a visit uses go in the rules
// context (docs/certificates.md, "In the rules context"): the desk and the
// submission put them there alike.
namespace madoguchi::visit {

// One certificate's claims: {claim: value} of a certificate of `typeId`
// about the household member `member` (empty: it names none).
struct CertificateClaims {
    QString typeId;
    QString member;
    QJsonObject claims;
};

// Puts `certificates` into the rules input `input` (before it is derived):
// each one's claims as evidence.<type> of its member in
// household.members, so a member's form reads its own certificate
// (member.evidence.<type>.<claim>); and as the top-level evidence.<type>
// when it is the only one of its type, since a household form could not
// tell two apart (two children's 在学証明書: each child's form has its own).
void insertEvidence(QJsonObject& input, const QList<CertificateClaims>& certificates);

// The members of a rules context (its input or derived) as the subjects a
// certificate may be about, with the context's member ids.
QList<certificate::SubjectCandidate> householdCandidates(const QJsonObject& context);

} // namespace madoguchi::visit
