#include "security/residentaccess.h"

#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "visit/visitstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace madoguchi::security {
namespace {

QString doingText()
{
    return QCoreApplication::translate("ResidentAccess", "reading who used the resident's data");
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(auditTimestamp(at)) : QJsonValue();
}

// The visits that used the resident's data within the period: as the
// resident at the counter (visits.person_id) or as the member an
// application was about (applications.member_atena_no), oldest first.
Result<QList<ResidentVisit>> visitsOf(
    storage::Database& db, qint64 personId, const QString& atenaNo, const AccessPeriod& period)
{
    QString sql = QStringLiteral(
        "SELECT ref, submitted_at, atena_no, event_type, event_date, staff, office, person_id "
        "FROM visits WHERE ref IN (SELECT ref FROM visits WHERE person_id = ? "
        "UNION SELECT visit_ref FROM applications WHERE member_atena_no = ?)");
    QVariantList values{personId, atenaNo};
    if (period.from.isValid()) {
        sql += QStringLiteral(" AND submitted_at >= ?");
        values << auditTimestamp(period.from);
    }
    if (period.to.isValid()) {
        sql += QStringLiteral(" AND submitted_at < ?");
        values << auditTimestamp(period.to);
    }
    sql += QStringLiteral(" ORDER BY submitted_at, ref");
    auto rows = storage::exec(db.sql(), sql, values, doingText());
    if (!rows)
        return rows.error();
    QList<ResidentVisit> visits;
    while (rows->next()) {
        ResidentVisit v;
        v.ref = rows->value(0).toString();
        v.submittedAt = rows->value(1).toString();
        v.atenaNo = rows->value(2).toString();
        v.eventType = rows->value(3).toString();
        v.eventDate = rows->value(4).toString();
        v.staff = rows->value(5).toString();
        v.office = rows->value(6).toString();
        v.atCounter = rows->value(7).toLongLong() == personId;
        visits << v;
    }
    return visits;
}

// The applications of `visit` that carried the resident's data, with their
// delivery: all of them when the resident was at the counter; otherwise
// the resident's own and the household's (a household form can list every
// member), not another member's own application.
Status readApplications(storage::Database& db, const QString& atenaNo, ResidentVisit& visit)
{
    auto rows = storage::exec(db.sql(),
        QStringLiteral("SELECT a.id, a.procedure_id, a.system, a.member_id, a.member_atena_no, "
                       "a.form, o.state, o.receipt FROM applications a "
                       "LEFT JOIN outbox o ON o.id = a.id WHERE a.visit_ref = ? "
                       "ORDER BY a.position"),
        {visit.ref}, doingText());
    if (!rows)
        return rows.error();
    while (rows->next()) {
        ResidentApplication a;
        a.id = rows->value(0).toString();
        a.procedureId = rows->value(1).toString();
        a.system = rows->value(2).toString();
        a.member = rows->value(3).toString();
        a.memberAtenaNo = rows->value(4).toString();
        a.aboutResident = a.memberAtenaNo == atenaNo;
        if (!visit.atCounter && !a.aboutResident && !a.member.isEmpty())
            continue;
        const QJsonObject form
            = QJsonDocument::fromJson(rows->value(5).toString().toUtf8()).object();
        for (const visit::SentField& f : visit::sentFields(form))
            if (!a.fields.contains(f.label))
                a.fields << f.label;
        a.state = rows->value(6).toString();
        a.receipt = rows->value(7).toString();
        visit.applications << a;
    }
    return {};
}

} // namespace

Result<ResidentAccessReport> residentAccess(storage::Database& db, AccessControl& access,
    const QString& atenaNo, const AccessPeriod& period)
{
    AuditEntry entry = access.entry(QLatin1String(AuditAction::AuditRead));
    entry.detail = QStringLiteral("resident ") + atenaNo;
    if (period.from.isValid())
        entry.detail += QStringLiteral(" from ") + auditTimestamp(period.from);
    if (period.to.isValid())
        entry.detail += QStringLiteral(" to ") + auditTimestamp(period.to);
    if (Status allowed = access.require(Permission::ReadAuditLog, entry); !allowed)
        return allowed.error();

    ResidentAccessReport report;
    report.atenaNo = atenaNo;
    report.period = period;
    auto person = storage::exec(db.sql(),
        QStringLiteral("SELECT id, name_kanji, name_kana FROM persons WHERE atena_no = ?"),
        {atenaNo}, doingText());
    if (!person)
        return person.error();
    if (!person->next())
        return Error{QCoreApplication::translate("ResidentAccess", "no resident has 宛名番号 %1")
                         .arg(atenaNo)};
    report.personId = person->value(0).toLongLong();
    report.nameKanji = person->value(1).toString();
    report.nameKana = person->value(2).toString();
    person->finish();

    // The entries naming the person, through the same query as `audit
    // query`. Not AuditReader::query(): its audit-read entry carries no
    // person, and this one must, so that the resident's next report shows
    // who read this one.
    AuditFilter filter;
    filter.personId = report.personId;
    filter.from = period.from;
    filter.to = period.to;
    auto entries = queryAudit(db.sql(), filter);
    if (!entries)
        return entries.error();
    report.accesses = entries.value();

    auto visits = visitsOf(db, report.personId, atenaNo, period);
    if (!visits)
        return visits.error();
    report.visits = visits.value();
    for (ResidentVisit& v : report.visits) {
        if (Status read = readApplications(db, atenaNo, v); !read)
            return read.error();
        auto records = visit::readVisitRecords(db, v.ref);
        if (!records)
            return records.error();
        v.evidence = records->evidence;
        v.consents = records->consents;
    }

    // Recorded after the reads: an entry written first would be part of
    // what is read.
    entry.personId = report.personId;
    entry.detail += QStringLiteral(": %1 entries, %2 visits")
                        .arg(report.accesses.size())
                        .arg(report.visits.size());
    if (Status recorded = access.record(entry); !recorded)
        return recorded.error();
    return report;
}

QJsonObject residentAccessJson(const ResidentAccessReport& report)
{
    QJsonArray accesses;
    for (const AuditEntry& e : report.accesses)
        accesses.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
            {QStringLiteral("at"), auditTimestamp(e.at)},
            {QStringLiteral("operator"), e.operatorId}, {QStringLiteral("role"), e.role},
            {QStringLiteral("office"), e.office}, {QStringLiteral("terminal"), e.terminal},
            {QStringLiteral("action"), e.action}, {QStringLiteral("purpose"), e.purpose},
            {QStringLiteral("my_number_shown"), e.myNumberShown},
            {QStringLiteral("outcome"), e.outcome}, {QStringLiteral("detail"), e.detail}});
    QJsonArray visits;
    for (const ResidentVisit& v : report.visits) {
        QJsonArray applications;
        for (const ResidentApplication& a : v.applications)
            applications.append(QJsonObject{{QStringLiteral("application_id"), a.id},
                {QStringLiteral("procedure"), a.procedureId}, {QStringLiteral("system"), a.system},
                {QStringLiteral("member"), textOrNull(a.member)},
                {QStringLiteral("member_atena_no"), textOrNull(a.memberAtenaNo)},
                {QStringLiteral("about_resident"), a.aboutResident},
                {QStringLiteral("state"), textOrNull(a.state)},
                {QStringLiteral("receipt"), textOrNull(a.receipt)},
                {QStringLiteral("fields"), QJsonArray::fromStringList(a.fields)}});
        QJsonArray used, consents;
        for (const visit::EvidenceRecord& e : v.evidence)
            used.append(visit::evidenceJson(e));
        for (const visit::ConsentRecord& c : v.consents)
            consents.append(visit::consentJson(c));
        visits.append(QJsonObject{{QStringLiteral("visit"), v.ref},
            {QStringLiteral("submitted_at"), v.submittedAt},
            {QStringLiteral("atena_no"), v.atenaNo}, {QStringLiteral("at_counter"), v.atCounter},
            {QStringLiteral("event"), v.eventType}, {QStringLiteral("event_date"), v.eventDate},
            {QStringLiteral("staff"), v.staff}, {QStringLiteral("office"), v.office},
            {QStringLiteral("applications"), applications}, {QStringLiteral("data_used"), used},
            {QStringLiteral("consents"), consents}});
    }
    return {{QStringLiteral("resident"),
                QJsonObject{{QStringLiteral("atena_no"), report.atenaNo},
                    {QStringLiteral("name_kanji"), report.nameKanji},
                    {QStringLiteral("name_kana"), report.nameKana}}},
        {QStringLiteral("from"), timeOrNull(report.period.from)},
        {QStringLiteral("to"), timeOrNull(report.period.to)},
        {QStringLiteral("accesses"), accesses}, {QStringLiteral("visits"), visits}};
}

} // namespace madoguchi::security
