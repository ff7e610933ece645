#include "sessionstatus.h"

namespace madoguchi::ui {

SessionStatus::SessionStatus(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("sessionLabel"));
    setContentsMargins(6, 0, 6, 0);
}

void SessionStatus::showSession(const security::Session& session)
{
    const QString office = session.office.isEmpty() ? tr("no office") : session.office;
    setText(tr("%1 (%2) · %3 · %4")
                .arg(session.staffId, roleText(session.role), office, session.terminal));
    setToolTip(tr("Logged in as %1 at %2 since %3")
                   .arg(session.staffId, session.terminal,
                       QLocale().toString(session.loggedInAt.toLocalTime(), QLocale::ShortFormat)));
}

void SessionStatus::clear()
{
    QLabel::clear();
    setToolTip(QString());
}

QString SessionStatus::roleText(security::Role role)
{
    switch (role) {
    case security::Role::Clerk:
        return tr("Clerk");
    case security::Role::Supervisor:
        return tr("Supervisor");
    case security::Role::Admin:
        return tr("Administrator");
    case security::Role::Auditor:
        return tr("Auditor");
    case security::Role::Console:
        return tr("Console");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace madoguchi::ui
