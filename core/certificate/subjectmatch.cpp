#include "certificate/subjectmatch.h"

#include "text/folding.h"

namespace madoguchi::certificate {

QString matchSubject(const QString& name, QDate birthDate, const QList<SubjectCandidate>& household)
{
    const QString key = text::searchKey(name);
    if (key.isEmpty() || !birthDate.isValid())
        return {};
    QString found;
    for (const SubjectCandidate& c : household) {
        if (c.birthDate != birthDate)
            continue;
        if (text::searchKey(c.nameKanji) != key && text::searchKey(c.nameKana) != key)
            continue;
        if (!found.isEmpty())
            return {}; // two members fit: the document does not say which
        found = c.member;
    }
    return found;
}

QList<SubjectCandidate> candidatesOf(const registry::ResidentProfile& profile)
{
    QList<SubjectCandidate> candidates;
    for (const registry::ProfileMember& m : profile.household.members) {
        if (m.status == QLatin1String("removed"))
            continue;
        candidates << SubjectCandidate{QStringLiteral("m%1").arg(candidates.size() + 1),
            m.nameKanji, m.nameKana,
            m.birth.iso ? QDate::fromString(*m.birth.iso, Qt::ISODate) : QDate()};
    }
    return candidates;
}

} // namespace madoguchi::certificate
