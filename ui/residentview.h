#pragma once

#include "registry/residentprofile.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi::registry {
class RegisterAccess;
}

namespace madoguchi::ui {

// The Resident step (issue #7, 1b): the profile of the resident the clerk
// chose — person, household in the standard order, entitlements, support
// measures — read through the session's RegisterAccess (audited; the
// address withheld when the household is protected). The 個人番号 stays
// masked until "Reveal…", which asks for the purpose first (docs/
// security.md). A step of the visit page (visitpage.h).
class ResidentView : public QWidget {
    Q_OBJECT
public:
    // Asks the clerk why the 個人番号 is shown; empty: they cancelled.
    using PurposeAsker = std::function<QString(QWidget* parent)>;

    ResidentView(registry::RegisterAccess& reg, const QString& atenaNo, QWidget* parent = nullptr);

    // Tests give their own answer instead of a dialog.
    void setPurposeAsker(PurposeAsker asker) { m_askPurpose = std::move(asker); }
    // Whether the profile could be read (else the dialog shows why).
    bool loaded() const { return m_loaded; }
    const QString& atenaNo() const { return m_atenaNo; }
    QLabel* myNumberLabel() const { return m_myNumber; }
    QTableWidget* membersTable() const { return m_members; }
    void reveal();

private:
    void showProfile(const registry::ResidentProfile& profile);

    registry::RegisterAccess& m_register;
    QString m_atenaNo;
    bool m_loaded = false;
    QLabel* m_title = nullptr;
    QLabel* m_support = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_myNumber = nullptr;
    QPushButton* m_reveal = nullptr;
    QTableWidget* m_members = nullptr;
    QLabel* m_entitlements = nullptr;
    QLabel* m_history = nullptr;
    PurposeAsker m_askPurpose;
};

} // namespace madoguchi::ui
