#pragma once

#include <QMainWindow>
#include <functional>

class QTabWidget;

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::ui {

class ApprovalsPanel;
class AuditPanel;
class RoomPanel;
class SubmissionsPanel;

// The supervisor's window (issue #8 item 4): the live room, the outbox's
// submissions, the approvals waiting for a decision and the audit log, one
// tab each (Ctrl+1 … Ctrl+4, Ctrl+Tab), with Refresh (Ctrl+R) and the
// day's CSV export (Ctrl+E). Only for a role with the approve right: the
// desk does not offer it to others (MainWindow, madoguchi --console), and
// every action checks the right again in core. It works through `access`
// (the session's rights and audit), which must outlive it.
class SupervisorConsole : public QMainWindow {
    Q_OBJECT
public:
    SupervisorConsole(
        storage::Database& db, security::AccessControl& access, QWidget* parent = nullptr);
    ~SupervisorConsole() override;

    enum Tab { Room, Submissions, Approvals, Audit };

    QTabWidget* tabs() const { return m_tabs; }
    RoomPanel* roomPanel() const { return m_room; }
    SubmissionsPanel* submissionsPanel() const { return m_submissions; }
    ApprovalsPanel* approvalsPanel() const { return m_approvals; }
    AuditPanel* auditPanel() const { return m_audit; }

    // The folder for the day's CSV files; empty: cancelled. The default is
    // a directory chooser; tests answer it themselves.
    using ChooseDirectory = std::function<QString(QWidget* parent)>;
    void setChooseDirectory(ChooseDirectory choose);

    // Reads the current tab again (Ctrl+R).
    void refreshCurrent();
    // Asks for a folder and writes today's tickets and visits there as CSV
    // (queue::exportDay; recorded in the audit log).
    void exportToday();

private:
    void createActions();

    storage::Database& m_db;
    security::AccessControl& m_access;
    QTabWidget* m_tabs = nullptr;
    RoomPanel* m_room = nullptr;
    SubmissionsPanel* m_submissions = nullptr;
    ApprovalsPanel* m_approvals = nullptr;
    AuditPanel* m_audit = nullptr;
    ChooseDirectory m_chooseDirectory;
};

} // namespace madoguchi::ui
