#pragma once

#include "common/result.h"
#include "registry/residentrow.h"

#include <array>

namespace madoguchi::registry {

class CsvReader;

// Where each documented column sits in a file, read from its header row.
// Every column is required except `change` (a full extract without it is all
// upserts); columns we do not know are ignored, so a system may add its own.
class ColumnMap {
public:
    // Maps the reader's current record as the header. Refuses a header that
    // lacks a required column or names one twice.
    static Result<ColumnMap> fromHeader(const CsvReader& header);

    // The field index of `column`, or -1 when the file has no such column.
    int index(ResidentColumn column) const { return m_index[std::size_t(column)]; }
    // How many fields every record must have: as many as the header.
    int fieldCount() const { return m_fieldCount; }

private:
    std::array<int, kResidentColumnCount> m_index{};
    int m_fieldCount = 0;
};

} // namespace madoguchi::registry
