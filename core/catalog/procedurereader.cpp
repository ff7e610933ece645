#include "catalog/procedurereader.h"

#include "catalog/catalogfields.h"
#include "catalog/catalogreader.h"
#include "catalog/catalogrules.h"

#include <QCoreApplication>

namespace madoguchi::catalog {
namespace {

// The checks of paths and rules, as one procedure sees the rules context.
struct Checks {
    const ContextSchema& schema;
    PathScope scope;
    Problems& problems;

    void rule(const QJsonValue& value, const Place& place)
    {
        if (!value.isNull())
            checkRule(value, place, schema, scope, problems);
    }
    void text(const LocalizedText& value, const Place& place)
    {
        checkText(value, place, schema, scope, problems);
    }
    // A deadline counts from a date.
    void datePath(const QString& path, const Place& place)
    {
        const auto info = checkPath(path, place, schema, scope, problems);
        if (info && info->type != QLatin1String("date"))
            problems.add(place,
                QCoreApplication::translate(
                    "Catalog", "a deadline counts from a date; %1 is of type %2")
                    .arg(path, info->type));
    }
};

// Always a limit (partly empty after a problem): limit 0 is the deadline's
// own, limit i + 1 is and_within/i.
DeadlineLimit readLimit(ObjectReader& r, Checks& checks)
{
    Problems& problems = checks.problems;
    DeadlineLimit limit;
    int units = 0;
    const std::pair<const char*, DeadlineUnit> unitKeys[] = {{"days", DeadlineUnit::Days},
        {"months", DeadlineUnit::Months}, {"years", DeadlineUnit::Years}};
    for (const auto& [key, unit] : unitKeys) {
        const QString name = QString::fromLatin1(key);
        if (!r.has(name))
            continue;
        ++units;
        limit.unit = unit;
        limit.amount = r.integer(name, 1, Need::Required).value_or(0);
    }
    if (units != 1 && r.isObject())
        problems.add(r.place(),
            QCoreApplication::translate(
                "Catalog", "a deadline has exactly one of \"days\", \"months\", \"years\""));
    if (r.require(QStringLiteral("from"), Need::Required)) {
        const QJsonValue from = r.value(QStringLiteral("from"));
        const QJsonArray list = from.isArray() ? from.toArray() : QJsonArray{from};
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().isEmpty()) {
                problems.add(from.isArray() ? r.at(QStringLiteral("from")) / i
                                            : r.at(QStringLiteral("from")),
                    QCoreApplication::translate(
                        "Catalog", "expected a path of the rules context, got %1")
                        .arg(describeType(list.at(i))));
                continue;
            }
            limit.from.append(list.at(i).toString());
            checks.datePath(list.at(i).toString(),
                from.isArray() ? r.at(QStringLiteral("from")) / i : r.at(QStringLiteral("from")));
        }
        if (list.isEmpty())
            problems.add(r.at(QStringLiteral("from")),
                QCoreApplication::translate("Catalog", "expected a path or a list of paths"));
    }
    limit.firstDayCounts
        = r.boolean(QStringLiteral("first_day_counts"), Need::Required).value_or(false);
    limit.when = readRule(r, QStringLiteral("when"));
    checks.rule(limit.when, r.at(QStringLiteral("when")));
    return limit;
}

Deadline readDeadline(const QJsonValue& value, const Place& place, Checks& checks)
{
    Problems& problems = checks.problems;
    ObjectReader r(value, place, QStringLiteral("deadline"), problems);
    Deadline deadline;
    if (!r.isObject())
        return deadline;
    deadline.limits.append(readLimit(r, checks));
    deadline.note = r.text(QStringLiteral("note"), Need::Optional).value_or(LocalizedText{});
    if (!deadline.note.isEmpty())
        checks.text(deadline.note, r.at(QStringLiteral("note")));
    const QJsonArray also = r.array(QStringLiteral("and_within"), Need::Optional);
    for (qsizetype i = 0; i < also.size(); ++i) {
        ObjectReader a(also.at(i), r.at(QStringLiteral("and_within")) / i,
            QStringLiteral("deadlineLimit"), problems);
        deadline.limits.append(readLimit(a, checks));
    }
    return deadline;
}

// A text, or a list of {when, ja, en} cases whose last has no `when`.
QList<TextCase> readReasons(const QJsonValue& value, const Place& place, Checks& checks)
{
    Problems& problems = checks.problems;
    if (!value.isArray()) {
        const auto text = readText(value, place, problems);
        if (text)
            checks.text(*text, place);
        return text ? QList<TextCase>{{QJsonValue(), *text}} : QList<TextCase>{};
    }
    const QJsonArray array = value.toArray();
    QList<TextCase> cases;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ObjectReader r(array.at(i), place / i, QStringLiteral("reasonCase"), problems);
        TextCase c;
        c.when = readRule(r, QStringLiteral("when"));
        c.text.ja = r.string(QStringLiteral("ja"), Need::Required).value_or(QString());
        c.text.en = r.string(QStringLiteral("en"), Need::Required).value_or(QString());
        checks.rule(c.when, place / i / QStringLiteral("when"));
        checks.text(c.text, place / i);
        if (i + 1 == array.size() && r.has(QStringLiteral("when")))
            problems.add(place / i / QStringLiteral("when"),
                QCoreApplication::translate("Catalog",
                    "the last case has no \"when\": it is the one given when no other fits"));
        if (i + 1 < array.size() && r.isObject() && !r.has(QStringLiteral("when")))
            problems.add(place / i,
                QCoreApplication::translate("Catalog",
                    "only the last case can go without \"when\": the cases after this one "
                    "would never be used"));
        cases.append(c);
    }
    if (array.isEmpty())
        problems.add(place, QCoreApplication::translate("Catalog", "expected at least one reason"));
    return cases;
}

QList<Document> readDocuments(const QJsonArray& array, const Place& place, Checks& checks)
{
    Problems& problems = checks.problems;
    QList<Document> documents;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ObjectReader r(array.at(i), place / i, QStringLiteral("document"), problems);
        Document d;
        d.when = readRule(r, QStringLiteral("when"));
        d.names.ja = r.string(QStringLiteral("ja"), Need::Required).value_or(QString());
        d.names.en = r.string(QStringLiteral("en"), Need::Required).value_or(QString());
        d.certificate = r.id(QStringLiteral("certificate"), IdKind::Word, Need::Optional)
                            .value_or(QString());
        if (!d.certificate.isEmpty() && !checks.scope.evidence.contains(d.certificate))
            problems.add(place / i / QStringLiteral("certificate"),
                QCoreApplication::translate(
                    "Catalog", "there is no certificate type \"%1\" (certificates.json)")
                    .arg(d.certificate));
        checks.rule(d.when, place / i / QStringLiteral("when"));
        checks.text(d.names, place / i);
        documents.append(d);
    }
    return documents;
}

QString idList(const QStringList& ids)
{
    return ids.join(QStringLiteral(", "));
}

} // namespace

void collectAskOnceKeys(const QJsonObject& root, QSet<QString>& household, QSet<QString>& member)
{
    const QJsonArray fields
        = root.value(QStringLiteral("form")).toObject().value(QStringLiteral("fields")).toArray();
    for (const QJsonValue& field : fields) {
        const QString key = field.toObject().value(QStringLiteral("ask_once")).toString();
        if (!isValidId(key, IdKind::Word))
            continue;
        if (field.toObject().value(QStringLiteral("per_member")).toBool())
            member.insert(key);
        else
            household.insert(key);
    }
}

Procedure readProcedure(const QJsonObject& root, const QString& file,
    const CatalogEnvironment& environment, Problems& problems)
{
    ObjectReader r(root, Place{file, QString()}, QStringLiteral("procedure"), problems);
    Procedure p;
    p.file = file;
    p.id = r.id(QStringLiteral("id"), IdKind::Dotted, Need::Required).value_or(QString());
    p.version = r.integer(QStringLiteral("version"), 1, Need::Required).value_or(0);
    p.names = r.text(QStringLiteral("names"), Need::Required).value_or(LocalizedText{});
    const QJsonArray events = r.array(QStringLiteral("events"), Need::Required);
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!events.at(i).isString() || events.at(i).toString().isEmpty())
            problems.add(r.at(QStringLiteral("events")) / i,
                QCoreApplication::translate("Catalog", "expected a life event id, got %1")
                    .arg(describeType(events.at(i))));
        else if (p.events.contains(events.at(i).toString()))
            problems.add(r.at(QStringLiteral("events")) / i,
                QCoreApplication::translate("Catalog", "\"%1\" is listed twice")
                    .arg(events.at(i).toString()));
        p.events.append(events.at(i).toString());
    }
    if (r.has(QStringLiteral("events")) && r.value(QStringLiteral("events")).isArray()
        && events.isEmpty())
        problems.add(r.at(QStringLiteral("events")),
            QCoreApplication::translate(
                "Catalog", "a procedure belongs to at least one life event"));
    const auto scope = r.oneOf(QStringLiteral("scope"),
        {QStringLiteral("household"), QStringLiteral("member")}, Need::Required);
    p.scope = scope == QLatin1String("member") ? Scope::Member : Scope::Household;

    // References, and what the procedure's rules can see.
    Checks checks{environment.schema, PathScope{}, problems};
    checks.scope.parameters = environment.parameters;
    checks.scope.answerKeys = environment.answerKeys;
    checks.scope.memberAnswerKeys = environment.memberAnswerKeys;
    for (const CertificateType& c : environment.certificates)
        for (const CertificateClaim& claim : c.claims)
            checks.scope.evidence[c.id].insert(claim.id, claim.type);
    checks.scope.member = p.scope == Scope::Member;
    QStringList eventIds;
    for (const LifeEvent& e : environment.events)
        eventIds.append(e.id);
    for (qsizetype i = 0; i < p.events.size(); ++i) {
        const qsizetype at = eventIds.indexOf(p.events.at(i));
        if (at < 0) {
            if (!p.events.at(i).isEmpty())
                problems.add(r.at(QStringLiteral("events")) / i,
                    QCoreApplication::translate(
                        "Catalog", "unknown life event \"%1\" (events.json has: %2)")
                        .arg(p.events.at(i), idList(eventIds)));
            continue;
        }
        for (const FormField& q : environment.events.at(at).questions)
            checks.scope.questions.insert(q.id, q.type);
    }
    p.appliesWhen = readRule(r, QStringLiteral("applies_when"));
    checks.rule(p.appliesWhen, r.at(QStringLiteral("applies_when")));
    if (r.require(QStringLiteral("reason"), Need::Required))
        p.reasons = readReasons(
            r.value(QStringLiteral("reason")), r.at(QStringLiteral("reason")), checks);
    if (r.has(QStringLiteral("not_applicable_reason"))) {
        p.notApplicableReasons = readReasons(r.value(QStringLiteral("not_applicable_reason")),
            r.at(QStringLiteral("not_applicable_reason")), checks);
        if (!r.has(QStringLiteral("applies_when")))
            problems.add(r.at(QStringLiteral("not_applicable_reason")),
                QCoreApplication::translate(
                    "Catalog", "never shown: without applies_when the procedure always applies"));
    } else if (r.has(QStringLiteral("applies_when"))) {
        problems.add(r.place(),
            QCoreApplication::translate("Catalog",
                "missing required key \"not_applicable_reason\" (a procedure with applies_when "
                "says why it does not apply)"));
    }
    if (r.has(QStringLiteral("deadline")))
        p.deadline = readDeadline(
            r.value(QStringLiteral("deadline")), r.at(QStringLiteral("deadline")), checks);
    p.documents = readDocuments(r.array(QStringLiteral("documents"), Need::Optional),
        r.at(QStringLiteral("documents")), checks);
    p.validFrom = r.date(QStringLiteral("valid_from"), Need::Optional).value_or(QDate());
    p.validTo = r.date(QStringLiteral("valid_to"), Need::Optional).value_or(QDate());
    if (p.validFrom.isValid() && p.validTo.isValid() && p.validTo < p.validFrom)
        problems.add(r.at(QStringLiteral("valid_to")),
            QCoreApplication::translate("Catalog", "valid_to %1 is before valid_from %2")
                .arg(p.validTo.toString(Qt::ISODate), p.validFrom.toString(Qt::ISODate)));
    p.system = r.string(QStringLiteral("system"), Need::Required).value_or(QString());
    QStringList systemIds;
    for (const System& s : environment.systems)
        systemIds.append(s.id);
    if (!p.system.isEmpty() && !systemIds.contains(p.system))
        problems.add(r.at(QStringLiteral("system")),
            QCoreApplication::translate("Catalog", "unknown system \"%1\" (systems.json has: %2)")
                .arg(p.system, idList(systemIds)));
    if (r.has(QStringLiteral("form"))) {
        ObjectReader form(r.value(QStringLiteral("form")), r.at(QStringLiteral("form")),
            QStringLiteral("form"), problems);
        p.fields = readFields(form.array(QStringLiteral("fields"), Need::Required),
            form.at(QStringLiteral("fields")), FieldOwner::Form, problems);
        checkFields(p.fields, form.at(QStringLiteral("fields")), environment.schema, checks.scope,
            problems);
        if (p.scope == Scope::Household)
            for (qsizetype i = 0; i < p.fields.size(); ++i)
                if (p.fields.at(i).perMember)
                    problems.add(
                        form.at(QStringLiteral("fields")) / i / QStringLiteral("per_member"),
                        QCoreApplication::translate(
                            "Catalog", "per_member is for the forms of member procedures"));
    }
    return p;
}

} // namespace madoguchi::catalog
