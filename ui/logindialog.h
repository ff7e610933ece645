#pragma once

#include "security/login.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

// Asks for a staff id and password and checks them with security::login on
// the desk's database (which counts wrong passwords and locks the account,
// docs/security.md). Enter submits; the dialog closes only on success and
// then holds the session. login's own message (wrong id or password, locked
// until …, disabled) is shown on failure.
//
// As a login dialog, Esc or Cancel rejects it (the desk quits). As an
// unlock dialog (forStaff()) the id is fixed and the dialog cannot be
// dismissed: the only other way out is its Log Out button, which emits
// logoutRequested() and leaves the decision to the caller.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(storage::Database& database, const QString& terminal, QWidget* parent = nullptr);

    // Turns this into the unlock dialog for `staffId`.
    void forStaff(const QString& staffId);
    bool isUnlock() const { return !m_lockedFor.isEmpty(); }

    // The session of the last successful submit().
    const std::optional<security::Session>& session() const { return m_session; }
    QString errorText() const;
    QString hintText() const;
    QLineEdit* staffIdEdit() const { return m_staffId; }
    QLineEdit* passwordEdit() const { return m_password; }

    // Checks the typed id and password; accepts the dialog on success.
    void submit();
    void reject() override;

signals:
    void logoutRequested();

private:
    void showError(const QString& message);
    void showEmptyDirectoryHint();

    storage::Database& m_database;
    QString m_terminal;
    QString m_lockedFor;
    std::optional<security::Session> m_session;
    QLabel* m_intro = nullptr;
    QLineEdit* m_staffId = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_logout = nullptr;
};

} // namespace madoguchi::ui
