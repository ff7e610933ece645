#include "security/auditentry.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace madoguchi::security {
namespace {

QString escaped(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString id(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QString auditTimestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray AuditEntry::canonicalForm() const
{
    const std::pair<const char*, QString> fields[] = {
        {"prev_hash", prevHash},
        {"at", auditTimestamp(at)},
        {"operator", operatorId},
        {"role", role},
        {"office", office},
        {"terminal", terminal},
        {"action", action},
        {"person_id", id(personId)},
        {"visit_id", id(visitId)},
        {"purpose", purpose},
        {"my_number_shown", myNumberShown ? QStringLiteral("1") : QStringLiteral("0")},
        {"outcome", outcome},
        {"detail", detail},
    };
    QString text = QStringLiteral("madoguchi-audit-v1\n");
    for (const auto& [name, value] : fields)
        text += QLatin1String(name) + QLatin1Char('=') + escaped(value) + QLatin1Char('\n');
    return text.toUtf8();
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(), QCryptographicHash::Sha256).toHex());
}

} // namespace madoguchi::security
