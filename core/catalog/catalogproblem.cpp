#include "catalog/catalogproblem.h"

namespace madoguchi::catalog {

QString CatalogProblem::text() const
{
    return file + QStringLiteral(": ") + pointer + QStringLiteral(": ") + message;
}

Place Place::operator/(const QString& key) const
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"));
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return {file, pointer + QLatin1Char('/') + escaped};
}

Place Place::operator/(qsizetype index) const
{
    return {file, pointer + QLatin1Char('/') + QString::number(index)};
}

QString Place::shown() const
{
    return pointer.isEmpty() ? QStringLiteral("/") : pointer;
}

void Problems::add(const Place& place, const QString& message)
{
    m_list.append({place.file, place.shown(), message});
}

QString Problems::text() const
{
    QStringList lines;
    for (const CatalogProblem& p : m_list)
        lines.append(p.text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace madoguchi::catalog
