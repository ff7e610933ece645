#include "visit/evidencecontext.h"

#include <QJsonArray>

namespace madoguchi::visit {

void insertEvidence(QJsonObject& input, const QList<CertificateClaims>& certificates)
{
    // Nothing to add, or no household to add it to (the context check says
    // what is wrong with the input, not this).
    if (certificates.isEmpty() || !input.value(QLatin1String("household")).isObject())
        return;
    QJsonObject evidence = input.value(QLatin1String("evidence")).toObject();
    QJsonObject household = input.value(QLatin1String("household")).toObject();
    QJsonArray members = household.value(QLatin1String("members")).toArray();
    for (const CertificateClaims& c : certificates) {
        qsizetype ofType = 0;
        for (const CertificateClaims& other : certificates)
            ofType += other.typeId == c.typeId ? 1 : 0;
        if (ofType == 1)
            evidence.insert(c.typeId, c.claims);
        for (qsizetype i = 0; i < members.size(); ++i) {
            QJsonObject member = members.at(i).toObject();
            if (c.member.isEmpty() || member.value(QLatin1String("id")).toString() != c.member)
                continue;
            QJsonObject own = member.value(QLatin1String("evidence")).toObject();
            own.insert(c.typeId, c.claims);
            member.insert(QLatin1String("evidence"), own);
            members.replace(i, member);
        }
    }
    household.insert(QLatin1String("members"), members);
    input.insert(QLatin1String("household"), household);
    if (!evidence.isEmpty())
        input.insert(QLatin1String("evidence"), evidence);
}

QList<certificate::SubjectCandidate> householdCandidates(const QJsonObject& context)
{
    QList<certificate::SubjectCandidate> candidates;
    const QJsonArray members
        = context[QLatin1String("household")][QLatin1String("members")].toArray();
    for (const QJsonValue& m : members)
        candidates << certificate::SubjectCandidate{m[QLatin1String("id")].toString(),
            m[QLatin1String("name_kanji")].toString(), m[QLatin1String("name_kana")].toString(),
            QDate::fromString(m[QLatin1String("birth_date")].toString(), Qt::ISODate)};
    return candidates;
}

} // namespace madoguchi::visit
