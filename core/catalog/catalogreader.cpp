#include "catalog/catalogreader.h"

#include "catalog/catalogkeys.h"
#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace madoguchi::catalog {

QString describeType(const QJsonValue& value)
{
    return rules::js::describe(value);
}

bool isValidId(const QString& id, IdKind kind)
{
    static const QRegularExpression dotted(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    return (kind == IdKind::Dotted ? dotted
            : kind == IdKind::Word ? word
                                   : name)
        .match(id)
        .hasMatch();
}

ObjectReader::ObjectReader(
    const QJsonValue& value, Place place, const QString& kind, Problems& problems)
    : m_place(std::move(place))
    , m_problems(problems)
{
    if (!value.isObject()) {
        m_problems.add(m_place,
            QCoreApplication::translate("Catalog", "expected an object, got %1")
                .arg(describeType(value)));
        return;
    }
    m_isObject = true;
    m_object = value.toObject();
    const QStringList allowed = catalogObjectKeys().value(kind);
    Q_ASSERT(!allowed.isEmpty());
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (it.key() == QLatin1String("$comment") || allowed.contains(it.key()))
            continue;
        m_problems.add(at(it.key()),
            QCoreApplication::translate("Catalog", "unknown key \"%1\" (allowed: %2)")
                .arg(it.key(), allowed.join(QStringLiteral(", "))));
    }
}

bool ObjectReader::require(const QString& key, Need need)
{
    if (m_object.contains(key))
        return true;
    if (need == Need::Required && m_isObject)
        m_problems.add(m_place,
            QCoreApplication::translate("Catalog", "missing required key \"%1\"").arg(key));
    return false;
}

std::optional<QString> ObjectReader::string(const QString& key, Need need)
{
    if (!require(key, need))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        m_problems.add(at(key),
            QCoreApplication::translate("Catalog", "expected a non-empty string, got %1")
                .arg(describeType(v)));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> ObjectReader::id(const QString& key, IdKind kind, Need need)
{
    const auto s = string(key, need);
    if (!s)
        return std::nullopt;
    if (!isValidId(*s, kind)) {
        m_problems.add(at(key),
            kind == IdKind::Name ? QCoreApplication::translate(
                "Catalog", "\"%1\" is not a name: lower-case letters, digits, _, - and .")
                                       .arg(*s)
                : kind == IdKind::Dotted
                ? QCoreApplication::translate("Catalog",
                    "\"%1\" is not an identifier: lower-case letters, digits and _, "
                    "starting with a letter, parts joined by dots")
                      .arg(*s)
                : QCoreApplication::translate("Catalog",
                    "\"%1\" is not an identifier: lower-case letters, digits and _, "
                    "starting with a letter")
                      .arg(*s));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> ObjectReader::oneOf(const QString& key, const QStringList& values, Need need)
{
    if (!require(key, need))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString() || !values.contains(v.toString())) {
        m_problems.add(at(key),
            QCoreApplication::translate("Catalog", "expected one of %1, got %2")
                .arg(values.join(QStringLiteral(", ")), describeType(v)));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<int> ObjectReader::integer(const QString& key, int min, Need need)
{
    if (!require(key, need))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < min || d > 1'000'000'000) {
        m_problems.add(at(key),
            QCoreApplication::translate("Catalog", "expected a whole number of at least %1, got %2")
                .arg(min)
                .arg(describeType(v)));
        return std::nullopt;
    }
    return int(d);
}

std::optional<bool> ObjectReader::boolean(const QString& key, Need need)
{
    if (!require(key, need))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        m_problems.add(at(key),
            QCoreApplication::translate("Catalog", "expected true or false, got %1")
                .arg(describeType(v)));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QDate> ObjectReader::date(const QString& key, Need need)
{
    if (!require(key, need))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = v.isString() && iso.match(v.toString()).hasMatch()
        ? QDate::fromString(v.toString(), Qt::ISODate)
        : QDate();
    if (!d.isValid()) {
        m_problems.add(at(key),
            QCoreApplication::translate("Catalog", "expected a date YYYY-MM-DD, got %1")
                .arg(describeType(v)));
        return std::nullopt;
    }
    return d;
}

std::optional<LocalizedText> ObjectReader::text(const QString& key, Need need)
{
    if (!require(key, need))
        return std::nullopt;
    return readText(m_object.value(key), at(key), m_problems);
}

QJsonArray ObjectReader::array(const QString& key, Need need)
{
    if (!require(key, need))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        m_problems.add(at(key),
            QCoreApplication::translate("Catalog", "expected an array, got %1")
                .arg(describeType(v)));
        return {};
    }
    return v.toArray();
}

std::optional<LocalizedText> readText(
    const QJsonValue& value, const Place& place, Problems& problems)
{
    ObjectReader r(value, place, QStringLiteral("text"), problems);
    if (!r.isObject())
        return std::nullopt;
    const auto ja = r.string(QStringLiteral("ja"), Need::Required);
    const auto en = r.string(QStringLiteral("en"), Need::Required);
    if (!ja || !en)
        return std::nullopt;
    return LocalizedText{*ja, *en};
}

std::optional<QJsonObject> readJsonObjectFile(
    const QDir& dir, const QString& relativePath, Problems& problems)
{
    const Place place{relativePath, QString()};
    QFile file(dir.filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        problems.add(place,
            QCoreApplication::translate("Catalog", "cannot read the file: %1")
                .arg(file.errorString()));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        bytes.remove(0, 3);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character at fault.
        const QByteArray before = bytes.left(std::max<qsizetype>(error.offset - 1, 0));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column
            = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        problems.add(CatalogProblem{relativePath,
            QCoreApplication::translate("Catalog", "line %1, column %2").arg(line).arg(column),
            QCoreApplication::translate("Catalog", "not valid JSON: %1").arg(error.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.add(
            place, QCoreApplication::translate("Catalog", "expected an object, got an array"));
        return std::nullopt;
    }
    return document.object();
}

} // namespace madoguchi::catalog
