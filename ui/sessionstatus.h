#pragma once

#include "security/login.h"

#include <QLabel>

namespace madoguchi::ui {

// The status bar's note of who works at this desk: staff id, role (in the
// desk's language), office and terminal. Empty when nobody is logged in.
class SessionStatus : public QLabel {
    Q_OBJECT
public:
    explicit SessionStatus(QWidget* parent = nullptr);

    void showSession(const security::Session& session);
    void clear();

    // "Clerk", "Supervisor", … translated.
    static QString roleText(security::Role role);
};

} // namespace madoguchi::ui
