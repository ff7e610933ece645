#pragma once

#include <QString>
#include <QStringList>

namespace madoguchi::registry {

// One RFC 4180 record ending in CRLF: a field is quoted when it holds a
// comma, a quote, a line break or leading/trailing spaces, and quotes inside
// are doubled.
QString csvRecord(const QStringList& fields);

} // namespace madoguchi::registry
