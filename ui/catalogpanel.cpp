#include "catalogpanel.h"

#include "catalog/catalogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

CatalogPanel::CatalogPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("catalogPanel"));
    m_title->setObjectName(QStringLiteral("catalogTitle"));
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setHeaderLabels({tr("Life event / procedure"), tr("Id")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problems->setObjectName(QStringLiteral("catalogProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problems);
}

void CatalogPanel::showCatalog(
    const catalog::Catalog& catalog, const QString& where, const QString& language, QDate today)
{
    // The versions in force today: a procedure the law changed appears once.
    QSet<QString> ids;
    m_tree->clear();
    for (const catalog::LifeEvent& event : catalog.events) {
        auto* eventItem = new QTreeWidgetItem(m_tree, {event.names.in(language), event.id});
        for (const catalog::Procedure* procedure : catalog.proceduresOf(event.id)) {
            if (!procedure->inForceOn(today))
                continue;
            new QTreeWidgetItem(eventItem, {procedure->names.in(language), procedure->id});
            ids.insert(procedure->id);
        }
    }
    m_title->setText(
        tr("Procedure catalog: %1 — %n procedure(s) in force", nullptr, int(ids.size()))
            .arg(where));
    m_tree->expandAll();
    m_tree->show();
    m_problems->hide();
}

void CatalogPanel::showProblems(
    const QList<catalog::CatalogProblem>& problems, const QString& where)
{
    m_title->setText(
        tr("Procedure catalog: %1 — not used, %n problem(s)", nullptr, int(problems.size()))
            .arg(where));
    QStringList lines;
    for (const catalog::CatalogProblem& p : problems)
        lines << p.text();
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->show();
    m_tree->clear();
    m_tree->hide();
}

} // namespace madoguchi::ui
