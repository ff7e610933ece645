#pragma once

#include "security/login.h"

#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <optional>

class QWidget;

namespace madoguchi::ui {

class IdleWatcher;
class LockCover;
class LoginDialog;
class MainWindow;

// Who works at the desk, from login to logout (docs/security.md, "Desk
// session"). Nobody sees the main window before logging in. After the idle
// interval without input the window is covered and the same member of staff
// must give the password again; the widgets under the cover are untouched.
// Logging out (asked first: it throws the work away) brings back the login
// dialog for anyone.
//
// Every dialog is opened, never exec()'d: the flow runs in the caller's
// event loop, and tests drive it through dialog().
class DeskSession : public QObject {
    Q_OBJECT
public:
    DeskSession(MainWindow& window, const QString& terminal, QObject* parent = nullptr);
    ~DeskSession() override;

    // Zero or less: never lock.
    void setIdleInterval(std::chrono::milliseconds interval);
    // The question before a logout; the default is a Yes/No message box.
    // Tests answer it themselves.
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;
    void setConfirm(Confirm confirm);

    // Hides the window and opens the login dialog.
    void showLogin();
    // Shows the window for `session` (from the dialog, or from --staff).
    void begin(const security::Session& session);
    // Covers the window and asks for the same password again.
    void lock();
    // Asks, records the logout, discards the work and shows the login dialog.
    void logout();

    const std::optional<security::Session>& session() const { return m_session; }
    bool isLocked() const;
    // The open login or unlock dialog, if any.
    LoginDialog* dialog() const { return m_dialog; }
    IdleWatcher& idleWatcher() const { return *m_idle; }

signals:
    void loginShown();
    void loggedIn();
    void locked();
    void unlocked();
    void loggedOut();
    // The login dialog was cancelled: the desk quits.
    void loginCancelled();

private:
    void closeDialog();
    void recordLogout();

    MainWindow& m_window;
    QString m_terminal;
    IdleWatcher* m_idle = nullptr;
    LockCover* m_cover = nullptr;
    QPointer<LoginDialog> m_dialog;
    std::optional<security::Session> m_session;
    Confirm m_confirm;
};

} // namespace madoguchi::ui
