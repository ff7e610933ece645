#include "desksession.h"

#include "idlewatcher.h"
#include "lockcover.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "security/auditlog.h"
#include "sessionstatus.h"

#include <QMessageBox>

namespace madoguchi::ui {

DeskSession::DeskSession(MainWindow& window, const QString& terminal, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_terminal(terminal)
    , m_idle(new IdleWatcher(this))
    , m_cover(new LockCover(&window))
    , m_confirm([](QWidget* asker, const QString& question) {
        return QMessageBox::question(asker, tr("Log Out"), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    })
{
    setIdleInterval(std::chrono::minutes(5));
    connect(m_idle, &IdleWatcher::idle, this, &DeskSession::lock);
    connect(&m_window, &MainWindow::lockRequested, this, &DeskSession::lock);
    connect(&m_window, &MainWindow::logoutRequested, this, &DeskSession::logout);
    // A login belongs to one database: another one needs its own login.
    connect(&m_window, &MainWindow::databaseChanged, this, [this] {
        m_window.clearSession();
        m_window.startOver();
        showLogin();
    });
}

DeskSession::~DeskSession()
{
    closeDialog();
}

void DeskSession::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idle->setInterval(interval);
}

void DeskSession::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

bool DeskSession::isLocked() const
{
    return m_cover->isCovering();
}

void DeskSession::showLogin()
{
    closeDialog();
    m_session.reset();
    m_idle->stop();
    m_cover->uncover();
    m_window.sessionStatus()->clear();

    m_dialog = new LoginDialog(m_window.database(), m_terminal);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog && m_dialog->session())
            begin(*m_dialog->session());
    });
    connect(m_dialog, &QDialog::rejected, this, &DeskSession::loginCancelled);
    m_dialog->open();
    m_window.hide(); // after the dialog is up: never a moment without a window
    emit loginShown();
}

void DeskSession::begin(const security::Session& session)
{
    m_session = session;
    m_window.setSession(session);
    m_window.sessionStatus()->showSession(session);
    m_cover->uncover();
    m_window.show();
    m_idle->start();
    emit loggedIn();
}

void DeskSession::lock()
{
    if (!m_session || isLocked())
        return;
    m_idle->stop();
    closeDialog();
    m_window.closeSupervisorConsole(); // a separate window the cover does not hide
    m_cover->cover(tr("Locked — %1").arg(m_session->staffId));

    m_dialog = new LoginDialog(m_window.database(), m_terminal, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->forStaff(m_session->staffId);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_cover->uncover();
        m_idle->start();
        emit unlocked();
    });
    connect(m_dialog, &LoginDialog::logoutRequested, this, &DeskSession::logout);
    m_dialog->open();
    emit locked();
}

void DeskSession::logout()
{
    if (!m_session)
        return;
    QWidget* asker = m_dialog ? static_cast<QWidget*>(m_dialog) : &m_window;
    if (!m_confirm(asker,
            tr("Log out %1? Anything not yet saved at this desk is discarded.")
                .arg(m_session->staffId)))
        return;
    recordLogout();
    closeDialog();
    m_window.clearSession();
    m_window.startOver();
    showLogin();
    emit loggedOut();
}

void DeskSession::closeDialog()
{
    if (!m_dialog)
        return;
    LoginDialog* dialog = m_dialog;
    m_dialog = nullptr;
    dialog->disconnect(this);
    dialog->hide();
    dialog->deleteLater();
}

// Logins are recorded by security::login itself; the logout is the desk's
// to record, as a `login` entry with detail "logout".
void DeskSession::recordLogout()
{
    security::AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.operatorId = m_session->staffId;
    entry.role = security::roleName(m_session->role);
    entry.office = m_session->office;
    entry.terminal = m_session->terminal;
    entry.action = QString::fromLatin1(security::AuditAction::Login);
    entry.outcome = QString::fromLatin1(security::AuditOutcome::Ok);
    entry.detail = QStringLiteral("logout");
    security::AuditLog log(m_window.database());
    if (auto recorded = log.record(entry); !recorded)
        qWarning("madoguchi: the logout of %s was not recorded: %s",
            qUtf8Printable(m_session->staffId), qUtf8Printable(recorded.error().message));
}

} // namespace madoguchi::ui
