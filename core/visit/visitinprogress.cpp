#include "visit/visitinprogress.h"

#include "catalog/checklistinput.h"
#include "catalog/contextfromregister.h"
#include "storage/database.h"
#include "visit/visitreference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace madoguchi::visit {

VisitInProgress::VisitInProgress(
    storage::Database& db, std::shared_ptr<const catalog::Catalog> catalog)
    : m_db(db)
    , m_catalog(std::move(catalog))
{
    Q_ASSERT(m_catalog);
}

void VisitInProgress::setResident(const QString& atenaNo)
{
    m_atenaNo = atenaNo;
    m_eventType.clear();
    m_eventDate = {};
    m_eventAnswers = {};
    m_forms.reset();
    m_leftOut.clear();
    m_added.clear();
    m_ref.clear();
    m_sources.clear();
}

Result<QList<HouseholdMember>> VisitInProgress::household(
    const QString& eventType, QDate day, QDate today) const
{
    auto input = catalog::contextFromRegister(m_db, m_atenaNo, eventType, day, today);
    if (!input)
        return input.error();
    QList<HouseholdMember> members;
    const QJsonArray rows
        = input.value()[QStringLiteral("household")][QStringLiteral("members")].toArray();
    for (const QJsonValue& m : rows)
        members << HouseholdMember{m[QStringLiteral("id")].toString(),
            m[QStringLiteral("name_kanji")].toString(),
            m[QStringLiteral("relationship")].toString(),
            m[QStringLiteral("atena_no")].toString() == m_atenaNo,
            m[QStringLiteral("name_kana")].toString(),
            QDate::fromString(m[QStringLiteral("birth_date")].toString(), Qt::ISODate)};
    return members;
}

Status VisitInProgress::setEvent(
    const QString& eventType, QDate eventDate, QDate today, const QJsonObject& eventAnswers)
{
    if (m_atenaNo.isEmpty())
        return Error{QCoreApplication::translate("VisitInProgress", "choose a resident first")};
    // The same path as submitVisit(): what the desk shows is what goes out.
    auto input = catalog::contextFromRegister(m_db, m_atenaNo, eventType, eventDate, today);
    if (!input)
        return input.error();
    QJsonObject event = input->value(QStringLiteral("event")).toObject();
    for (auto it = eventAnswers.begin(); it != eventAnswers.end(); ++it)
        if (!it.value().isNull())
            event.insert(it.key(), it.value());
    input->insert(QStringLiteral("event"), event);
    // Only claims the resident agreed to share reach the forms, each on the
    // member it is about now (the register may have changed since it was read).
    m_sources.matchMembers(householdCandidates(input.value()));
    insertEvidence(input.value(), m_sources.evidenceContext());
    auto derived = catalog::prepareContext(*m_catalog, input.value(),
        QCoreApplication::translate("VisitInProgress", "the life event"));
    if (!derived)
        return derived.error();
    const bool sameEvent = m_forms && eventType == m_eventType;
    const QJsonObject answers = sameEvent ? m_forms->answers : QJsonObject();
    auto forms = catalog::fillForms(*m_catalog, derived.value(), answers);
    if (!forms)
        return forms.error();
    QMap<QString, QString> added = sameEvent ? m_added : QMap<QString, QString>();
    if (!added.isEmpty()) {
        // An addition the new checklist selects itself, or no longer can take, goes.
        QList<catalog::ChecklistItem> items;
        for (auto it = added.begin(); it != added.end();) {
            auto item = catalog::addedProcedure(*m_catalog, forms.value(), it.key(), it.value());
            if (item) {
                items << item.value();
                ++it;
            } else {
                it = added.erase(it);
            }
        }
        if (Status filled = catalog::setAdditions(forms.value(), items); !filled)
            return filled.error();
    }
    m_eventType = eventType;
    m_eventDate = eventDate;
    m_today = today;
    // Built aside: refreshSources() passes m_eventAnswers itself.
    QJsonObject kept;
    for (auto it = eventAnswers.begin(); it != eventAnswers.end(); ++it)
        if (!it.value().isNull())
            kept.insert(it.key(), it.value());
    m_eventAnswers = std::move(kept);
    m_forms = std::move(forms.value());
    m_added = std::move(added);
    if (!sameEvent)
        m_leftOut.clear();
    return {};
}

Status VisitInProgress::refreshSources()
{
    if (!m_forms)
        return {};
    return setEvent(m_eventType, m_eventDate, m_today, m_eventAnswers);
}

QList<certificate::SubjectCandidate> VisitInProgress::subjectCandidates() const
{
    return m_forms ? householdCandidates(m_forms->context) : QList<certificate::SubjectCandidate>();
}

SourceUse VisitInProgress::useOf(const QString& source) const
{
    if (!m_forms)
        return {};
    return sourceUse(
        *m_forms, source, m_sources.preEntryKeys(), [this](qsizetype i) { return keyOf(i); });
}

Status VisitInProgress::answer(const QJsonObject& answers)
{
    if (!m_forms)
        return Error{QCoreApplication::translate("VisitInProgress", "choose the life event first")};
    return catalog::applyAnswers(*m_forms, answers);
}

Status VisitInProgress::forget(const QString& key, const QString& member)
{
    if (!m_forms)
        return Error{QCoreApplication::translate("VisitInProgress", "choose the life event first")};
    return catalog::forgetAnswer(*m_forms, key, member);
}

Status VisitInProgress::leaveOut(const QString& key, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("VisitInProgress", "%1: say why it is left out").arg(key)};
    m_leftOut.insert(key, reason.trimmed());
    return {};
}

void VisitInProgress::keep(const QString& key)
{
    m_leftOut.remove(key);
}

Status VisitInProgress::add(const QString& key, const QString& reason)
{
    if (!m_forms)
        return Error{QCoreApplication::translate("VisitInProgress", "choose the life event first")};
    auto item = catalog::addedProcedure(*m_catalog, *m_forms, key, reason.trimmed());
    if (!item)
        return item.error();
    QList<catalog::ChecklistItem> items = m_forms->additions;
    items << item.value();
    if (Status filled = catalog::setAdditions(*m_forms, items); !filled)
        return filled;
    m_added.insert(key, reason.trimmed());
    return {};
}

Status VisitInProgress::removeAddition(const QString& key)
{
    if (!m_forms || !m_added.contains(key))
        return {};
    QList<catalog::ChecklistItem> items = m_forms->additions;
    items.removeIf([&](const catalog::ChecklistItem& item) {
        const QString itemKey = item.member.isEmpty()
            ? item.procedure->id
            : item.procedure->id + QLatin1Char('/') + item.member;
        return itemKey == key;
    });
    if (Status filled = catalog::setAdditions(*m_forms, items); !filled)
        return filled;
    m_added.remove(key);
    m_leftOut.remove(key);
    return {};
}

QString VisitInProgress::keyOf(qsizetype index) const
{
    const catalog::FilledForm& form = m_forms->forms.at(index);
    return form.member.isEmpty() ? form.procedure->id
                                 : form.procedure->id + QLatin1Char('/') + form.member;
}

QList<qsizetype> VisitInProgress::sentForms() const
{
    QList<qsizetype> sent;
    if (!m_forms)
        return sent;
    for (qsizetype i = 0; i < m_forms->forms.size(); ++i)
        if (!m_leftOut.contains(keyOf(i)))
            sent << i;
    return sent;
}

QStringList VisitInProgress::incompleteForms() const
{
    QStringList open;
    for (qsizetype i : sentForms())
        if (!m_forms->forms[i].complete())
            open << keyOf(i);
    return open;
}

bool VisitInProgress::readyToSubmit() const
{
    return m_forms && !sentForms().isEmpty() && incompleteForms().isEmpty();
}

Result<QString> VisitInProgress::reference(QDate today)
{
    if (m_ref.isEmpty()) {
        auto ref = allocateVisitReference(m_db, today);
        if (!ref)
            return ref.error();
        m_ref = ref.value();
    }
    return m_ref;
}

VisitDraft VisitInProgress::draft(QDate today) const
{
    VisitDraft draft;
    draft.ref = m_ref;
    draft.atenaNo = m_atenaNo;
    draft.eventType = m_eventType;
    draft.eventDate = m_eventDate;
    draft.today = today;
    draft.eventAnswers = m_eventAnswers;
    if (m_forms)
        draft.answers = m_forms->answers;
    draft.leftOut = m_leftOut;
    draft.added = m_added;
    draft.certificates = m_sources.consentedCertificates();
    if (m_forms) {
        QStringList sent;
        for (qsizetype i : sentForms())
            sent << keyOf(i);
        draft.records = m_sources.records(*m_forms, sent, [this](qsizetype i) { return keyOf(i); });
    }
    return draft;
}

} // namespace madoguchi::visit
