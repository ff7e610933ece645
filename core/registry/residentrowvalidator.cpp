#include "registry/residentrowvalidator.h"

#include "registry/csvreader.h"
#include "registry/relationships.h"
#include "registry/residentvalues.h"
#include "text/checkdigits.h"

#include <QCoreApplication>

namespace madoguchi::registry {
namespace {

using C = ResidentColumn;

// Reads the fields of one record and collects the errors of each column.
class RowCheck {
public:
    RowCheck(const CsvReader& record, const ColumnMap& columns, QList<RowError>& errors)
        : m_record(record)
        , m_columns(columns)
        , m_errors(errors)
        , m_errorsBefore(errors.size())
    { }

    bool ok() const { return m_errors.size() == m_errorsBefore; }

    QStringView raw(C column) const
    {
        const int i = m_columns.index(column);
        return i < 0 ? QStringView() : m_record.field(i).trimmed();
    }

    void fail(C column, const QString& reason)
    {
        m_errors.append({m_record.line(), columnName(column), reason});
    }

    // The value of a required column, or an error when it is empty.
    std::optional<QStringView> required(C column)
    {
        const QStringView v = raw(column);
        if (v.isEmpty()) {
            fail(column, QCoreApplication::translate("ResidentImport", "required"));
            return std::nullopt;
        }
        return v;
    }

    QString checked(C column, const Result<QString>& value)
    {
        if (value)
            return value.value();
        fail(column, value.error().message);
        return {};
    }

    QString identifier(C column, Result<QString> (*validate)(QStringView))
    {
        const std::optional<QStringView> v = required(column);
        return v ? checked(column, validate(*v)) : QString();
    }

    QString optionalDate(C column)
    {
        const QStringView v = raw(column);
        return v.isEmpty() ? QString() : checked(column, storageDate(v));
    }

    // One of `allowed`; empty means the first (the "none" of each code).
    QString code(C column, std::initializer_list<const char*> allowed)
    {
        const QString v = raw(column).toString().toLower();
        if (v.isEmpty())
            return QString::fromLatin1(*allowed.begin());
        QStringList names;
        for (const char* a : allowed) {
            if (v == QLatin1String(a))
                return v;
            names << QString::fromLatin1(a);
        }
        fail(column,
            QCoreApplication::translate("ResidentImport", "unknown code '%1' (allowed: %2)")
                .arg(v, names.join(QStringLiteral(", "))));
        return {};
    }

    bool flag(C column)
    {
        const QStringView v = raw(column);
        if (v.isEmpty() || v == u"0")
            return false;
        if (v == u"1")
            return true;
        fail(column,
            QCoreApplication::translate("ResidentImport", "'%1' is not 0 or 1").arg(v.toString()));
        return false;
    }

private:
    const CsvReader& m_record;
    const ColumnMap& m_columns;
    QList<RowError>& m_errors;
    qsizetype m_errorsBefore;
};

std::optional<ChangeCode> changeCode(QStringView text)
{
    if (text.isEmpty())
        return ChangeCode::Upsert;
    if (text.compare(u"A", Qt::CaseInsensitive) == 0)
        return ChangeCode::Add;
    if (text.compare(u"U", Qt::CaseInsensitive) == 0)
        return ChangeCode::Update;
    if (text.compare(u"D", Qt::CaseInsensitive) == 0)
        return ChangeCode::Remove;
    return std::nullopt;
}

} // namespace

ResidentRowValidator::ResidentRowValidator(const ColumnMap& columns)
    : m_columns(columns)
{ }

std::optional<ResidentRow> ResidentRowValidator::validate(
    const CsvReader& record, QList<RowError>& errors) const
{
    if (record.fieldCount() != m_columns.fieldCount()) {
        errors.append({record.line(), QString(),
            QCoreApplication::translate("ResidentImport", "expected %1 fields, found %2")
                .arg(m_columns.fieldCount())
                .arg(record.fieldCount())});
        return std::nullopt;
    }
    RowCheck check(record, m_columns, errors);
    ResidentRow row;
    row.line = record.line();
    const std::optional<ChangeCode> change = changeCode(check.raw(C::Change));
    if (!change)
        check.fail(C::Change,
            QCoreApplication::translate("ResidentImport", "'%1' is not A, U, D or empty")
                .arg(check.raw(C::Change).toString()));
    row.change = change.value_or(ChangeCode::Upsert);
    row.atenaNo = check.identifier(C::AtenaNo, text::validateAtenaNumber);
    if (row.change == ChangeCode::Remove)
        return check.ok() ? std::optional(row) : std::nullopt;

    row.setaiNo = check.identifier(C::SetaiNo, text::validateSetaiNumber);
    row.headAtenaNo = check.identifier(C::HeadAtenaNo, text::validateAtenaNumber);
    if (const auto relation = check.required(C::Relationship)) {
        if (std::optional<QString> r = normalizeRelationship(*relation))
            row.relationship = *r;
        else
            check.fail(C::Relationship,
                QCoreApplication::translate("ResidentImport", "unknown 続柄 '%1'")
                    .arg(relation->toString()));
    }
    const bool isHead = row.relationship == QStringView(kHeadRelationship);
    if (!row.atenaNo.isEmpty() && !row.headAtenaNo.isEmpty() && !row.relationship.isEmpty()
        && isHead != (row.headAtenaNo == row.atenaNo))
        check.fail(C::HeadAtenaNo,
            isHead ? QCoreApplication::translate(
                "ResidentImport", "a 世帯主 must name itself as head_atena_no")
                   : QCoreApplication::translate("ResidentImport",
                       "names the row itself as head, but its 続柄 is not 世帯主"));
    if (const auto name = check.required(C::NameKanji))
        row.nameKanji = normalizeName(*name);
    if (const auto kana = check.required(C::NameKana))
        row.nameKana = check.checked(C::NameKana, normalizeKana(*kana));
    if (const auto birth = check.required(C::BirthDate))
        row.birthDate = check.checked(C::BirthDate, storageDate(*birth));
    const QStringView sex = check.raw(C::Sex);
    if (sex == u"1" || sex == u"2" || sex == u"9")
        row.sex = sex.front().digitValue();
    else
        check.fail(C::Sex,
            QCoreApplication::translate("ResidentImport", "'%1' is not 1 (male), 2 (female) or 9")
                .arg(sex.toString()));
    if (const auto code = check.required(C::AddressCode))
        row.addressCode = check.checked(C::AddressCode, fixedDigits(*code, 11));
    if (const auto postal = check.required(C::PostalCode))
        row.postalCode = check.checked(C::PostalCode, fixedDigits(*postal, 7));
    if (const auto address = check.required(C::Address))
        row.address = address->toString();
    row.katagaki = check.raw(C::Katagaki).toString();
    row.movedInOn = check.optionalDate(C::MovedInDate);
    if (!check.raw(C::MyNumber).isEmpty())
        row.myNumber = check.checked(C::MyNumber, text::validateMyNumber(check.raw(C::MyNumber)));
    if (!check.raw(C::ResidentCode).isEmpty())
        row.residentCode
            = check.checked(C::ResidentCode, fixedDigits(check.raw(C::ResidentCode), 11));
    row.insurance = check.code(C::Insurance, {"none", "kokuho", "shaho", "kouki", "seiho"});
    row.kaigo = check.code(C::Kaigo, {"none", "insured", "certified"});
    row.nenkinCategory = check.code(C::NenkinCategory, {"none", "1", "2", "3", "recipient"});
    row.jidouTeateRecipient = check.flag(C::JidouTeateRecipient);
    row.mynumberCard = check.flag(C::MynumberCard);
    row.disabilityCertificate = check.flag(C::DisabilityCertificate);
    row.nationality = check.raw(C::Nationality).toString();
    row.alphabetName = normalizeName(check.raw(C::AlphabetName));
    row.residenceStatus = check.raw(C::ResidenceStatus).toString();
    row.residenceExpiry = check.optionalDate(C::ResidenceExpiry);
    row.supportMeasure = check.code(C::SupportMeasure, {"none", "alert", "error"});
    for (QStringView name : check.raw(C::FormerNames).split(u';')) {
        const QString n = normalizeName(name);
        if (!n.isEmpty() && !row.formerNames.contains(n))
            row.formerNames << n;
    }
    return check.ok() ? std::optional(row) : std::nullopt;
}

} // namespace madoguchi::registry
