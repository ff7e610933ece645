#include "catalog/catalogloader.h"

#include "catalog/catalogcontextschema.h"
#include "catalog/catalogfields.h"
#include "catalog/catalogfiles.h"
#include "catalog/catalogreader.h"
#include "catalog/certificatesreader.h"
#include "catalog/procedurereader.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

namespace madoguchi::catalog {
namespace {

QString isoOrOpen(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("…");
}

// Two versions of one procedure must never be in force on the same day.
void checkVersions(const QList<Procedure>& procedures, Problems& problems)
{
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const Procedure& a = procedures.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const Procedure& b = procedures.at(j);
            if (a.id.isEmpty() || a.id != b.id)
                continue;
            if (a.version == b.version) {
                problems.add(Place{a.file, QStringLiteral("/version")},
                    QCoreApplication::translate(
                        "Catalog", "procedure %1 version %2 is also defined in %3")
                        .arg(a.id)
                        .arg(a.version)
                        .arg(b.file));
                continue;
            }
            const QDate from = std::max(a.validFrom.isValid() ? a.validFrom : QDate(1, 1, 1),
                b.validFrom.isValid() ? b.validFrom : QDate(1, 1, 1));
            if (a.inForceOn(from) && b.inForceOn(from))
                problems.add(Place{a.file, QStringLiteral("/valid_from")},
                    QCoreApplication::translate("Catalog",
                        "procedure %1 version %2 (%3 to %4) and version %5 in %6 (%7 to %8) are "
                        "both in force on %9: versions of a procedure must not overlap")
                        .arg(a.id, QString::number(a.version), isoOrOpen(a.validFrom),
                            isoOrOpen(a.validTo), QString::number(b.version), b.file,
                            isoOrOpen(b.validFrom), isoOrOpen(b.validTo),
                            from.toString(Qt::ISODate)));
        }
    }
}

// One ask_once key is one question: the same type wherever it is asked.
void checkAskOnce(const QList<Procedure>& procedures, Problems& problems)
{
    struct First {
        FieldType type;
        bool perMember;
        QString where;
    };
    QHash<QString, First> first;
    for (const Procedure& p : procedures) {
        QSet<QString> inThisForm;
        for (qsizetype i = 0; i < p.fields.size(); ++i) {
            const FormField& f = p.fields.at(i);
            if (f.askOnce.isEmpty())
                continue;
            const Place place{p.file, QStringLiteral("/form/fields/%1/ask_once").arg(i)};
            if (inThisForm.contains(f.askOnce))
                problems.add(place,
                    QCoreApplication::translate(
                        "Catalog", "ask_once \"%1\" is used by another field of this form")
                        .arg(f.askOnce));
            inThisForm.insert(f.askOnce);
            const auto it = first.constFind(f.askOnce);
            if (it == first.constEnd()) {
                first.insert(f.askOnce, {f.type, f.perMember, p.file});
            } else if (it->type != f.type) {
                problems.add(place,
                    QCoreApplication::translate("Catalog",
                        "ask_once \"%1\" is a %2 field in %3; here it is a %4 field (one "
                        "question has one type)")
                        .arg(f.askOnce, fieldTypeName(it->type), it->where, fieldTypeName(f.type)));
            } else if (it->perMember != f.perMember) {
                problems.add(place,
                    it->perMember
                        ? QCoreApplication::translate("Catalog",
                            "ask_once \"%1\" is asked per member in %2; here it is asked per "
                            "household (give every field with this key the same per_member)")
                              .arg(f.askOnce, it->where)
                        : QCoreApplication::translate("Catalog",
                            "ask_once \"%1\" is asked per household in %2; here it is asked per "
                            "member (give every field with this key the same per_member)")
                              .arg(f.askOnce, it->where));
            }
        }
    }
}

Catalog assemble(const QString& directory, QList<System> systems, QList<LifeEvent> events,
    QList<Parameter> parameters, QList<Procedure> procedures, QList<CertificateType> certificates,
    QList<TrustedIssuer> issuers)
{
    Catalog c;
    c.certificates = std::move(certificates);
    c.issuers = std::move(issuers);
    c.location = directory;
    c.systems = std::move(systems);
    c.events = std::move(events);
    c.parameters = std::move(parameters);
    for (qsizetype i = 0; i < c.systems.size(); ++i)
        c.systemIndex.insert(c.systems.at(i).id, i);
    for (qsizetype i = 0; i < c.events.size(); ++i)
        c.eventIndex.insert(c.events.at(i).id, i);
    for (const Parameter& p : c.parameters)
        c.parameterObject.insert(p.id, p.value);
    std::stable_sort(
        procedures.begin(), procedures.end(), [&](const Procedure& a, const Procedure& b) {
            const qsizetype sa = c.systemIndex.value(a.system), sb = c.systemIndex.value(b.system);
            if (sa != sb)
                return sa < sb;
            if (a.id != b.id)
                return a.id < b.id;
            return a.version < b.version;
        });
    c.procedures = std::move(procedures);
    for (const Procedure& p : c.procedures)
        for (const FormField& f : p.fields)
            if (!f.askOnce.isEmpty())
                c.answerKeys.insert(f.askOnce, f.perMember);
    for (qsizetype i = 0; i < c.procedures.size(); ++i)
        for (const QString& event : c.procedures.at(i).events)
            c.proceduresByEvent[event].append(i);
    return c;
}

} // namespace

CatalogLoad loadCatalog(const QString& directory)
{
    CatalogLoad load;
    Problems problems;
    const QDir dir(directory);
    if (!dir.exists()) {
        problems.add(
            Place{directory, QString()}, QCoreApplication::translate("Catalog", "no such folder"));
        load.problems = problems.list();
        return load;
    }
    const QString systemsFile = QStringLiteral("systems.json");
    const QString eventsFile = QStringLiteral("events.json");
    const QString parametersFile = QStringLiteral("parameters.json");
    QList<Parameter> parameters;
    if (const auto root = readJsonObjectFile(dir, parametersFile, problems))
        parameters = readParameters(*root, parametersFile, problems);
    QSet<QString> parameterIds;
    for (const Parameter& p : parameters)
        parameterIds.insert(p.id);
    QList<System> systems;
    if (const auto root = readJsonObjectFile(dir, systemsFile, problems))
        systems = readSystems(*root, systemsFile, problems);
    QList<LifeEvent> events;
    if (const auto root = readJsonObjectFile(dir, eventsFile, problems))
        events = readEvents(*root, eventsFile, parameterIds, problems);
    QList<CertificateType> certificates;
    QList<TrustedIssuer> issuers;
    readCertificateFiles(dir, certificates, issuers, problems);

    const QString folder = QStringLiteral("procedures");
    const QStringList names
        = QDir(dir.filePath(folder)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (!QDir(dir.filePath(folder)).exists())
        problems.add(Place{folder + QLatin1Char('/'), QString()},
            QCoreApplication::translate("Catalog",
                "no such folder: a catalog keeps one file per "
                "procedure in procedures/"));
    QList<std::pair<QString, QJsonObject>> roots;
    CatalogEnvironment environment{
        ContextSchema::builtIn(), systems, events, parameterIds, {}, {}, certificates};
    for (const QString& name : names) {
        const QString file = folder + QLatin1Char('/') + name;
        if (const auto root = readJsonObjectFile(dir, file, problems)) {
            roots.append({file, *root});
            collectAskOnceKeys(*root, environment.answerKeys, environment.memberAnswerKeys);
        }
    }
    QList<Procedure> procedures;
    for (const auto& [file, root] : roots)
        procedures.append(readProcedure(root, file, environment, problems));
    checkVersions(procedures, problems);
    checkAskOnce(procedures, problems);

    load.problems = problems.list();
    if (problems.isEmpty())
        load.catalog = std::make_shared<const Catalog>(assemble(directory, std::move(systems),
            std::move(events), std::move(parameters), std::move(procedures),
            std::move(certificates), std::move(issuers)));
    return load;
}

} // namespace madoguchi::catalog
