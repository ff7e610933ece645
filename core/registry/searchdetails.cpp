#include "registry/searchdetails.h"

#include "registry/searchstatements.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "text/age.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::registry {
namespace {

QString doing()
{
    return QCoreApplication::translate("ResidentSearch", "reading the search results");
}

Result<QSqlQuery> execIn(QSqlDatabase& db, const QString& head, const QList<qint64>& ids,
    const QString& tail, QVariantList extra = {})
{
    QVariantList values = inValues(ids);
    values.append(extra);
    return storage::exec(db, head + inPlaceholders(ids.size()) + tail, values, doing());
}

} // namespace

Result<QHash<qint64, Candidate>> loadCandidates(QSqlDatabase& db, const QList<qint64>& personIds)
{
    QHash<qint64, Candidate> candidates;
    if (personIds.isEmpty())
        return candidates;
    Result<QSqlQuery> q = execIn(db,
        QStringLiteral("SELECT p.id, p.atena_no, h.setai_no, p.name_kanji, p.name_kana, "
                       "p.birth_date, h.address, h.katagaki, p.household_id, p.tsusho, "
                       "p.tsusho_kana, p.alphabet_name FROM persons p "
                       "JOIN households h ON h.id = p.household_id "
                       "WHERE p.status = 'resident' AND p.id IN ("),
        personIds, QStringLiteral(")"));
    if (!q)
        return q.error();
    while (q->next()) {
        Candidate c;
        SearchResult& r = c.result;
        r.personId = q->value(0).toLongLong();
        r.atenaNo = q->value(1).toString();
        r.setaiNo = q->value(2).toString();
        r.nameKanji = q->value(3).toString();
        r.nameKana = q->value(4).toString();
        r.birthDate = q->value(5).toString();
        r.address = q->value(6).toString();
        r.katagaki = q->value(7).toString();
        c.householdId = q->value(8).toLongLong();
        for (int column : {3, 4, 9, 10, 11}) {
            const QString name = q->value(column).toString();
            if (!name.trimmed().isEmpty())
                c.currentNames << name;
        }
        candidates.insert(r.personId, std::move(c));
    }
    return candidates;
}

Status completeResults(
    QSqlDatabase& db, QList<SearchResult>& results, const QList<qint64>& householdIds, QDate today)
{
    if (results.isEmpty())
        return {};
    QList<qint64> personIds;
    for (const SearchResult& r : results)
        personIds << r.personId;

    QHash<qint64, QString> heads;
    Result<QSqlQuery> h = execIn(db,
        QStringLiteral("SELECT household_id, name_kanji FROM persons WHERE household_id IN ("),
        householdIds, QStringLiteral(") AND relationship = ? AND status = 'resident' ORDER BY id"),
        {QStringLiteral("世帯主")});
    if (!h)
        return h.error();
    while (h->next())
        heads.insert(h->value(0).toLongLong(), h->value(1).toString());

    // Fail closed, by the same rules as the profile (supportmeasurestatus.h):
    // a measure marks the person unless its period provably excludes today,
    // provisional ones included; an unknown level counts as error; the
    // strongest level wins. The period is judged in C++, not in SQL, so an
    // unreadable date protects rather than drops out of a comparison.
    QHash<qint64, SupportLevel> support;
    Result<QSqlQuery> s = execIn(db,
        QStringLiteral("SELECT person_id, level, starts_on, ends_on FROM support_measures "
                       "WHERE person_id IN ("),
        personIds, QStringLiteral(")"), {});
    if (!s)
        return s.error();
    while (s->next()) {
        if (!isSupportMeasureActive(s->value(2).toString(), s->value(3).toString(), today))
            continue;
        SupportLevel& level = support[s->value(0).toLongLong()];
        level = std::max(
            level, supportLevelFromKeyword(s->value(1).toString()).value_or(SupportLevel::Error));
    }

    for (qsizetype i = 0; i < results.size(); ++i) {
        SearchResult& r = results[i];
        r.headName = heads.value(householdIds.at(i));
        r.supportMeasure = support.value(r.personId, SupportLevel::None);
        if (auto birth = text::JapaneseDate::fromStorageString(r.birthDate); birth) {
            r.age = text::ageOn(birth.value(), today);
            if (auto iso = text::formatIso(birth.value()))
                r.birthDate = *iso;
        }
    }
    return {};
}

Status logMyNumberSearch(
    QSqlDatabase& db, const SearchActor& actor, const QList<qint64>& personIds, const QDateTime& at)
{
    QList<QVariant> targets;
    for (qint64 id : personIds)
        targets << id;
    if (targets.isEmpty())
        targets << QVariant(QMetaType::fromType<qint64>());
    for (const QVariant& target : targets) {
        Result<QSqlQuery> q = storage::exec(db,
            QStringLiteral("INSERT INTO access_log (at, operator, terminal, office, person_id, "
                           "function, my_number_shown) VALUES (?, ?, ?, ?, ?, ?, 1)"),
            {at.toUTC().toString(Qt::ISODateWithMs), actor.operatorId, actor.terminal, actor.office,
                target, QStringLiteral("search")},
            QCoreApplication::translate("ResidentSearch", "recording the My Number access"));
        if (!q)
            return q.error();
    }
    return {};
}

Status recordMyNumberSearch(security::AuditLog& audit, const SearchActor& actor,
    const QList<qint64>& personIds, const QDateTime& at)
{
    QList<std::optional<qint64>> targets;
    for (qint64 id : personIds)
        targets << id;
    if (targets.isEmpty())
        targets << std::nullopt;
    for (const std::optional<qint64>& target : targets) {
        security::AuditEntry entry;
        entry.at = at;
        entry.operatorId = actor.operatorId;
        entry.terminal = actor.terminal;
        entry.office = actor.office;
        entry.role = actor.role;
        entry.action = QLatin1String(security::AuditAction::Search);
        entry.personId = target;
        entry.myNumberShown = true;
        entry.outcome = QLatin1String(security::AuditOutcome::Ok);
        entry.detail = QStringLiteral("my-number");
        if (auto recorded = audit.record(entry); !recorded)
            return recorded.error();
    }
    return {};
}

} // namespace madoguchi::registry
