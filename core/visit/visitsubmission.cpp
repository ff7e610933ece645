#include "visit/visitsubmission.h"

#include "approval/approvals.h"
#include "catalog/checklist.h"
#include "catalog/checklistinput.h"
#include "catalog/contextfromregister.h"
#include "catalog/interviewsession.h"
#include "catalog/prefill.h"
#include "delivery/outbox.h"
#include "security/accesscontrol.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "visit/readversions.h"
#include "visit/submissionevidence.h"
#include "visit/visitreference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace madoguchi::visit {
namespace {

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(value.isObject()
            ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// The member object of the context (m1 …), for the resident part of the
// envelope and the member's 宛名番号.
QJsonObject memberOf(const QJsonObject& context, const QString& id)
{
    for (const QJsonValue& m :
        context[QStringLiteral("household")][QStringLiteral("members")].toArray())
        if (m[QStringLiteral("id")].toString() == id)
            return m.toObject();
    return {};
}

// A null QString is bound as SQL NULL: the NOT NULL text columns get ''.
QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QJsonObject formJson(const catalog::FilledForm& form)
{
    QJsonArray fields;
    for (const catalog::FilledField& f : form.fields) {
        if (!f.visible)
            continue;
        fields.append(QJsonObject{{QStringLiteral("id"), f.field->id},
            {QStringLiteral("label"), f.field->labels.ja},
            {QStringLiteral("value"), f.value.isUndefined() ? QJsonValue() : f.value},
            {QStringLiteral("provenance"), catalog::provenanceName(f.provenance)}});
    }
    return {{QStringLiteral("id"), form.procedure->id}, {QStringLiteral("fields"), fields}};
}

Result<QString> cityCode(storage::Database& db)
{
    auto found = storage::exec(db.sql(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
        {QStringLiteral("city_code")},
        QCoreApplication::translate("VisitSubmission", "reading the city code"));
    if (!found)
        return found.error();
    return found->next() ? found->value(0).toString() : QString();
}

// A reference taken before the submission (the forms printed for the
// resident to sign carry it): one allocateVisitReference() gave, not used
// by another visit.
Result<QString> unusedReference(storage::Database& db, const QString& ref)
{
    auto used = storage::exec(db.sql(), QStringLiteral("SELECT 1 FROM visits WHERE ref = ?"), {ref},
        QCoreApplication::translate("VisitSubmission", "checking visit reference %1").arg(ref));
    if (!used)
        return used.error();
    if (used->next())
        return Error{QCoreApplication::translate(
            "VisitSubmission", "visit reference %1 is already used by another visit")
                         .arg(ref)};
    return ref;
}

// The person row of the resident with `atenaNo`.
Result<qint64> personIdOf(storage::Database& db, const QString& atenaNo)
{
    auto person
        = storage::exec(db.sql(), QStringLiteral("SELECT id FROM persons WHERE atena_no = ?"),
            {atenaNo}, QCoreApplication::translate("VisitSubmission", "finding the resident"));
    if (!person)
        return person.error();
    if (!person->next())
        return Error{QCoreApplication::translate("VisitSubmission", "no resident with 宛名番号 %1")
                         .arg(atenaNo)};
    return person->value(0).toLongLong();
}

} // namespace

Result<SubmittedVisit> submitVisit(storage::Database& db, security::AccessControl& access,
    const catalog::Catalog& catalog, const VisitDraft& draft)
{
    security::AuditEntry entry = access.entry(QLatin1String(security::AuditAction::Submission));
    entry.detail = QStringLiteral("%1 %2 %3")
                       .arg(draft.atenaNo, draft.eventType, draft.eventDate.toString(Qt::ISODate));
    if (Status allowed = access.require(security::Permission::Submit, entry); !allowed)
        return allowed.error();

    // The checklist and the forms, as the desk shows them.
    auto input = catalog::contextFromRegister(
        db, draft.atenaNo, draft.eventType, draft.eventDate, draft.today, draft.contextAnswers);
    if (!input)
        return input.error();
    // The resident's row: the audit entries of the visit name it.
    auto person = personIdOf(db, draft.atenaNo);
    if (!person)
        return person.error();
    const qint64 personId = person.value();
    entry.personId = personId;
    QJsonObject event = input->value(QStringLiteral("event")).toObject();
    for (auto it = draft.eventAnswers.begin(); it != draft.eventAnswers.end(); ++it)
        event.insert(it.key(), it.value());
    input->insert(QStringLiteral("event"), event);
    // Claims of certificates from other institutions, verified again and
    // consented to (docs/certificates.md).
    if (!draft.certificates.isEmpty()) {
        auto evidence = verifiedEvidence(catalog, input.value(), draft, access, personId);
        if (!evidence)
            return evidence.error();
        insertEvidence(input.value(), evidence.value());
    }
    auto derived = catalog::prepareContext(
        catalog, input.value(), QCoreApplication::translate("VisitSubmission", "the register"));
    if (!derived)
        return derived.error();
    auto forms = catalog::fillForms(catalog, derived.value(), draft.answers);
    if (!forms)
        return forms.error();

    // The clerk's additions: forms the rules did not ask for, filled and
    // checked like the others.
    QList<catalog::ChecklistItem> additions;
    for (auto it = draft.added.cbegin(); it != draft.added.cend(); ++it) {
        auto item = catalog::addedProcedure(catalog, forms.value(), it.key(), it.value());
        if (!item)
            return item.error();
        additions << item.value();
    }
    if (!additions.isEmpty())
        if (Status filled = catalog::setAdditions(forms.value(), additions); !filled)
            return filled.error();

    QStringList incomplete;
    QList<const catalog::FilledForm*> sending;
    QList<const catalog::ChecklistItem*> items;
    const qsizetype selected = forms->checklist.applies.size();
    for (qsizetype i = 0; i < forms->forms.size(); ++i) {
        const catalog::FilledForm& form = forms->forms[i];
        const QString key = form.member.isEmpty()
            ? form.procedure->id
            : form.procedure->id + QLatin1Char('/') + form.member;
        if (draft.leftOut.contains(key) || draft.leftOut.contains(form.procedure->id)) {
            const QString reason
                = draft.leftOut.value(key, draft.leftOut.value(form.procedure->id));
            if (reason.trimmed().isEmpty())
                return Error{QCoreApplication::translate(
                    "VisitSubmission", "%1 is left out without a reason")
                                 .arg(key)};
            continue;
        }
        if (!form.complete()) {
            QStringList missing;
            for (const catalog::FilledField& f : form.fields)
                if (f.visible && (f.missing || !f.valid))
                    missing << f.field->id;
            incomplete << QStringLiteral("%1 (%2)").arg(key, missing.join(QStringLiteral(", ")));
            continue;
        }
        sending << &form;
        items << (i < selected ? &forms->checklist.applies[i] : &forms->additions[i - selected]);
    }
    if (!incomplete.isEmpty())
        return Error{QCoreApplication::translate(
            "VisitSubmission", "the forms are not complete; answer or leave out with a reason: %1")
                         .arg(incomplete.join(QStringLiteral("; ")))};
    if (sending.isEmpty())
        return Error{QCoreApplication::translate(
            "VisitSubmission", "nothing to submit: no procedure applies or all are left out")};

    auto city = cityCode(db);
    if (!city)
        return city.error();
    auto ref = draft.ref.isEmpty() ? allocateVisitReference(db, draft.today)
                                   : unusedReference(db, draft.ref);
    if (!ref)
        return ref.error();
    const QJsonObject& context = forms->context;
    const QString subjectId = context[QStringLiteral("event")][QStringLiteral("subject")].toString(
        context[QStringLiteral("household")][QStringLiteral("head")].toString());
    entry.detail = ref.value() + QLatin1Char(' ') + entry.detail
        + QStringLiteral("; %1 applications").arg(sending.size());
    if (!draft.leftOut.isEmpty() || !draft.added.isEmpty())
        entry.detail += QStringLiteral("; %1 left out, %2 added (for review)")
                            .arg(draft.leftOut.size())
                            .arg(draft.added.size());
    // Recorded first: a submission that cannot be recorded is not made.
    if (Status recorded = access.record(entry); !recorded)
        return recorded.error();

    const security::Session& s = access.session();
    const QString now = access.clock().now().toUTC().toString(Qt::ISODateWithMs);
    SubmittedVisit visit{ref.value(), {}};
    QList<delivery::NewApplication> outgoing;
    storage::Transaction transaction(db.sql());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    QJsonObject leftOut, added;
    for (auto it = draft.leftOut.cbegin(); it != draft.leftOut.cend(); ++it)
        leftOut.insert(it.key(), it.value());
    for (auto it = draft.added.cbegin(); it != draft.added.cend(); ++it)
        added.insert(it.key(), it.value());
    const QJsonObject decisions{
        {QStringLiteral("left_out"), leftOut}, {QStringLiteral("added"), added}};
    // The versions of the records the visit relied on, so that a change
    // made elsewhere before the visit reaches its back-ends (a branch's
    // visit pushed to the hall later) is seen, not delivered blindly
    // (docs/branch.md, "Reconciliation"). Read in this transaction: these are the
    // versions the visit is written against. The checklist and forms were
    // built from reads moments before, outside it; a register change landing
    // in that window (at a branch: only the sync's pull can write the
    // register) would be recorded as read though the forms show the older
    // values. Kept small on purpose, not closed.
    auto readVersions = readRegisterVersions(db, personId);
    if (!readVersions)
        return readVersions.error();
    const QString doing
        = QCoreApplication::translate("VisitSubmission", "writing visit %1").arg(visit.ref);
    if (auto written = storage::exec(db.sql(),
            QStringLiteral("INSERT INTO visits (ref, person_id, atena_no, event_type, event_date, "
                           "staff, role, office, terminal, answers, decisions, submitted_at, "
                           "read_versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {visit.ref, personId, draft.atenaNo, draft.eventType,
                draft.eventDate.toString(Qt::ISODate), s.staffId, security::roleName(s.role),
                orEmpty(s.office), orEmpty(s.terminal), compact(draft.answers), compact(decisions),
                now, compact(readVersions->toJson())},
            doing);
        !written)
        return written.error();
    // Each item left out or added waits for a supervisor's review.
    if (Status reviewed = approval::recordOverrides(
            db, visit.ref, draft.atenaNo, s.staffId, decisions, access.clock().now());
        !reviewed)
        return reviewed.error();

    const QJsonObject subject = memberOf(context, subjectId);
    QHash<QString, QString> applicationIds; // "procedure[/member]" → id
    for (qsizetype i = 0; i < sending.size(); ++i) {
        const catalog::FilledForm& form = *sending[i];
        const catalog::Procedure& p = *form.procedure;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject member = form.member.isEmpty() ? subject : memberOf(context, form.member);
        const QJsonObject resident{{QStringLiteral("atena_no"), member[QStringLiteral("atena_no")]},
            {QStringLiteral("setai_no"),
                context[QStringLiteral("household")][QStringLiteral("setai_no")]},
            {QStringLiteral("name_kanji"), member[QStringLiteral("name_kanji")]},
            {QStringLiteral("name_kana"), member[QStringLiteral("name_kana")]},
            {QStringLiteral("birth_date"), member[QStringLiteral("birth_date")]}};
        const QJsonObject formObject = formJson(form);
        const QString key = form.member.isEmpty() ? p.id : p.id + QLatin1Char('/') + form.member;
        applicationIds.insert(key, id);
        QJsonObject envelope{{QStringLiteral("application_id"), id},
            {QStringLiteral("system"), p.system},
            {QStringLiteral("procedure"),
                QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("version"), p.version}}},
            {QStringLiteral("municipality_code"), city.value()},
            {QStringLiteral("resident"), resident},
            {QStringLiteral("visit"),
                QJsonObject{{QStringLiteral("reference"), visit.ref},
                    {QStringLiteral("office"), s.office},
                    {QStringLiteral("terminal"), s.terminal}}},
            {QStringLiteral("staff"),
                QJsonObject{{QStringLiteral("id"), s.staffId},
                    {QStringLiteral("role"), security::roleName(s.role)}}},
            {QStringLiteral("submitted_at"), now}, {QStringLiteral("form"), formObject}};
        // Scanned documents travel with their application (backend-api.md).
        if (const QJsonArray attachments = envelopeAttachments(draft.records, key);
            !attachments.isEmpty())
            envelope.insert(QStringLiteral("attachments"), attachments);
        const std::optional<QDate>& deadline = items[i]->deadline;
        QJsonArray documents;
        for (const catalog::LocalizedText& d : items[i]->documents)
            documents.append(
                QJsonObject{{QStringLiteral("ja"), d.ja}, {QStringLiteral("en"), d.en}});
        if (auto written = storage::exec(db.sql(),
                QStringLiteral("INSERT INTO applications (id, visit_ref, position, procedure_id, "
                               "procedure_version, system, member_id, member_atena_no, deadline, "
                               "documents, form) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, visit.ref, int(i + 1), p.id, p.version, p.system, orEmpty(form.member),
                    member[QStringLiteral("atena_no")].toVariant(),
                    deadline ? QVariant(deadline->toString(Qt::ISODate))
                             : QVariant(QMetaType(QMetaType::QString)),
                    compact(documents), compact(formObject)},
                doing);
            !written)
            return written.error();
        outgoing << delivery::NewApplication{id, visit.ref, p.system, p.id, p.version, envelope};
        visit.applications << SubmittedApplication{id, p.id, p.version, p.system, form.member};
    }
    if (Status recorded = writeVisitRecords(db, visit.ref, draft.records, applicationIds);
        !recorded)
        return recorded.error();
    delivery::Outbox outbox(db, access.clock());
    if (auto queued = outbox.enqueueInTransaction(outgoing); !queued)
        return queued.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return visit;
}

} // namespace madoguchi::visit
