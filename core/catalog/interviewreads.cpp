#include "catalog/interviewreads.h"

#include "catalog/placeholders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::catalog {
namespace {

const QLatin1String kAnswers("answers");

void notePath(const QString& path, AnswersRead& read)
{
    if (path.isEmpty() || path == kAnswers) {
        read.all = true;
        return;
    }
    if (path.startsWith(kAnswers) && path.at(kAnswers.size()) == QLatin1Char('.'))
        read.keys.insert(path.mid(kAnswers.size() + 1).section(QLatin1Char('.'), 0, 0));
}

void walkRule(const QJsonValue& rule, AnswersRead& read)
{
    if (rule.isArray()) {
        for (const QJsonValue& v : rule.toArray())
            walkRule(v, read);
        return;
    }
    if (!rule.isObject())
        return;
    const QJsonObject object = rule.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("var")) {
            const QJsonValue arg = it.value().isArray() ? it.value().toArray().at(0) : it.value();
            if (arg.isString())
                notePath(arg.toString(), read);
            else if (arg.isNull() || arg.isUndefined())
                read.all = true; // {"var": null} is the whole context
            else if (!arg.isDouble())
                read.all = true; // a path computed while evaluating
        }
        walkRule(it.value(), read);
    }
}

void walkText(const LocalizedText& text, AnswersRead& read)
{
    for (const QString* t : {&text.ja, &text.en})
        if (const auto holes = placeholdersIn(*t))
            for (const Placeholder& p : holes.value())
                notePath(p.path, read);
}

void walkCases(const QList<TextCase>& cases, AnswersRead& read)
{
    for (const TextCase& c : cases) {
        walkRule(c.when, read);
        walkText(c.text, read);
    }
}

} // namespace

AnswersRead answersReadByChecklist(const Catalog& catalog, const QString& eventId)
{
    AnswersRead read;
    for (const Procedure* p : catalog.proceduresOf(eventId)) {
        walkRule(p->appliesWhen, read);
        walkCases(p->reasons, read);
        walkCases(p->notApplicableReasons, read);
        for (const Document& d : p->documents) {
            walkRule(d.when, read);
            walkText(d.names, read);
        }
        if (p->deadline)
            for (const DeadlineLimit& limit : p->deadline->limits) {
                walkRule(limit.when, read);
                for (const QString& from : limit.from)
                    notePath(from, read);
            }
    }
    return read;
}

} // namespace madoguchi::catalog
