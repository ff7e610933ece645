#include "logindialog.h"

#include "desksettings.h"
#include "security/passwordhash.h"
#include "security/staffdirectory.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

LoginDialog::LoginDialog(storage::Database& database, const QString& terminal, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_terminal(terminal)
    , m_intro(new QLabel(this))
    , m_staffId(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Madoguchi — Log In"));
    setModal(true);

    m_intro->setObjectName(QStringLiteral("loginIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Log in with your staff id and password."));
    m_staffId->setObjectName(QStringLiteral("staffIdEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_hint->setObjectName(QStringLiteral("loginHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Staff id:"), m_staffId);
    form->addRow(tr("Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_staffId->setFocus();
    showEmptyDirectoryHint();
}

void LoginDialog::forStaff(const QString& staffId)
{
    m_lockedFor = staffId;
    setWindowTitle(tr("Madoguchi — Locked"));
    m_intro->setText(
        tr("The desk was locked while nobody used it. Enter the password of %1 to go on "
           "where you left off. Someone else can log in only after logging out.")
            .arg(staffId));
    m_staffId->setText(staffId);
    m_staffId->setReadOnly(true);
    m_staffId->setFocusPolicy(Qt::NoFocus);
    m_hint->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    if (!m_logout) {
        m_logout = m_buttons->addButton(tr("Log Out…"), QDialogButtonBox::ResetRole);
        m_logout->setObjectName(QStringLiteral("logoutButton"));
        m_logout->setAutoDefault(false);
        connect(m_logout, &QPushButton::clicked, this, &LoginDialog::logoutRequested);
    }
    m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString LoginDialog::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void LoginDialog::submit()
{
    const QString staffId = isUnlock() ? m_lockedFor : m_staffId->text().trimmed();
    if (staffId.isEmpty()) {
        showError(tr("Enter your staff id."));
        m_staffId->setFocus();
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    auto session
        = security::loginAt(m_database, staffId, password, m_terminal, DeskSettings().office());
    security::wipePassword(password);
    if (!session) {
        showError(session.error().message);
        m_password->setFocus();
        return;
    }
    m_session = std::move(session).value();
    m_error->hide();
    accept();
}

void LoginDialog::reject()
{
    if (isUnlock())
        return; // a locked desk stays locked: unlock, or log out
    QDialog::reject();
}

void LoginDialog::showError(const QString& message)
{
    QString text = message;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    m_error->setText(text);
    m_error->show();
}

// A database made without `demo seed` has no account at all: say how to
// make one, or nobody would ever get past this dialog.
void LoginDialog::showEmptyDirectoryHint()
{
    security::StaffDirectory directory(m_database);
    const auto accounts = directory.list();
    if (!accounts || !accounts->isEmpty())
        return;
    m_hint->setText(tr("This database has no staff accounts yet. An administrator creates the "
                       "first one with:\nmadoguchi-cli staff add --db %1 --id ID --role admin")
                        .arg(m_database.location().displayName()));
    m_hint->show();
}

} // namespace madoguchi::ui
