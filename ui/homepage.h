#pragma once

#include "registry/registersummary.h"

#include <QWidget>

class QBoxLayout;
class QLabel;

namespace madoguchi::ui {

class CatalogPanel;
class FindPanel;

// The first screen: whose register this is and how large, in large type, so
// a clerk sees at a glance which database the counter works on.
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);

    void showSummary(const registry::RegisterSummary& summary);
    // The summary could not be read: say so instead of showing stale numbers.
    void showError(const QString& message);
    CatalogPanel* catalogPanel() const { return m_catalog; }
    FindPanel* findPanel() const { return m_find; }

private:
    QLabel* addCount(QBoxLayout* row, const QString& objectName, const QString& caption);

    QLabel* m_city = nullptr;
    QLabel* m_cityCode = nullptr;
    QLabel* m_residents = nullptr;
    QLabel* m_households = nullptr;
    QLabel* m_demo = nullptr;
    QLabel* m_error = nullptr;
    CatalogPanel* m_catalog = nullptr;
    FindPanel* m_find = nullptr;
};

} // namespace madoguchi::ui
