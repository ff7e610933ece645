#pragma once

#include "common/result.h"
#include "registry/residentsearch.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace madoguchi::ui {

class SearchResultsModel;

// The Find step (issue #7, 1a): one box that searches as the clerk types
// (debounced), the results below; Enter or a double click opens the
// resident. The search itself is given (RegisterAccess::search of the
// session: rights, audit, 支援措置), so the panel holds no state of its own
// beyond what is on screen.
class FindPanel : public QWidget {
    Q_OBJECT
public:
    using Searcher = std::function<Result<QList<registry::SearchResult>>(const QString& query)>;

    explicit FindPanel(QWidget* parent = nullptr);

    // No searcher: the box is disabled (nobody logged in).
    void setSearcher(Searcher searcher);
    // How long typing must pause before a search (default 250 ms).
    void setDebounce(int milliseconds);

    QLineEdit* queryEdit() const { return m_query; }
    QTableView* resultsView() const { return m_view; }
    SearchResultsModel* results() const { return m_model; }
    // Searches now, without waiting for the pause.
    void searchNow();

signals:
    void residentChosen(const QString& atenaNo);
    // A search begins (the pause after typing is over, or searchNow()):
    // with searched(), what --bench-desk times.
    void searchStarted();
    // After each search, with the number of results (tests, status bar).
    void searched(int results);

private:
    void chooseRow(int row);

    QLineEdit* m_query = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_view = nullptr;
    SearchResultsModel* m_model = nullptr;
    QTimer* m_debounce = nullptr;
    Searcher m_searcher;
};

} // namespace madoguchi::ui
