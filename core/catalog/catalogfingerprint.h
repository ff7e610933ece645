#pragma once

#include "catalog/catalogmodel.h"

#include <QString>
#include <QStringList>

// What a catalog does, as one value that two PCs can compare (issue #9,
// docs/branch.md "The catalog"): a branch whose checklists come from an
// older catalog than the hall's misses a procedure (漏れ) without anyone
// noticing; the hall publishes its fingerprint, the branch compares.
namespace madoguchi::catalog {

// "jidouteate.nintei@2" for every procedure version, sorted: what a person
// reads to see which procedures two catalogs do not share.
QStringList catalogSummary(const Catalog& catalog);

// The text that is hashed: the summary, the systems' and the life events'
// ids (sorted), and the parameter values (compact JSON, keys sorted). Kept
// public so that a test or an IT person can see what the fingerprint covers.
//
// Why these parts and not the files' bytes: the same catalog copied to
// another PC, re-indented by an editor, with its files in another order or
// with CRLF line ends must give the same fingerprint, or every branch would
// be told its catalog differs and the warning would be ignored. Why these
// and not every field: a procedure's behaviour changes by a new version
// (docs/catalog.md, "Versions"), so id@version names it; the systems, events
// and parameters have no version of their own, so their ids and values
// stand for them. An edit inside a procedure that keeps its version is not
// seen — catalog authors bump the version when a rule changes.
QString canonicalCatalogText(const Catalog& catalog);

// SHA-256 (hex, lower case) of canonicalCatalogText.
QString catalogFingerprint(const Catalog& catalog);

} // namespace madoguchi::catalog
