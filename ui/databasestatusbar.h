#pragma once

#include <QStatusBar>

class QLabel;

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

// The bottom line of the main window: which database (never its password),
// which deployment mode, which schema version.
class DatabaseStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit DatabaseStatusBar(QWidget* parent = nullptr);

    void showDatabase(storage::Database& database);

    QString databaseText() const;
    QString modeText() const;
    QString schemaText() const;

private:
    QLabel* m_database = nullptr;
    QLabel* m_mode = nullptr;
    QLabel* m_schema = nullptr;
};

} // namespace madoguchi::ui
