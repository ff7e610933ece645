#include "registry/residentcolumns.h"

#include "registry/csvreader.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

const char* const kNames[kResidentColumnCount] = {"atena_no", "setai_no", "head_atena_no",
    "relationship", "name_kanji", "name_kana", "birth_date", "sex", "address_code", "postal_code",
    "address", "katagaki", "moved_in_date", "my_number", "resident_code", "insurance", "kaigo",
    "nenkin_category", "jidou_teate_recipient", "mynumber_card", "disability_certificate",
    "nationality", "alphabet_name", "residence_status", "residence_expiry", "support_measure",
    "former_names", "change"};

} // namespace

QString columnName(ResidentColumn column)
{
    return QString::fromLatin1(kNames[int(column)]);
}

QStringList residentColumnNames()
{
    QStringList names;
    for (int i = 0; i < kResidentColumnCount; ++i)
        names << QString::fromLatin1(kNames[i]);
    return names;
}

Result<ColumnMap> ColumnMap::fromHeader(const CsvReader& header)
{
    ColumnMap map;
    map.m_index.fill(-1);
    map.m_fieldCount = int(header.fieldCount());
    for (int f = 0; f < header.fieldCount(); ++f) {
        const QString name = header.field(f).trimmed().toString().toLower();
        for (int c = 0; c < kResidentColumnCount; ++c) {
            if (name != QLatin1String(kNames[c]))
                continue;
            if (map.m_index[std::size_t(c)] >= 0)
                return Error{QCoreApplication::translate(
                    "ResidentImport", "line %1: the header names the column %2 twice")
                                 .arg(header.line())
                                 .arg(name)};
            map.m_index[std::size_t(c)] = f;
        }
    }
    QStringList missing;
    for (int c = 0; c < kResidentColumnCount; ++c)
        if (map.m_index[std::size_t(c)] < 0 && ResidentColumn(c) != ResidentColumn::Change)
            missing << QString::fromLatin1(kNames[c]);
    if (!missing.isEmpty())
        return Error{QCoreApplication::translate("ResidentImport",
            "line %1: the header lacks the column(s) %2; is this a resident extract "
            "(docs/import-format.md)?")
                         .arg(header.line())
                         .arg(missing.join(QStringLiteral(", ")))};
    return map;
}

} // namespace madoguchi::registry
