#include "catalog/checklist.h"

#include "catalog/contextderivation.h"
#include "catalog/deadline.h"
#include "catalog/placeholders.h"
#include "rules/jsonlogic.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace madoguchi::catalog {
namespace {

QString isoOrOpen(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("…");
}

// Why a procedure is left out on a day none of its versions covers. The
// checklist gives every text in both languages, as the catalog does, so
// these two are data here, not translations.
LocalizedText notInForceWhy(const QList<const Procedure*>& versions, QDate day)
{
    QStringList rangesJa, rangesEn;
    for (const Procedure* p : versions) {
        rangesJa.append(isoOrOpen(p->validFrom) + QStringLiteral("〜") + isoOrOpen(p->validTo));
        rangesEn.append(isoOrOpen(p->validFrom) + QStringLiteral(" to ") + isoOrOpen(p->validTo));
    }
    const QString date = day.toString(Qt::ISODate);
    return {QStringLiteral("%1の時点で施行されていない手続です（有効期間: %2）")
                .arg(date, rangesJa.join(QStringLiteral("、"))),
        QStringLiteral("Not in force on %1 (in force %2)")
            .arg(date, rangesEn.join(QStringLiteral(", ")))};
}

struct Evaluator {
    const Procedure& procedure;
    const QString& member;

    Result<bool> truthy(const QJsonValue& rule, const QJsonObject& data, const QString& where) const
    {
        if (rule.isNull())
            return true;
        auto value = rules::evaluate(rule, data);
        if (!value)
            return fail(where, value.error().message);
        return rules::js::truthy(value.value());
    }

    // The text of the first case whose `when` holds, placeholders filled
    // (the loader makes sure the last case has no `when`).
    Result<LocalizedText> firstFitting(
        const QList<TextCase>& cases, const QJsonObject& data, const QString& where) const
    {
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const TextCase& c = cases.at(i);
            const auto fits = truthy(c.when, data, where + QStringLiteral("/%1/when").arg(i));
            if (!fits)
                return fits.error();
            if (fits.value())
                return fillPlaceholders(c.text, data);
        }
        return LocalizedText{};
    }

    Error fail(const QString& where, const QString& message) const
    {
        // The evaluator names the place in the rule first: "/and/1: …".
        QString inner;
        QString text = message;
        if (message.startsWith(QLatin1Char('/'))) {
            const qsizetype colon = message.indexOf(QStringLiteral(": "));
            inner = message.left(colon);
            text = message.mid(colon + 2);
            if (inner == QLatin1String("/"))
                inner.clear();
        }
        const QString place = procedure.file + QStringLiteral(": ") + where + inner;
        return Error{member.isEmpty()
                ? QCoreApplication::translate("Checklist", "%1: %2 (household)").arg(place, text)
                : QCoreApplication::translate("Checklist", "%1: %2 (member %3)")
                      .arg(place, text, member)};
    }
};

// Decides one procedure for one member (or the household) into `list`.
Status decide(const Procedure& p, const QString& member, const QJsonObject& data, Checklist& list)
{
    const Evaluator eval{p, member};
    const auto applies = eval.truthy(p.appliesWhen, data, QStringLiteral("/applies_when"));
    if (!applies)
        return applies.error();
    if (!applies.value()) {
        auto why = eval.firstFitting(
            p.notApplicableReasons, data, QStringLiteral("/not_applicable_reason"));
        if (!why)
            return why.error();
        list.notApplicable.append({&p, member, why.value(), false});
        return {};
    }
    auto reason = eval.firstFitting(p.reasons, data, QStringLiteral("/reason"));
    if (!reason)
        return reason.error();
    ChecklistItem item{&p, member, std::nullopt, reason.value(), {}, {}};
    for (qsizetype i = 0; i < p.documents.size(); ++i) {
        const Document& d = p.documents.at(i);
        const auto bring = eval.truthy(d.when, data, QStringLiteral("/documents/%1/when").arg(i));
        if (!bring)
            return bring.error();
        if (bring.value()) {
            item.documents.append(fillPlaceholders(d.names, data));
            item.documentCertificates.append(d.certificate);
        }
    }
    if (p.deadline) {
        auto deadline = deadlineFor(*p.deadline, data);
        if (!deadline)
            return eval.fail(QStringLiteral("/deadline"), deadline.error().message);
        item.deadline = deadline.value();
    }
    list.applies.append(item);
    return {};
}

} // namespace

QJsonObject ruleData(const Catalog& catalog, const QJsonObject& derived, const QString& memberId)
{
    QJsonObject base = derived;
    base[QLatin1String("params")] = catalog.parameterValues();
    QJsonObject answers = base.value(QLatin1String("answers")).toObject();
    // Answers asked per member are {member id: value}: a rule sees its member's.
    for (auto it = catalog.answerKeys.constBegin(); it != catalog.answerKeys.constEnd(); ++it)
        if (it.value() && answers.contains(it.key()))
            answers[it.key()] = memberId.isEmpty()
                ? QJsonValue(QJsonValue::Null)
                : answers.value(it.key()).toObject().value(memberId);
    base[QLatin1String("answers")] = answers;
    return contextForMember(base, memberId);
}

Result<Checklist> buildChecklist(const Catalog& catalog, const QJsonObject& derived)
{
    const QJsonObject event = derived.value(QLatin1String("event")).toObject();
    const QString type = event.value(QLatin1String("type")).toString();
    if (!catalog.event(type))
        return Error{
            QCoreApplication::translate("Checklist", "the catalog has no life event \"%1\"")
                .arg(type)};
    const QDate day = QDate::fromString(event.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (!day.isValid())
        return Error{QCoreApplication::translate("Checklist", "event.date is not a date: %1")
                         .arg(rules::js::describe(event.value(QLatin1String("date"))))};

    const QJsonObject householdData = ruleData(catalog, derived, QString());
    QStringList memberIds;
    QList<QJsonObject> memberData;
    for (const QJsonValue& m : derived.value(QLatin1String("household"))
                                   .toObject()
                                   .value(QLatin1String("members"))
                                   .toArray()) {
        memberIds.append(m.toObject().value(QLatin1String("id")).toString());
        memberData.append(ruleData(catalog, derived, memberIds.constLast()));
    }

    Checklist list;
    const QList<const Procedure*> all = catalog.proceduresOf(type);
    for (qsizetype i = 0; i < all.size();) {
        // The versions of one procedure are next to each other.
        qsizetype end = i;
        const Procedure* inForce = nullptr;
        QList<const Procedure*> versions;
        while (end < all.size() && all.at(end)->id == all.at(i)->id) {
            versions.append(all.at(end));
            if (all.at(end)->inForceOn(day))
                inForce = all.at(end);
            ++end;
        }
        i = end;
        if (!inForce) {
            list.notApplicable.append(
                {versions.constFirst(), QString(), notInForceWhy(versions, day), true});
            continue;
        }
        if (inForce->scope == Scope::Household) {
            if (const Status s = decide(*inForce, QString(), householdData, list); !s)
                return s.error();
            continue;
        }
        for (qsizetype m = 0; m < memberIds.size(); ++m)
            if (const Status s = decide(*inForce, memberIds.at(m), memberData.at(m), list); !s)
                return s.error();
    }
    return list;
}

} // namespace madoguchi::catalog
