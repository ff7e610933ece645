#include "registry/relationships.h"

#include "registry/memberorder.h"

namespace madoguchi::registry {

std::optional<QString> normalizeRelationship(QStringView text)
{
    // Extracts write the 未届 parentheses half-width as often as not; the
    // vocabulary (memberorder.h) is the one judge of what is a 続柄.
    QString value = text.trimmed().toString();
    value.replace(QLatin1Char('('), QChar(u'（')).replace(QLatin1Char(')'), QChar(u'）'));
    if (!isKnownRelationship(value))
        return std::nullopt;
    return value;
}

} // namespace madoguchi::registry
