#pragma once

#include "catalog/catalogproblem.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace madoguchi::catalog {
struct Catalog;
}

namespace madoguchi::ui {

// The procedure catalog the counter works with (docs/catalog.md): where it
// was loaded from and, per life event, its procedures, so a city that added
// a procedure file sees it after a restart. A catalog with problems is not
// used: the panel lists them instead.
class CatalogPanel : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPanel(QWidget* parent = nullptr);

    // The procedures in force on `today`, per life event.
    void showCatalog(const catalog::Catalog& catalog, const QString& where, const QString& language,
        QDate today);
    void showProblems(const QList<catalog::CatalogProblem>& problems, const QString& where);

private:
    QLabel* m_title = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace madoguchi::ui
