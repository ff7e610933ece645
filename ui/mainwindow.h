#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QActionGroup;

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::catalog {
class CatalogStore;
}
namespace madoguchi::registry {
class RegisterAccess;
}
namespace madoguchi::security {
class AccessControl;
class AuditLog;
struct Session;
} // namespace madoguchi::security

namespace madoguchi::ui {

class BranchDesk;
class DatabaseStatusBar;
class HomePage;
class SessionStatus;
class SupervisorConsole;
class VisitPage;

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

    HomePage* homePage() const;
    // The visit flow (Find … Submit): the window's content.
    VisitPage* visitPage() const { return m_page; }
    DatabaseStatusBar* databaseStatusBar() const { return m_status; }
    SessionStatus* sessionStatus() const { return m_session; }

    // The member of staff at the desk (after a login): the views reach the
    // register as them (rights, audit, 支援措置). clearSession() at a
    // logout or when another database opens.
    void setSession(const security::Session& session);
    void clearSession();

    // Supervisor > Console… (Ctrl+Shift+U): opens the supervisor console
    // for the session, or raises the one already open. Only for a role with
    // the approve right (the menu is not offered to others); nullptr without
    // one. The console closes when the session ends.
    SupervisorConsole* openSupervisorConsole();
    SupervisorConsole* supervisorConsole() const;
    // Closes it (a logout, another database, the desk locked: what it shows
    // is the session's, not for whoever passes the counter).
    void closeSupervisorConsole();

    // On a branch replica: its Branch menu, status widget and background
    // syncs (branchdesk.h); nullptr on any other database.
    BranchDesk* branchDesk() const { return m_branch; }

    // Reads the register again and updates every view.
    void refresh();
    // Throws away whatever the clerk had on screen (a new home page) and
    // reads everything again: what a logout leaves for the next person.
    void startOver();

signals:
    // File > Lock and File > Log Out; the desk session decides (DeskSession).
    void lockRequested();
    void logoutRequested();
    // Another database was opened from the File menu.
    void databaseChanged();
    // The session's access to the register is gone (logout, other database):
    // views that read with it close.
    void sessionEnded();

private:
    // Gives the visit page the session's access (or none).
    void wirePage();
    // A new visit page (the old one and all it held go).
    void createPage();
    void createMenus();
    // Offers the Supervisor menu when the session's role may approve.
    void offerSupervisorMenu();
    void loadCatalog();
    void attachReplicaKey();
    // Makes (or drops) the BranchDesk for the open database.
    void offerBranchMode();
    void openSettings();
    void openDatabase();
    void chooseLanguage(const QString& language);
    void showAbout();

    std::unique_ptr<storage::Database> m_database;
    QString m_language;
    VisitPage* m_page = nullptr;
    DatabaseStatusBar* m_status = nullptr;
    SessionStatus* m_session = nullptr;
    std::unique_ptr<catalog::CatalogStore> m_catalogs;
    // The session's way to the register; declared after m_database so that
    // they go first.
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<security::AccessControl> m_access;
    std::unique_ptr<registry::RegisterAccess> m_register;
    QMenu* m_supervisorMenu = nullptr;
    QPointer<SupervisorConsole> m_console;
    BranchDesk* m_branch = nullptr; // a child; deleted before m_database goes
};

} // namespace madoguchi::ui
