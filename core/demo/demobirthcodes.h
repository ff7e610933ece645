#pragma once

#include "common/result.h"
#include "demo/demobirth.h"
#include "preentry/preentryformat.h"

#include <QString>

namespace madoguchi::catalog {
class Catalog;
}

// The codes a 出生 visit in the demo city starts from (issue #10): the
// mother's smartphone pre-entry and the 出生証明書 the demo hospital signs,
// for `madoguchi-cli demo outside` and the desk's picture tour.
namespace madoguchi::demo {

struct DemoBirthCodes {
    preentry::PreEntry preEntry; // what the mother typed on her phone
    QString preEntryCode; // its MDP1: code
    QString certificate; // the compact JWS
    QString issuerName; // the hospital, as the trust store names it
};

// Made and checked as the desk will check them for this household; the
// same baby gets the same phone number, weight … on every run. An Error
// says which would not be accepted and why.
Result<DemoBirthCodes> makeDemoBirthCodes(const DemoBirth& birth, const catalog::Catalog& catalog);

// The address as the clerk reads it: the 方書 (building, room) after a
// space. The codes carry the address without it, as a 本籍 and a place of
// birth are written.
QString shownAddress(const registry::ProfileHousehold& household);

} // namespace madoguchi::demo
