#include "searchresultsmodel.h"

#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QBrush>
#include <QColor>

namespace madoguchi::ui {

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SearchResultsModel::setResults(QList<registry::SearchResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const registry::SearchResult& r = m_results.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Mark)
        return QBrush(r.supportMeasure == registry::SupportLevel::Error ? QColor(0xb0, 0, 0)
                                                                        : QColor(0xa0, 0x60, 0));
    if (role == Qt::ToolTipRole && r.supportMeasure != registry::SupportLevel::None)
        return r.supportMeasure == registry::SupportLevel::Error
            ? tr("Support measure (支援措置): copies and the address are blocked")
            : tr("Support measure (支援措置): check before issuing copies or telling the address");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Mark:
        switch (r.supportMeasure) {
        case registry::SupportLevel::Error:
            return tr("[SUPPORT MEASURE]");
        case registry::SupportLevel::Alert:
            return tr("[CAUTION: SUPPORT MEASURE]");
        case registry::SupportLevel::None:
            return QString();
        }
        return QString();
    case Name:
        return r.nameKanji;
    case Kana:
        return r.nameKana;
    case Born: {
        const auto date = text::parseJapaneseDate(r.birthDate);
        return date ? QStringLiteral("%1 (%2)").arg(text::formatWareki(date.value()), r.birthDate)
                    : r.birthDate;
    }
    case Age:
        return r.age ? QVariant(tr("%1 y").arg(*r.age)) : QVariant(QStringLiteral("-"));
    case Address:
        if (r.addressWithheld)
            return tr("(withheld: support measure)");
        return r.katagaki.isEmpty() ? r.address : r.address + QLatin1Char(' ') + r.katagaki;
    case Head:
        return r.headName;
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mark:
        return QString();
    case Name:
        return tr("Name");
    case Kana:
        return tr("Kana");
    case Born:
        return tr("Born");
    case Age:
        return tr("Age");
    case Address:
        return tr("Address");
    case Head:
        return tr("Head of household");
    default:
        return {};
    }
}

} // namespace madoguchi::ui
