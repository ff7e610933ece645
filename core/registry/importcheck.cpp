#include "registry/importcheck.h"

#include "registry/registerlookup.h"
#include "registry/relationships.h"
#include "text/checkdigits.h"

#include <QCoreApplication>

namespace madoguchi::registry {

bool ImportCheck::add(
    int index, int line, QStringView rawAtena, const ResidentRow* row, QList<RowError>& errors)
{
    if (std::size_t(index) >= m_rows.size())
        m_rows.resize(std::size_t(index) + 1);
    Key& key = m_rows[std::size_t(index)];
    key.line = line;
    // Duplicates are found on the digits even when the rest of the row is bad.
    const Result<QString> digits = text::identifierDigits(rawAtena);
    const QString atena = digits ? digits.value() : rawAtena.toString();
    if (!atena.isEmpty()) {
        const auto it = m_atena.constFind(atena);
        if (it != m_atena.constEnd()) {
            errors.append({line, QStringLiteral("atena_no"),
                QCoreApplication::translate(
                    "ResidentImport", "atena_no %1 already appears on line %2")
                    .arg(atena)
                    .arg(m_rows[std::size_t(it.value())].line)});
            return false;
        }
        m_atena.insert(atena, index);
    }
    if (!row)
        return false;
    key.atena = row->atenaNo.toLongLong();
    key.remove = row->change == ChangeCode::Remove;
    if (key.remove) {
        key.ok = true;
        return true;
    }
    const auto once = [&](QHash<qint64, int>& seen, const QString& value, const char* column) {
        if (value.isEmpty())
            return true;
        const auto it = seen.constFind(value.toLongLong());
        if (it == seen.constEnd()) {
            seen.insert(value.toLongLong(), line);
            return true;
        }
        errors.append({line, QString::fromLatin1(column),
            QCoreApplication::translate("ResidentImport", "the same value is on line %1")
                .arg(it.value())});
        return false;
    };
    if (!once(m_myNumbers, row->myNumber, "my_number")
        || !once(m_residentCodes, row->residentCode, "resident_code"))
        return false;

    key.setai = row->setaiNo.toLongLong();
    key.head = row->headAtenaNo.toLongLong();
    key.isHead = row->relationship == QStringView(kHeadRelationship);
    const HouseholdPrint print{line,
        {qHash(row->addressCode), qHash(row->postalCode), qHash(row->address),
            qHash(row->katagaki)}};
    const auto first = m_households.constFind(key.setai);
    if (first == m_households.constEnd()) {
        m_households.insert(key.setai, print);
    } else {
        static const char* const kColumns[]
            = {"address_code", "postal_code", "address", "katagaki"};
        for (int f = 0; f < 4; ++f) {
            if (first->fields[f] == print.fields[f])
                continue;
            errors.append({line, QString::fromLatin1(kColumns[f]),
                QCoreApplication::translate("ResidentImport",
                    "differs from line %1 of the same setai_no (one household, one address)")
                    .arg(first->line)});
            return false;
        }
    }
    key.ok = true;
    return true;
}

Status ImportCheck::checkHeads(RegisterLookup* lookup, QList<RowError>& errors)
{
    for (int index = 0; index < rows(); ++index)
        if (const auto verdict = judgeHead(index, lookup, true, errors); !verdict)
            return verdict.error();
    return {};
}

Result<ImportCheck::HeadVerdict> ImportCheck::judgeHead(
    int index, RegisterLookup* lookup, bool final, QList<RowError>& errors)
{
    Key& key = m_rows[std::size_t(index)];
    if (!key.ok)
        return HeadVerdict::Rejected;
    if (key.remove || key.isHead)
        return HeadVerdict::Accepted;
    const QString column = QStringLiteral("head_atena_no");
    const auto pad = [](qint64 n) { return QStringLiteral("%1").arg(n, 11, 10, QLatin1Char('0')); };
    const QString head = pad(key.head);
    const auto inFile = m_atena.constFind(head);
    if (inFile != m_atena.constEnd()) {
        const Key& h = m_rows[std::size_t(inFile.value())];
        QString reason;
        if (!h.ok)
            reason = QCoreApplication::translate(
                "ResidentImport", "the head's row (line %1) was rejected")
                         .arg(h.line);
        else if (h.remove)
            reason = QCoreApplication::translate(
                "ResidentImport", "the head is removed on line %1")
                         .arg(h.line);
        else if (!h.isHead)
            reason = QCoreApplication::translate(
                "ResidentImport", "atena_no %1 (line %2) is not a 世帯主")
                         .arg(head)
                         .arg(h.line);
        else if (h.setai != key.setai)
            reason = QCoreApplication::translate(
                "ResidentImport", "the head (line %1) is the 世帯主 of another setai_no")
                         .arg(h.line);
        if (reason.isEmpty())
            return HeadVerdict::Accepted;
        errors.append({key.line, column, reason});
        key.ok = false;
        return HeadVerdict::Rejected;
    }
    if (!final)
        return HeadVerdict::Pending;
    bool registered = false;
    if (lookup) {
        const Result<bool> found = lookup->isHeadOf(head, pad(key.setai));
        if (!found)
            return found.error();
        registered = found.value();
    }
    if (registered)
        return HeadVerdict::Accepted;
    errors.append({key.line, column,
        QCoreApplication::translate(
            "ResidentImport", "no 世帯主 %1 of setai_no %2 in the file or the register")
            .arg(head, pad(key.setai))});
    key.ok = false;
    return HeadVerdict::Rejected;
}

} // namespace madoguchi::registry
