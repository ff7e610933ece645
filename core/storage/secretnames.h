#pragma once

#include "common/result.h"
#include "storage/databaselocation.h"

#include <QString>

namespace madoguchi::storage {

// The names under which Madoguchi keeps secrets in the OS keychain
// (docs/security.md, "Secrets"). Every name starts with its kind:
//
//   postgresql/USER@HOST:PORT/DBNAME   the password of a PostgreSQL role
//   backend/SYSTEM_ID/token            the token of a back-end system
//   replica/BRANCH_CODE/key            a branch replica's key (docs/branch.md)
//
// Names are at most kMaxSecretNameLength characters, hold no control
// characters and no white space at either end. Code asks for a name through
// the function of its kind, never by assembling the text itself.

inline constexpr qsizetype kMaxSecretNameLength = 256;

// The secret that holds the password of the URL's role, e.g.
// "postgresql/madoguchi@db.city.local:5432/madoguchi" (the port is always
// written). Fails for SQLite, or for a URL that names no user.
Result<QString> postgresPasswordSecretName(const DatabaseLocation& location);

// The secret that holds a back-end system's token, "backend/SYSTEM_ID/token".
// The id is one path segment: letters, digits, '.', '_' and '-'.
Result<QString> backendTokenSecretName(const QString& systemId);

// The secret that holds a branch replica's key, "replica/BRANCH_CODE/key"
// (core/sync/replicakeys.h). The code is one segment like a system id.
Result<QString> replicaKeySecretName(const QString& branchCode);

// Whether `name` is a well-formed name of one of the kinds above; the error
// says which rule it breaks and what is expected.
Status checkSecretName(const QString& name);

} // namespace madoguchi::storage
