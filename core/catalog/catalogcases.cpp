#include "catalog/catalogcases.h"

#include "catalog/catalogreader.h"
#include "catalog/checklist.h"
#include "catalog/checklistinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace madoguchi::catalog {
namespace {

QString pairKey(const QString& procedure, const QString& member)
{
    return procedure + QLatin1Char('\n') + member;
}

// prepareContext()'s lines "ORIGIN: /pointer: message" as problems at /context/pointer.
void addContextProblems(const QString& file, const QString& lines, Problems& problems)
{
    const QString origin = file + QStringLiteral(": ");
    for (const QString& line : lines.split(QLatin1Char('\n'))) {
        const QString rest = line.startsWith(origin) ? line.mid(origin.size()) : line;
        const qsizetype colon = rest.indexOf(QStringLiteral(": "));
        const QString pointer = colon > 0 ? rest.left(colon) : QString();
        const QString inner = pointer == QLatin1String("/") ? QString() : pointer;
        problems.add(Place{file, QStringLiteral("/context") + inner},
            colon > 0 ? rest.mid(colon + 2) : rest);
    }
}

Expectation readExpectation(
    const QJsonValue& value, const Place& place, const Catalog& catalog, Problems& problems)
{
    ObjectReader r(value, place, QStringLiteral("expectation"), problems);
    Expectation e;
    e.procedure = r.string(QStringLiteral("procedure"), Need::Required).value_or(QString());
    bool known = false;
    for (const Procedure& p : catalog.procedures)
        known = known || p.id == e.procedure;
    if (!e.procedure.isEmpty() && !known)
        problems.add(place / QStringLiteral("procedure"),
            QCoreApplication::translate("Catalog", "the catalog has no procedure \"%1\"")
                .arg(e.procedure));
    if (r.has(QStringLiteral("member")) && !r.value(QStringLiteral("member")).isNull())
        e.member = r.string(QStringLiteral("member"), Need::Required).value_or(QString());
    if (r.has(QStringLiteral("deadline")))
        e.deadline = r.date(QStringLiteral("deadline"), Need::Required);
    return e;
}

} // namespace

QList<CatalogCase> readCases(const QString& directory, const Catalog& catalog, Problems& problems)
{
    const QDir dir(directory);
    const QString folder = QStringLiteral("cases");
    QList<CatalogCase> cases;
    const QStringList names
        = QDir(dir.filePath(folder)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString file = folder + QLatin1Char('/') + name;
        const auto root = readJsonObjectFile(dir, file, problems);
        if (!root)
            continue;
        ObjectReader r(*root, Place{file, QString()}, QStringLiteral("case"), problems);
        CatalogCase c;
        c.file = file;
        c.id = r.id(QStringLiteral("id"), IdKind::Name, Need::Required).value_or(QString());
        c.description
            = r.text(QStringLiteral("description"), Need::Required).value_or(LocalizedText{});
        if (r.require(QStringLiteral("context"), Need::Required)) {
            c.context = r.value(QStringLiteral("context"));
            if (auto prepared = prepareContext(catalog, c.context, file); !prepared)
                addContextProblems(file, prepared.error().message, problems);
        }
        const QJsonArray expect = r.array(QStringLiteral("expect"), Need::Required);
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < expect.size(); ++i) {
            const Place place = r.at(QStringLiteral("expect")) / i;
            const Expectation e = readExpectation(expect.at(i), place, catalog, problems);
            const QString key = pairKey(e.procedure, e.member);
            if (seen.contains(key))
                problems.add(place,
                    QCoreApplication::translate("Catalog", "the same procedure and member as %1")
                        .arg((r.at(QStringLiteral("expect")) / seen.value(key)).shown()));
            seen.insert(key, i);
            c.expect.append(e);
        }
        cases.append(c);
    }
    // Ids are unique across files: report the second file.
    QHash<QString, QString> first;
    for (const CatalogCase& c : cases) {
        if (!c.id.isEmpty() && first.contains(c.id))
            problems.add(Place{c.file, QStringLiteral("/id")},
                QCoreApplication::translate("Catalog", "duplicate id \"%1\" (also in %2)")
                    .arg(c.id, first.value(c.id)));
        first.insert(c.id, c.file);
    }
    return cases;
}

CaseResult runCase(const Catalog& catalog, const CatalogCase& c)
{
    CaseResult result{c.id, c.file, {}, {}};
    const auto context = prepareContext(catalog, c.context, c.file);
    if (!context) {
        result.error = context.error().message;
        return result;
    }
    const auto checklist = buildChecklist(catalog, context.value());
    if (!checklist) {
        result.error = checklist.error().message;
        return result;
    }
    QHash<QString, const ChecklistItem*> applies;
    for (const ChecklistItem& item : checklist->applies)
        applies.insert(pairKey(item.procedure->id, item.member), &item);
    QHash<QString, const NotApplicableItem*> notApplicable;
    for (const NotApplicableItem& item : checklist->notApplicable)
        notApplicable.insert(pairKey(item.procedure->id, item.member), &item);
    QSet<QString> expected;
    for (const Expectation& e : c.expect) {
        const QString key = pairKey(e.procedure, e.member);
        expected.insert(key);
        const ChecklistItem* item = applies.value(key);
        if (!item) {
            const NotApplicableItem* why = notApplicable.value(key);
            result.differences.append({CaseDifference::Kind::Missing, e.procedure, e.member,
                why ? why->why
                    : LocalizedText{QStringLiteral(
                                        "このライフイベントの手続でない、またはこの世帯員がいない"),
                        QStringLiteral("not a procedure of this life event, or no such member")},
                e.deadline, std::nullopt});
            continue;
        }
        if (e.deadline && item->deadline != e.deadline)
            result.differences.append({CaseDifference::Kind::Deadline, e.procedure, e.member, {},
                e.deadline, item->deadline});
    }
    for (const ChecklistItem& item : checklist->applies)
        if (!expected.contains(pairKey(item.procedure->id, item.member)))
            result.differences.append({CaseDifference::Kind::Unexpected, item.procedure->id,
                item.member, item.reason, std::nullopt, item.deadline});
    return result;
}

} // namespace madoguchi::catalog
