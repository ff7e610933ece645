#pragma once

#include "registry/residentcolumns.h"
#include "registry/residentrow.h"

#include <QList>
#include <optional>

namespace madoguchi::registry {

class CsvReader;

// Checks one record of an extract on its own (the rules that need other rows
// or the register live in the importer): field count, change code, check
// digits, dates, codes, booleans, 続柄 and the 世帯主 rule. Every bad column
// is reported, not just the first, so one pass over a report fixes a row.
class ResidentRowValidator {
public:
    explicit ResidentRowValidator(const ColumnMap& columns);

    // The row in storage form, or nullopt with the reasons appended to
    // `errors`. A D row needs only atena_no: the rest is not read.
    std::optional<ResidentRow> validate(const CsvReader& record, QList<RowError>& errors) const;

    const ColumnMap& columns() const { return m_columns; }

private:
    ColumnMap m_columns;
};

} // namespace madoguchi::registry
