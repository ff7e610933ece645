#pragma once

#include "catalog/catalogcontextschema.h"
#include "catalog/catalogmodel.h"
#include "catalog/catalogproblem.h"

#include <QJsonObject>
#include <QSet>

namespace madoguchi::catalog {

// What a procedure file is checked against: the shared files, already read.
struct CatalogEnvironment {
    const ContextSchema& schema;
    const QList<System>& systems;
    const QList<LifeEvent>& events;
    QSet<QString> parameters;
    // The ask_once keys of every form in the catalog, asked per household
    // and per member.
    QSet<QString> answerKeys;
    QSet<QString> memberAnswerKeys;
    // certificates.json: the certificate types (evidence.<type>.<claim>).
    const QList<CertificateType>& certificates;
};

// Reads and checks one procedure file: keys, types, required keys; the
// system and life events it names; every rule, bind, placeholder and
// deadline field against the rules context as the procedure sees it
// (`member` only in member scope, event.<question> only for questions of
// its life events). What needs the other procedures (duplicate ids,
// overlapping versions, ask_once types) is catalogloader's.
Procedure readProcedure(const QJsonObject& root, const QString& file,
    const CatalogEnvironment& environment, Problems& problems);

// The ask_once keys of a procedure file's form, read before the files are
// checked so that rules can name any of them: into `household` or, for
// fields with per_member, into `member`.
void collectAskOnceKeys(const QJsonObject& root, QSet<QString>& household, QSet<QString>& member);

} // namespace madoguchi::catalog
