#include "findpanel.h"

#include "searchresultsmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {

FindPanel::FindPanel(QWidget* parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new SearchResultsModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("findPanel"));
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setPlaceholderText(
        tr("Name, kana, birth date (S50.4.1), address or number — search as you type"));
    m_query->setAccessibleName(tr("Find a resident"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_query->setFont(big);
    m_message->setObjectName(QStringLiteral("findMessage"));
    m_message->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("findResults"));
    m_view->setAccessibleName(tr("Residents found"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FindPanel::searchNow);
    connect(m_query, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    // Enter in the box: the first result (or the one selected) opens.
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            searchNow();
        }
        const QModelIndex current = m_view->currentIndex();
        chooseRow(current.isValid() ? current.row() : 0);
    });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex& index) { chooseRow(index.row()); });
    setSearcher({});
}

void FindPanel::setSearcher(Searcher searcher)
{
    m_searcher = std::move(searcher);
    m_query->setEnabled(bool(m_searcher));
    m_model->setResults({});
    m_message->clear();
}

void FindPanel::setDebounce(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void FindPanel::searchNow()
{
    emit searchStarted();
    const QString query = m_query->text().trimmed();
    if (!m_searcher || query.isEmpty()) {
        m_model->setResults({});
        m_message->clear();
        emit searched(0);
        return;
    }
    auto found = m_searcher(query);
    if (!found) {
        m_model->setResults({});
        m_message->setText(found.error().message);
        emit searched(0);
        return;
    }
    const int count = int(found->size());
    m_model->setResults(std::move(found).value());
    m_view->resizeColumnsToContents();
    m_message->setText(count == 0 ? tr("Nobody found for “%1”.").arg(query) : QString());
    if (count > 0)
        m_view->selectRow(0);
    emit searched(count);
}

void FindPanel::chooseRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    emit residentChosen(m_model->result(row).atenaNo);
}

} // namespace madoguchi::ui
