#pragma once

#include "approval/approvals.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace madoguchi::ui {

// The clerk's request to lift a 支援措置 block for a while (issue #8,
// docs/approvals.md): what is blocked (the address, printing, copies), for
// how many minutes, and why. OK sends it through approval::Approvals (right
// open-profile, audited); a supervisor decides. When the core refuses, its
// message shows here and the dialog stays open with what was typed.
class UnlockRequestDialog : public QDialog {
    Q_OBJECT
public:
    UnlockRequestDialog(approval::Approvals& approvals, const QString& atenaNo,
        const QString& residentName, QWidget* parent = nullptr);

    // "address", "print" or "copies".
    QString scope() const;
    QComboBox* scopeBox() const { return m_scope; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* okButton() const;
    // The core's refusal of the last OK; hidden while there is none.
    QLabel* errorLabel() const { return m_error; }

    // Sends the request; closes only when the core took it.
    void accept() override;

signals:
    void sent(const approval::ApprovalRequest& request);

private:
    void updateOk();

    approval::Approvals& m_approvals;
    QString m_atenaNo;
    QComboBox* m_scope = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace madoguchi::ui
