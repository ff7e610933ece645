#include "outsidedata.h"

#include "certificate/certificateaudit.h"
#include "certificatedialog.h"
#include "documentsdialog.h"
#include "lockcover.h"
#include "preentry/preentrycode.h"
#include "preentry/preentryresolution.h"
#include "preentrydialog.h"
#include "scandialog.h"
#include "security/accesscontrol.h"
#include "text/dateformat.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLineEdit>
#include <QWidget>

namespace madoguchi::ui {
namespace {

QString sha256(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The label of an answer key: the first form field asked by it.
QString answerLabel(const catalog::Catalog& catalog, const QString& key, const QString& language)
{
    for (const catalog::Procedure& p : catalog.procedures)
        for (const catalog::FormField& f : p.fields)
            if (f.askOnce == key)
                return f.labels.in(language);
    return key;
}

QString memberName(const QList<visit::HouseholdMember>& household, const QString& id)
{
    for (const visit::HouseholdMember& m : household)
        if (m.id == id)
            return m.nameKanji;
    return id;
}

QString shownValue(const QJsonValue& value, const QList<visit::HouseholdMember>& household,
    bool members, const QString& language)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << shownValue(v, household, members, language);
        return parts.join(QStringLiteral("、"));
    }
    if (value.isObject()) { // asked per member: {member id: value}
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << memberName(household, it.key()) + QStringLiteral("：")
                    + shownValue(it.value(), household, false, language);
        return parts.join(QStringLiteral("、"));
    }
    if (value.isBool())
        return value.toBool() ? OutsideData::tr("yes") : OutsideData::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return members ? memberName(household, value.toString()) : value.toString();
}

} // namespace

OutsideData::OutsideData(QWidget* page, const QString& language, Hooks hooks)
    : QObject(page)
    , m_page(page)
    , m_language(language)
    , m_hooks(std::move(hooks))
{
}

void OutsideData::setVisit(visit::VisitInProgress* visit, security::AccessControl* access)
{
    m_visit = visit;
    m_access = access;
    for (QDialog* dialog : {static_cast<QDialog*>(m_scan.data()), static_cast<QDialog*>(m_preEntry.data()),
             static_cast<QDialog*>(m_certificate.data()), static_cast<QDialog*>(m_documents.data())})
        if (dialog)
            dialog->close();
}

void OutsideData::show(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialogs show the resident's data: not over the lock's cover.
    LockCover::hideWhileLocked(m_page->window(), dialog);
    // Back at the desk the clerk types where the page put the focus (the
    // checklist after a pre-entry), not into a window nobody activated.
    connect(dialog, &QDialog::finished, m_page, [page = m_page] {
        page->window()->activateWindow();
        if (QWidget* focus = page->window()->focusWidget())
            focus->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

ScanDialog* OutsideData::scan()
{
    if (!m_visit || !m_access || m_visit->atenaNo().isEmpty()) {
        emit message(tr("Find the resident first (F2): a code is read for the resident at the "
                        "counter."));
        return nullptr;
    }
    if (m_scan) {
        m_scan->raise();
        m_scan->codeEdit()->setFocus();
        return m_scan;
    }
    m_scan = new ScanDialog(m_page);
    connect(m_scan, &ScanDialog::codeRead, this, &OutsideData::read);
    show(m_scan);
    return m_scan;
}

void OutsideData::read(const QString& text)
{
    if (!m_visit || !m_access)
        return;
    if (preentry::looksLikePreEntry(text))
        readPreEntry(text);
    else
        readCertificate(text);
}

// In the scan dialog, where the clerk looks; a code read without it (the
// picture tour) says it in the status bar.
void OutsideData::scanError(const QString& text)
{
    if (m_scan)
        m_scan->setError(text);
    else
        emit message(text);
}

void OutsideData::readPreEntry(const QString& text)
{
    auto decoded = preentry::decodePreEntry(text);
    if (!decoded) {
        scanError(decoded.error().message);
        return;
    }
    const QDate today = m_hooks.today();
    auto household = m_visit->household(decoded->eventType, decoded->eventDate, today);
    if (!household) {
        scanError(household.error().message);
        return;
    }
    QList<certificate::SubjectCandidate> candidates;
    for (const visit::HouseholdMember& m : household.value())
        candidates << certificate::SubjectCandidate{m.id, m.nameKanji, m.nameKana, m.birthDate};
    auto resolved = preentry::resolvePreEntry(decoded.value(), m_visit->catalog(), candidates);
    if (!resolved) {
        scanError(resolved.error().message);
        return;
    }
    const catalog::Catalog& catalog = m_visit->catalog();
    const catalog::LifeEvent* event = catalog.event(resolved->eventType);
    QList<PreEntryDialog::Row> rows;
    const QString eventName = event ? event->names.in(m_language) : resolved->eventType;
    rows << PreEntryDialog::Row{tr("Life event"), eventName};
    rows << PreEntryDialog::Row{
        event ? event->dateLabel.in(m_language) : tr("Date"), text::formatDay(resolved->eventDate)};
    for (auto it = resolved->eventAnswers.begin(); it != resolved->eventAnswers.end(); ++it) {
        const catalog::FormField* question = nullptr;
        if (event)
            for (const catalog::FormField& q : event->questions)
                if (q.id == it.key())
                    question = &q;
        const bool members = question
            && (question->type == catalog::FieldType::Member
                || question->type == catalog::FieldType::Members);
        rows << PreEntryDialog::Row{question ? question->labels.in(m_language) : it.key(),
            shownValue(it.value(), household.value(), members, m_language)};
    }
    for (auto it = resolved->answers.begin(); it != resolved->answers.end(); ++it)
        rows << PreEntryDialog::Row{answerLabel(catalog, it.key(), m_language),
            shownValue(it.value(), household.value(), false, m_language)};
    const QString summary
        = tr("The resident prepared %1 on %2 on a smartphone. Check each value with the resident; "
             "Enter uses them for this visit (nothing is sent before you submit).")
              .arg(eventName, text::formatDay(resolved->eventDate));
    if (m_scan)
        m_scan->close();
    m_preEntry = new PreEntryDialog(summary, rows, resolved->notes, m_page);
    const preentry::ResolvedPreEntry taken = resolved.value();
    const QString digest = sha256(text);
    connect(m_preEntry, &PreEntryDialog::confirmed, this, [this, taken, digest, today] {
        if (Status set = m_visit->setEvent(taken.eventType, taken.eventDate, today, taken.eventAnswers);
            !set) {
            emit message(set.error().message);
            return;
        }
        if (!taken.answers.isEmpty())
            if (Status answered = m_visit->answer(taken.answers); !answered)
                emit message(answered.error().message);
        m_visit->sources().setPreEntry(digest, taken.keysUsed);
        emit eventTaken(taken.eventType, taken.eventDate, taken.eventAnswers);
        emit changed();
        emit message(tr("Pre-entry used: %1 answers from the resident's smartphone.")
                         .arg(taken.keysUsed.size()));
    });
    show(m_preEntry);
}

void OutsideData::readCertificate(const QString& text)
{
    if (!m_visit->hasForms()) {
        scanError(tr("Choose the life event first (F4): a certificate is matched against "
                            "the household of the event."));
        return;
    }
    const QList<certificate::SubjectCandidate> household = m_visit->subjectCandidates();
    const certificate::CheckedCertificate checked = certificate::verifyCertificate(
        text, m_visit->catalog(), household, m_access->clock().now());
    // Every verification is recorded; one that cannot be is not used.
    if (Status recorded = certificate::recordVerification(*m_access, checked, m_hooks.personId(),
            QStringLiteral("desk %1 %2").arg(m_visit->atenaNo(), m_visit->eventType()));
        !recorded) {
        scanError(recorded.error().message);
        return;
    }
    QString name;
    for (const certificate::SubjectCandidate& c : household)
        if (c.member == checked.member)
            name = c.nameKanji;
    const QString source = visit::certificateSource(checked.typeId);
    const visit::SourceUse use = m_visit->useOf(source);
    if (m_scan)
        m_scan->close();
    // The resident is asked in the systems' names (戸籍), not their ids.
    visit::SourceUse asked = use;
    for (QString& system : asked.systems)
        if (const catalog::System* known = m_visit->catalog().system(system))
            system = known->names.in(m_language);
    m_certificate = new CertificateDialog(checked, m_visit->catalog().certificate(checked.typeId),
        asked, name.isEmpty() ? checked.subjectName : name, m_language, m_page);
    if (checked.valid()) {
        connect(m_certificate, &CertificateDialog::consentGiven, this,
            [this, text, checked, source, use](bool granted) {
                m_visit->sources().addCertificate(visit::ReadCertificate{text.trimmed(), checked});
                m_visit->sources().setConsent(
                    source, granted, use, m_access->session().staffId, m_access->clock().now());
                if (Status refreshed = m_visit->refreshSources(); !refreshed)
                    emit message(refreshed.error().message);
                emit changed();
                emit message(granted
                        ? tr("Certificate used with the resident's consent: %1 values filled.")
                              .arg(m_visit->useOf(source).fields.size())
                        : tr("The resident did not agree: nothing from the certificate is used."));
            });
    }
    show(m_certificate);
}

DocumentsDialog* OutsideData::documents()
{
    if (!m_visit || !m_visit->hasForms()) {
        emit message(tr("Choose the life event first (F4): the documents come with the "
                        "checklist."));
        return nullptr;
    }
    if (m_documents) {
        m_documents->raise();
        return m_documents;
    }
    m_documents = new DocumentsDialog(*m_visit, m_language, m_page);
    connect(m_documents, &DocumentsDialog::changed, this, &OutsideData::changed);
    show(m_documents);
    return m_documents;
}

ScanDialog* OutsideData::scanDialog() const { return m_scan; }
PreEntryDialog* OutsideData::preEntryDialog() const { return m_preEntry; }
CertificateDialog* OutsideData::certificateDialog() const { return m_certificate; }
DocumentsDialog* OutsideData::documentsDialog() const { return m_documents; }

} // namespace madoguchi::ui
