#pragma once

#include "catalog/interviewsession.h"
#include "common/result.h"
#include "visit/visitsources.h"
#include "visit/visitsubmission.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::visit {

// A member of the household as the event questions name them (m1 …).
struct HouseholdMember {
    QString id;
    QString nameKanji;
    QString relationship;
    bool isResident = false; // the resident the clerk chose
    QString nameKana;
    QDate birthDate; // invalid: not known to the day
};

// A visit while the clerk works on it at the desk (docs/visits.md, "At the
// desk"): the resident, the life event with its questions, the checklist
// and the forms with the answers so far, and the clerk's decisions (left
// out, added, each with a reason). Every step of the desk reads it;
// draft() is what submitVisit() takes, so the desk submits exactly what it
// showed. Reads the register through contextFromRegister(): the household
// of the resident whose profile the clerk opened (audited there).
class VisitInProgress {
public:
    VisitInProgress(storage::Database& db, std::shared_ptr<const catalog::Catalog> catalog);

    const catalog::Catalog& catalog() const { return *m_catalog; }
    const QString& atenaNo() const { return m_atenaNo; }
    // A new resident: forgets the event, the answers and the decisions.
    void setResident(const QString& atenaNo);

    // The resident's household as the event `eventType` on `day` reads it,
    // for the event questions that name members.
    Result<QList<HouseholdMember>> household(
        const QString& eventType, QDate day, QDate today) const;

    // The life event and its questions ({question id: value}): reads the
    // household, checks the answers (required ones, types, members) and
    // builds the checklist and the forms. The interview's answers and the
    // decisions are kept when the event type stays the same. On failure
    // nothing changes.
    Status setEvent(
        const QString& eventType, QDate eventDate, QDate today, const QJsonObject& eventAnswers);
    bool hasForms() const { return m_forms.has_value(); }
    const catalog::Forms& forms() const { return *m_forms; }
    const QString& eventType() const { return m_eventType; }
    QDate eventDate() const { return m_eventDate; }
    const QJsonObject& eventAnswers() const { return m_eventAnswers; }

    // Certificates, pre-entry, documents and consent (visitsources.h).
    // After a change that alters what the forms may use (a certificate
    // added or removed, a consent recorded), refreshSources() builds the
    // checklist and the forms again with the consented claims.
    VisitSources& sources() { return m_sources; }
    const VisitSources& sources() const { return m_sources; }
    Status refreshSources();
    // The household as certificates and pre-entry codes are matched
    // against (names and birth dates); empty before the life event.
    QList<certificate::SubjectCandidate> subjectCandidates() const;
    // What `source` is used for in the current forms.
    SourceUse useOf(const QString& source) const;

    // Answers of the interview (catalog::applyAnswers); forget() takes one
    // back so that it is asked again (catalog::forgetAnswer).
    Status answer(const QJsonObject& answers);
    Status forget(const QString& key, const QString& member = {});

    // The clerk's decisions; a key is "procedure" or "procedure/member".
    Status leaveOut(const QString& key, const QString& reason);
    void keep(const QString& key);
    Status add(const QString& key, const QString& reason);
    Status removeAddition(const QString& key);
    const QMap<QString, QString>& leftOut() const { return m_leftOut; }
    const QMap<QString, QString>& added() const { return m_added; }

    // The key of forms().forms[index].
    QString keyOf(qsizetype index) const;
    // Indexes into forms().forms of the forms that go out (not left out).
    QList<qsizetype> sentForms() const;
    // The forms that go out but are not complete, by key.
    QStringList incompleteForms() const;
    bool readyToSubmit() const;

    // The reference, taken once (the printed forms carry it) and used by
    // the submission.
    Result<QString> reference(QDate today);
    const QString& takenReference() const { return m_ref; }

    VisitDraft draft(QDate today) const;

private:
    storage::Database& m_db;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    QString m_atenaNo;
    QString m_eventType;
    QDate m_eventDate;
    QJsonObject m_eventAnswers;
    std::optional<catalog::Forms> m_forms;
    QMap<QString, QString> m_leftOut;
    QMap<QString, QString> m_added;
    QString m_ref;
    QDate m_today;
    VisitSources m_sources;
};

} // namespace madoguchi::visit
