#pragma once

#include <QMainWindow>
#include <memory>

class QActionGroup;

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::catalog {
class CatalogStore;
}

namespace madoguchi::ui {

class DatabaseStatusBar;
class HomePage;

// The desk's one window: menus, the home page, the status bar. It owns the
// open database; every view reads through core services, never SQL.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `language` is the one the desk runs in ("ja" or "en"): the View menu
    // marks it.
    MainWindow(std::unique_ptr<storage::Database> database, const QString& language,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    storage::Database& database() const { return *m_database; }
    // Replaces the open database (the old one closes) and shows the new one.
    void setDatabase(std::unique_ptr<storage::Database> database);

    HomePage* homePage() const { return m_home; }
    DatabaseStatusBar* databaseStatusBar() const { return m_status; }

    // Reads the register again and updates every view.
    void refresh();

private:
    void createMenus();
    void loadCatalog();
    void openDatabase();
    void chooseLanguage(const QString& language);
    void showAbout();

    std::unique_ptr<storage::Database> m_database;
    QString m_language;
    HomePage* m_home = nullptr;
    DatabaseStatusBar* m_status = nullptr;
    std::unique_ptr<catalog::CatalogStore> m_catalogs;
};

} // namespace madoguchi::ui
