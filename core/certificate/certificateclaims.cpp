#include "certificate/certificateclaims.h"

#include "catalog/rulescontextanswers.h"
#include "certificate/credential.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace madoguchi::certificate {
namespace {

using catalog::CertificateClaim;
using catalog::FieldType;
using catalog::LocalizedText;

// A claim value as the clerk reads it in a message: short JSON.
QString shown(const QJsonValue& value)
{
    QString text = QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    return text;
}

// What `claim` expects, in both languages.
LocalizedText expected(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return {QStringLiteral("数値"), QStringLiteral("a number")};
    case FieldType::Checkbox:
        return {QStringLiteral("true か false"), QStringLiteral("true or false")};
    case FieldType::Date:
        return {QStringLiteral("YYYY-MM-DD の日付"), QStringLiteral("a date YYYY-MM-DD")};
    default:
        return {QStringLiteral("文字列"), QStringLiteral("a string")};
    }
}

bool hasType(const CertificateClaim& claim, const QJsonValue& value)
{
    switch (claim.type) {
    case FieldType::Number:
        return value.isDouble() && std::isfinite(value.toDouble());
    case FieldType::Checkbox:
        return value.isBool();
    case FieldType::Date:
        return value.isString() && parseIsoDay(value.toString()).isValid();
    default:
        return value.isString();
    }
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull()
        || (value.isString() && value.toString().trimmed().isEmpty());
}

// 「体重（グラム）」(weight_grams) / weight_grams (Weight (grams)).
LocalizedText claimName(const CertificateClaim& claim)
{
    return {QStringLiteral("「%1」（%2）").arg(claim.labels.ja, claim.id),
        QStringLiteral("%1 (%2)").arg(claim.id, claim.labels.en)};
}

} // namespace

bool isSubjectProperty(const QString& key)
{
    return key == QLatin1String("id") || key == QLatin1String("name")
        || key == QLatin1String("birthDate");
}

ClaimCheck checkClaims(const catalog::CertificateType& type, const QJsonObject& subject)
{
    ClaimCheck check;
    for (const CertificateClaim& claim : type.claims) {
        const QJsonValue value = subject.value(claim.id);
        const LocalizedText name = claimName(claim);
        if (isAbsent(value)) {
            if (claim.required)
                check.problems << LocalizedText{
                    QStringLiteral("必須の項目%1がありません").arg(name.ja),
                    QStringLiteral("the required claim %1 is missing").arg(name.en)};
            continue;
        }
        if (!hasType(claim, value)) {
            const LocalizedText want = expected(claim.type);
            check.problems << LocalizedText{
                QStringLiteral("項目%1は%2でなければなりません（%3 と書かれています）")
                    .arg(name.ja, want.ja, shown(value)),
                QStringLiteral("the claim %1 must be %2; it is %3")
                    .arg(name.en, want.en, shown(value))};
            continue;
        }
        check.claims.insert(claim.id, value);
    }
    for (auto it = subject.begin(); it != subject.end(); ++it) {
        if (isSubjectProperty(it.key()) || type.claim(it.key()))
            continue;
        check.problems << LocalizedText{
            QStringLiteral("項目 %1 は%2の項目にありません").arg(it.key(), type.names.ja),
            QStringLiteral("%1 is not a claim of the %2").arg(it.key(), type.names.en)};
    }
    return check;
}

Result<QJsonValue> claimFromText(const CertificateClaim& claim, const QString& text)
{
    const QString value = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (value.isEmpty())
        return Error{QCoreApplication::translate("Certificate", "the value is empty")};
    switch (claim.type) {
    case FieldType::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return Error{QCoreApplication::translate("Certificate", "expected a number, got \"%1\"")
                             .arg(text)};
        return QJsonValue(number);
    }
    case FieldType::Checkbox: {
        const QString word = value.toLower();
        for (const char* yes : {"true", "yes", "1", "はい"})
            if (word == QString::fromUtf8(yes))
                return QJsonValue(true);
        for (const char* no : {"false", "no", "0", "いいえ"})
            if (word == QString::fromUtf8(no))
                return QJsonValue(false);
        return Error{QCoreApplication::translate(
            "Certificate", "expected true or false (yes/no, 1/0, はい/いいえ), got \"%1\"")
                         .arg(text)};
    }
    case FieldType::Date: {
        const Result<QDate> day = catalog::parseExactDay(value);
        if (!day)
            return day.error();
        return QJsonValue(day->toString(Qt::ISODate));
    }
    default:
        return QJsonValue(text.trimmed());
    }
}

Result<QJsonObject> issuerClaims(const catalog::CertificateType& type, const QJsonObject& given)
{
    QStringList problems;
    QJsonObject claims;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const CertificateClaim* claim = type.claim(it.key());
        if (!claim) {
            QStringList declared;
            for (const CertificateClaim& c : type.claims)
                declared << c.id;
            problems << QCoreApplication::translate(
                "Certificate", "%1 is not a claim of %2 (its claims: %3)")
                            .arg(it.key(), type.id, declared.join(QStringLiteral(", ")));
            continue;
        }
        Result<QJsonValue> value = it.value().isString()
            ? claimFromText(*claim, it.value().toString())
            : Result<QJsonValue>(it.value());
        if (value && !hasType(*claim, value.value()))
            value = Error{QCoreApplication::translate("Certificate", "expected %1, got %2")
                              .arg(expected(claim->type).en, shown(it.value()))};
        if (!value) {
            problems << QStringLiteral("%1: %2").arg(it.key(), value.error().message);
            continue;
        }
        claims.insert(it.key(), value.value());
    }
    for (const CertificateClaim& claim : type.claims)
        if (claim.required && !given.contains(claim.id))
            problems << QCoreApplication::translate(
                "Certificate", "the required claim %1 (%2) is not given")
                            .arg(claim.id, claim.labels.en);
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    return claims;
}

} // namespace madoguchi::certificate
