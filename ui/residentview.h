#pragma once

#include "registry/residentprofile.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi::approval {
class Approvals;
struct ApprovalRequest;
} // namespace madoguchi::approval
namespace madoguchi::registry {
class RegisterAccess;
}
namespace madoguchi::security {
class AccessControl;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

// The Resident step (issue #7, 1b): the profile of the resident the clerk
// chose — person, household in the standard order, entitlements, support
// measures — read through the session's RegisterAccess (audited; the
// address withheld when the household is protected). The 個人番号 stays
// masked until "Reveal…", which asks for the purpose first (docs/
// security.md). From here the clerk also asks a supervisor (issue #8,
// docs/approvals.md) to lift a 支援措置 block for a while ("Request
// unlock…", Ctrl+Shift+B) or to correct the record ("Request correction…",
// Ctrl+Shift+K). A step of the visit page (visitpage.h).
class ResidentView : public QWidget {
    Q_OBJECT
public:
    // Asks the clerk why the 個人番号 is shown; empty: they cancelled.
    using PurposeAsker = std::function<QString(QWidget* parent)>;

    // `db` and `access` are the session's: the requests go through
    // approval::Approvals with the same rights and audit as the profile.
    ResidentView(registry::RegisterAccess& reg, storage::Database& db,
        security::AccessControl& access, const QString& atenaNo, QWidget* parent = nullptr);
    ~ResidentView() override;

    // Tests give their own answer instead of a dialog.
    void setPurposeAsker(PurposeAsker asker) { m_askPurpose = std::move(asker); }
    // Whether the profile could be read (else the dialog shows why).
    bool loaded() const { return m_loaded; }
    const QString& atenaNo() const { return m_atenaNo; }
    // The resident's row id for the audit chain; empty until loaded.
    std::optional<qint64> personId() const
    {
        return m_profile ? std::optional<qint64>(m_profile->person.id) : std::nullopt;
    }
    QLabel* myNumberLabel() const { return m_myNumber; }
    QTableWidget* membersTable() const { return m_members; }
    void reveal();

    // Open the request dialog (open(), not exec(): tests fill it in through
    // unlockRequestDialog() / correctionRequestDialog()); an open one is
    // raised instead. Null when the request is not possible (the profile
    // could not be read; for an unlock, no blocking measure).
    QDialog* requestUnlock();
    QDialog* requestCorrection();
    QDialog* unlockRequestDialog() const { return m_unlockDialog; }
    QDialog* correctionRequestDialog() const { return m_correctionDialog; }
    QPushButton* unlockButton() const { return m_requestUnlock; }
    QPushButton* correctionButton() const { return m_requestCorrection; }
    // "Sent to a supervisor for approval (request #N)".
    QLabel* requestMessage() const { return m_requestMessage; }

private:
    void showProfile(const registry::ResidentProfile& profile);
    void showDialog(QDialog* dialog);
    void requestSent(const approval::ApprovalRequest& request);

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
    QPushButton* m_requestUnlock = nullptr;
    QPushButton* m_requestCorrection = nullptr;
    QLabel* m_requestMessage = nullptr;
    PurposeAsker m_askPurpose;
    std::unique_ptr<approval::Approvals> m_approvals;
    std::optional<registry::ResidentProfile> m_profile;
    QPointer<QDialog> m_unlockDialog;
    QPointer<QDialog> m_correctionDialog;
};

} // namespace madoguchi::ui
