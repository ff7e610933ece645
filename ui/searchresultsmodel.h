#pragma once

#include "registry/residentsearch.h"

#include <QAbstractTableModel>

namespace madoguchi::ui {

// Search results as the Find panel shows them: the 支援措置 mark, name in
// kanji and kana, birth date in 和暦 and 西暦, age, address (or that it is
// withheld), the household's head.
class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Mark, Name, Kana, Born, Age, Address, Head, ColumnCount };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setResults(QList<registry::SearchResult> results);
    const registry::SearchResult& result(int row) const { return m_results.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<registry::SearchResult> m_results;
};

} // namespace madoguchi::ui
