#pragma once

#include "common/result.h"
#include "registry/residentrow.h"

#include <QHash>
#include <QList>
#include <vector>

namespace madoguchi::registry {

class RegisterLookup;

// The rules of an extract that span rows, checked in the first pass before
// anything is written: an atena_no (個人番号, 住民票コード) used twice in the
// file, members of one 世帯 that disagree on its address, and the head rule —
// every member's head_atena_no names the 世帯主 of the same setai_no, in the
// file (a row that is itself accepted) or in the register. Only small keys
// are kept per row, so a million-row file checks in little memory.
class ImportCheck {
public:
    // Record `index` (0-based data record) with its raw atena_no text; the
    // row is valid on its own when `row` is set. Returns whether it still is.
    bool add(
        int index, int line, QStringView rawAtena, const ResidentRow* row, QList<RowError>& errors);
    // After the last row: applies the head rule. `lookup` answers for heads
    // that are not in the file (nullptr: the register is empty).
    Status checkHeads(RegisterLookup* lookup, QList<RowError>& errors);

    // The head rule for one row. Before the last row (`final` false) a head
    // not yet seen may still come: Pending, nothing noted. A rejection is
    // noted in `errors` and the row is no longer accepted.
    enum class HeadVerdict { Accepted, Rejected, Pending };
    Result<HeadVerdict> judgeHead(
        int index, RegisterLookup* lookup, bool final, QList<RowError>& errors);

    bool accepted(int index) const { return m_rows[std::size_t(index)].ok; }
    int rows() const { return int(m_rows.size()); }

private:
    struct Key {
        int line = 0;
        qint64 atena = 0, setai = 0, head = 0;
        bool ok = false;
        bool isHead = false;
        bool remove = false;
    };
    struct HouseholdPrint {
        int line = 0;
        size_t fields[4]{};
    };
    std::vector<Key> m_rows;
    QHash<QString, int> m_atena; // raw atena_no → first index
    QHash<qint64, int> m_myNumbers; // → first line
    QHash<qint64, int> m_residentCodes;
    QHash<qint64, HouseholdPrint> m_households;
};

} // namespace madoguchi::registry
