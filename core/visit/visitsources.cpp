#include "visit/visitsources.h"

#include "catalog/prefill.h"
#include "certificate/subjectmatch.h"

namespace madoguchi::visit {
namespace {

// The checklist item of forms.forms[index]: the checklist's, then the additions.
const catalog::ChecklistItem* itemOf(const catalog::Forms& forms, qsizetype index)
{
    const qsizetype applies = forms.checklist.applies.size();
    if (index < applies)
        return &forms.checklist.applies.at(index);
    if (index - applies < forms.additions.size())
        return &forms.additions.at(index - applies);
    return nullptr;
}

// The key a pre-entry gave for this field: its question (an ask_once key,
// event.<id>, …).
bool fromPreEntry(const catalog::FilledField& field, const QStringList& keys)
{
    return field.answered && keys.contains(field.question.key);
}

// Whose certificate a bind reads: the member object its "evidence" is
// below (member.…: the form's; head_member, subject_member, members.N: as
// the context says), or empty for the visit's one certificate of a type
// (evidence.…) and any other path.
QString evidenceMember(const QString& bind, const QString& formMember, const QJsonObject& context)
{
    const QStringList s = bind.split(QLatin1Char('.'));
    if (s.value(0) == QLatin1String("member"))
        return formMember;
    if (s.value(0) != QLatin1String("household"))
        return {};
    const QJsonObject household = context.value(QLatin1String("household")).toObject();
    if (s.value(1) == QLatin1String("head_member"))
        return household.value(QLatin1String("head")).toString();
    if (s.value(1) == QLatin1String("subject_member"))
        return context[QLatin1String("event")][QLatin1String("subject")].toString();
    if (s.value(1) == QLatin1String("members"))
        return household[QLatin1String("members")][s.value(2).toInt()][QLatin1String("id")]
            .toString();
    return {};
}

void appendUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

} // namespace

QString certificateSource(const QString& typeId)
{
    return QStringLiteral("certificate:") + typeId;
}

SourceUse sourceUse(const catalog::Forms& forms, const QString& source,
    const QStringList& preEntryKeys, const std::function<QString(qsizetype)>& keyOf,
    const QString& member)
{
    const bool preEntry = source == QLatin1String(kPreEntrySource);
    const QString type = preEntry ? QString() : source.section(QLatin1Char(':'), 1);
    SourceUse use;
    QStringList ja, en;
    for (qsizetype i = 0; i < forms.forms.size(); ++i) {
        const catalog::FilledForm& form = forms.forms.at(i);
        // Another member's form and its documents are that member's.
        const bool othersForm
            = !member.isEmpty() && !form.member.isEmpty() && form.member != member;
        const QString key = keyOf(i);
        bool uses = false;
        for (const catalog::FilledField& f : form.fields) {
            const QString& bind = f.field->bind;
            const QString reads
                = member.isEmpty() ? QString() : evidenceMember(bind, form.member, forms.context);
            const bool fills = preEntry
                ? fromPreEntry(f, preEntryKeys)
                : catalog::boundCertificate(bind) == type && (reads.isEmpty() || reads == member);
            if (!fills)
                continue;
            uses = true;
            if (f.provenance == catalog::Provenance::Evidence || preEntry)
                use.fields << key + QLatin1Char(':') + f.field->id;
        }
        if (!preEntry)
            if (const catalog::ChecklistItem* item = itemOf(forms, i))
                uses = uses || (item->documentCertificates.contains(type) && !othersForm);
        if (!uses)
            continue;
        use.procedureKeys << key;
        appendUnique(use.systems, form.procedure->system);
        if (!ja.contains(form.procedure->names.ja)) {
            ja << form.procedure->names.ja;
            en << form.procedure->names.en;
        }
    }
    use.purpose = {ja.join(QStringLiteral("、")), en.join(QStringLiteral(", "))};
    return use;
}

void VisitSources::clear()
{
    *this = VisitSources();
}

void VisitSources::addCertificate(ReadCertificate certificate)
{
    const certificate::CheckedCertificate& read = certificate.checked;
    m_certificates.removeIf([&](const ReadCertificate& c) {
        return c.checked.typeId == read.typeId && c.checked.member == read.member;
    });
    m_consents.remove(certificateSource(read.typeId));
    m_certificates << std::move(certificate);
}

catalog::LocalizedText certificateNames(
    const catalog::LocalizedText& type, const catalog::LocalizedText& issuers)
{
    return {type.ja + QStringLiteral("（") + issuers.ja + QStringLiteral("）"),
        type.en + QStringLiteral(" (") + issuers.en + QLatin1Char(')')};
}

const ReadCertificate* VisitSources::certificateFor(const QString& typeId, const QString& key) const
{
    const QString member = key.section(QLatin1Char('/'), 1);
    const ReadCertificate* found = nullptr;
    for (const ReadCertificate& c : m_certificates) {
        if (c.checked.typeId != typeId || c.checked.member.isEmpty() // about nobody here
            || (!member.isEmpty() && c.checked.member != member))
            continue;
        if (found) // a household application cannot tell two apart
            return nullptr;
        found = &c;
    }
    return found;
}

catalog::LocalizedText VisitSources::namesOf(const QString& typeId) const
{
    QStringList ja, en;
    catalog::LocalizedText type;
    for (const ReadCertificate& c : m_certificates) {
        if (c.checked.typeId != typeId)
            continue;
        type = c.checked.typeNames;
        appendUnique(ja, c.checked.issuerNames.ja);
        appendUnique(en, c.checked.issuerNames.en);
    }
    return certificateNames(type, {ja.join(QStringLiteral("、")), en.join(QStringLiteral(", "))});
}

void VisitSources::setConsent(const QString& source, bool granted, const SourceUse& use,
    const QString& staff, const QDateTime& at)
{
    ConsentRecord record;
    record.source = source;
    if (source == QLatin1String(kPreEntrySource)) {
        record.sourceNames
            = {QStringLiteral("スマートフォンの事前入力"), QStringLiteral("Smartphone pre-entry")};
    } else {
        // Every issuer of the type read: the consent covers them all.
        record.sourceNames = namesOf(source.section(QLatin1Char(':'), 1));
    }
    record.purpose = use.purpose.ja;
    record.systems = use.systems;
    record.granted = granted;
    record.staff = staff;
    record.at = at;
    m_consents.insert(source, record);
}

std::optional<bool> VisitSources::consent(const QString& source) const
{
    const auto it = m_consents.constFind(source);
    if (it == m_consents.constEnd())
        return std::nullopt;
    return it->granted;
}

void VisitSources::matchMembers(const QList<certificate::SubjectCandidate>& household)
{
    for (ReadCertificate& c : m_certificates)
        c.checked.member = certificate::matchSubject(
            c.checked.subjectName, c.checked.subjectBirthDate, household);
}

QList<CertificateClaims> VisitSources::evidenceContext() const
{
    QList<CertificateClaims> evidence;
    for (const ReadCertificate& c : m_certificates)
        if (!c.checked.member.isEmpty()
            && consent(certificateSource(c.checked.typeId)).value_or(false))
            evidence << CertificateClaims{c.checked.typeId, c.checked.member, c.checked.claims};
    return evidence;
}

QStringList VisitSources::consentedCertificates() const
{
    QStringList texts;
    for (const ReadCertificate& c : m_certificates)
        if (consent(certificateSource(c.checked.typeId)).value_or(false))
            texts << c.text;
    return texts;
}

void VisitSources::setPreEntry(const QString& digest, const QStringList& keys)
{
    m_preEntryDigest = digest;
    m_preEntryKeys = keys;
}

void VisitSources::setDocument(
    const QString& key, int index, DocumentStatus status, std::optional<Attachment> attachment)
{
    DocumentRecord& record = m_documents[{key, index}];
    record.key = key;
    record.index = index;
    record.status = status;
    record.attachment = status == DocumentStatus::Scanned ? std::move(attachment) : std::nullopt;
}

DocumentStatus VisitSources::documentStatus(
    const QString& key, int index, const QString& certificateType) const
{
    // Digital only while the certificate is read and its use agreed to: a
    // consent withdrawn (or asked again and refused) takes it back.
    const bool digital = !certificateType.isEmpty()
        && consent(certificateSource(certificateType)).value_or(false)
        && certificateFor(certificateType, key);
    const auto it = m_documents.constFind({key, index});
    if (it != m_documents.constEnd())
        return it->status == DocumentStatus::Digital && !digital ? DocumentStatus::Unrecorded
                                                                 : it->status;
    return digital ? DocumentStatus::Digital : DocumentStatus::Unrecorded;
}

const Attachment* VisitSources::attachment(const QString& key, int index) const
{
    const auto it = m_documents.constFind({key, index});
    return it == m_documents.constEnd() || !it->attachment ? nullptr : &*it->attachment;
}

VisitRecords VisitSources::records(const catalog::Forms& forms, const QStringList& sentKeys,
    const std::function<QString(qsizetype)>& keyOf) const
{
    VisitRecords records;
    for (qsizetype i = 0; i < forms.forms.size(); ++i) {
        const QString key = keyOf(i);
        const catalog::ChecklistItem* item = itemOf(forms, i);
        if (!item || !sentKeys.contains(key))
            continue;
        for (qsizetype d = 0; d < item->documents.size(); ++d) {
            const QString type = item->documentCertificates.value(d);
            DocumentRecord record;
            if (const auto it = m_documents.constFind({key, int(d)}); it != m_documents.constEnd())
                record = *it;
            record.key = key;
            record.index = int(d);
            record.names = item->documents.at(d);
            record.status = documentStatus(key, int(d), type);
            if (record.status == DocumentStatus::Digital)
                if (const ReadCertificate* c = certificateFor(type, key))
                    record.certificateDigest = c->checked.digest;
            if (record.status == DocumentStatus::Missing && item->deadline)
                record.bringBy = *item->deadline;
            records.documents << record;
        }
    }
    for (const ReadCertificate& c : m_certificates) {
        const QString source = certificateSource(c.checked.typeId);
        if (!consent(source).value_or(false) || c.checked.member.isEmpty())
            continue;
        EvidenceRecord record;
        record.source = source;
        record.names = certificateNames(c.checked.typeNames, c.checked.issuerNames);
        record.issuer = c.checked.issuerId;
        record.digest = c.checked.digest;
        record.member = c.checked.member;
        record.fields = sourceUse(forms, source, {}, keyOf, c.checked.member).fields;
        records.evidence << record;
    }
    if (hasPreEntry()) {
        EvidenceRecord record;
        record.source = QString::fromLatin1(kPreEntrySource);
        record.names
            = {QStringLiteral("スマートフォンの事前入力"), QStringLiteral("Smartphone pre-entry")};
        record.digest = m_preEntryDigest;
        record.fields = sourceUse(forms, record.source, m_preEntryKeys, keyOf).fields;
        records.evidence << record;
    }
    for (const ConsentRecord& consent : m_consents)
        records.consents << consent;
    return records;
}

} // namespace madoguchi::visit
