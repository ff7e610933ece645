#pragma once

#include "approval/approvals.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::ui {

// One tab of the supervisor console (supervisorconsole.h). Approvals: pending checklist overrides,
// 支援措置 unlock requests and provisional register corrections; approve or deny with a comment
// through approval::Approvals (rights, four eyes, audit).
class ApprovalsPanel : public QWidget {
    Q_OBJECT
public:
    ApprovalsPanel(
        storage::Database& db, security::AccessControl& access, QWidget* parent = nullptr);
    ~ApprovalsPanel() override;

    // The decider's comment. Tests answer it themselves (as
    // DeskSession::setConfirm); the default is an input dialog. nullopt:
    // the supervisor thought better of it.
    using AskComment
        = std::function<std::optional<QString>(QWidget* parent, const QString& question)>;
    void setAskComment(AskComment ask);

    // A request's "what" in words: "left out 児童手当 for m2", "address,
    // 30 min", "name_kana: ヤマダ → ヤマタ".
    static QString describeDetails(const approval::ApprovalRequest& request);
    static QString kindInWords(approval::ApprovalKind kind);

    // Reads again (the console's Refresh, Ctrl+R).
    void refresh();

    // The decisions on the selected request (buttons and shortcuts).
    void approveSelected();
    void denySelected();

    // Selects the row of request `id`; false when it is not listed.
    bool selectRequest(qint64 id);
    QTableWidget* table() const { return m_table; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* kindFilter() const { return m_kind; }
    QLabel* messageLabel() const { return m_message; }

signals:
    // A line for the console's status bar: what was done, or what failed.
    void message(const QString& text);

private:
    void decide(bool approve);
    std::optional<approval::ApprovalRequest> selectedRequest() const;
    void showRequests();
    void updateButtons();
    void say(const QString& text, bool failure);

    storage::Database& m_db;
    security::AccessControl& m_access;
    AskComment m_askComment;
    QList<approval::ApprovalRequest> m_requests; // in table order
    QComboBox* m_state = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_deny = nullptr;
};

} // namespace madoguchi::ui
