#pragma once

#include "catalog/catalogmodel.h"
#include "catalog/catalogproblem.h"

#include <QJsonObject>
#include <optional>

// Example cases of a catalog (cases/*.json, docs/catalog.md "Tests for
// catalog authors"): a context and the procedure/member pairs that must
// apply, optionally with their deadlines.
namespace madoguchi::catalog {

struct Expectation {
    QString procedure;
    QString member; // empty: a household procedure
    std::optional<QDate> deadline;
};

struct CatalogCase {
    QString id;
    QString file;
    LocalizedText description;
    QJsonValue context;
    QList<Expectation> expect;
};

// Reads cases/*.json under `directory` (none is fine): shape, unique ids,
// expectations naming procedures of the catalog, each pair once, and
// contexts that prepareContext() accepts.
QList<CatalogCase> readCases(const QString& directory, const Catalog& catalog, Problems& problems);

struct CaseDifference {
    enum class Kind { Missing, Unexpected, Deadline } kind;
    QString procedure;
    QString member;
    // Missing: why it does not apply; Unexpected: its reason.
    LocalizedText detail;
    std::optional<QDate> expected;
    std::optional<QDate> actual;
};

struct CaseResult {
    QString id;
    QString file;
    // The case could not run (a context the checklist refuses).
    QString error;
    QList<CaseDifference> differences;

    bool passed() const { return error.isEmpty() && differences.isEmpty(); }
};

CaseResult runCase(const Catalog& catalog, const CatalogCase& c);

} // namespace madoguchi::catalog
