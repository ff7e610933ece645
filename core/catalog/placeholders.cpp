#include "catalog/placeholders.h"

#include "rules/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace madoguchi::catalog {
namespace {

// Walks `text`; calls `literal(QStringView)` and `placeholder(Placeholder)`
// in order. Returns an Error message for a malformed text.
// A dotted path: words of letters, digits and _ joined by single dots, the
// first starting with a letter or _. (By hand: texts are filled for every
// item of every checklist.)
bool isPath(QStringView path)
{
    bool wordStart = true;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t c = path.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (c == u'.') {
            if (wordStart)
                return false;
            wordStart = true;
        } else if (letter || (digit && !(wordStart && i == 0))) {
            wordStart = false;
        } else {
            return false;
        }
    }
    return !wordStart;
}

template <typename Literal, typename Hole>
QString scan(const QString& text, Literal literal, Hole hole)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < text.size()
            && text.at(i + 1) == c) {
            literal(QStringView(text).mid(i, 1));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('}'))
            return QCoreApplication::translate(
                "Catalog", "a } without its { at character %1 (write }} for a brace)")
                .arg(i + 1);
        if (c != QLatin1Char('{')) {
            qsizetype end = i;
            while (end < text.size() && text.at(end) != QLatin1Char('{')
                && text.at(end) != QLatin1Char('}'))
                ++end;
            literal(QStringView(text).mid(i, end - i));
            i = end;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return QCoreApplication::translate(
                "Catalog", "a { without its } at character %1 (write {{ for a brace)")
                .arg(i + 1);
        const QString inside = text.mid(i + 1, close - i - 1);
        const qsizetype colon = inside.indexOf(QLatin1Char(':'));
        Placeholder p{
            colon < 0 ? inside : inside.left(colon), colon < 0 ? QString() : inside.mid(colon + 1)};
        if (!isPath(p.path))
            return QCoreApplication::translate("Catalog",
                "\"{%1}\" is not a placeholder: "
                "write {path} or {path:n}")
                .arg(inside);
        if (!p.format.isEmpty() && p.format != QLatin1String("n"))
            return QCoreApplication::translate(
                "Catalog", "\"{%1}\": unknown format \"%2\" (the only one is n)")
                .arg(inside, p.format);
        hole(p);
        i = close + 1;
    }
    return QString();
}

QString show(const QJsonValue& value, const QString& format)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    if (format == QLatin1String("n") && value.isDouble() && std::isfinite(value.toDouble())) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15) {
            QString digits = QString::number(qint64(std::abs(d)));
            for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
                digits.insert(at, QLatin1Char(','));
            return d < 0 ? QLatin1Char('-') + digits : digits;
        }
    }
    return rules::js::toString(value);
}

} // namespace

Result<QList<Placeholder>> placeholdersIn(const QString& text)
{
    QList<Placeholder> found;
    const QString error = scan(
        text, [](QStringView) {}, [&](const Placeholder& p) { found.append(p); });
    if (!error.isEmpty())
        return Error{error};
    return found;
}

QString fillPlaceholders(const QString& text, const QJsonObject& data)
{
    if (!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}')))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    scan(
        text, [&](QStringView s) { out += s; },
        [&](const Placeholder& p) { out += show(valueAtPath(data, p.path), p.format); });
    return out;
}

LocalizedText fillPlaceholders(const LocalizedText& text, const QJsonObject& data)
{
    return {fillPlaceholders(text.ja, data), fillPlaceholders(text.en, data)};
}

QJsonValue valueAtPath(const QJsonObject& data, const QString& path)
{
    QJsonValue current = data;
    for (const QStringView segment : QStringView(path).split(QLatin1Char('.'))) {
        if (current.isObject()) {
            current = current.toObject().value(segment);
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            if (segment == QLatin1String("length")) {
                current = double(array.size());
                continue;
            }
            bool ok = false;
            const qsizetype index = segment.toLongLong(&ok);
            current = ok && index >= 0 && index < array.size() ? array.at(index)
                                                               : QJsonValue(QJsonValue::Undefined);
        } else if (current.isString() && segment == QLatin1String("length")) {
            current = double(current.toString().size());
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace madoguchi::catalog
