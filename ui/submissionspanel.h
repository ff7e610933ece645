#pragma once

#include "delivery/outboxitem.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::ui {

class VisitStatusDialog;

// One tab of the supervisor console (supervisorconsole.h). Submissions: the outbox's applications
// by state; rejected and long-retrying ones with the error and the back-end's reply; retry (resets
// attempts), cancel with a reason, mark as handled, open the visit; bulk retry of the failed ones
// only. Actions go through delivery::OutboxAdministration (rights, audit).
class SubmissionsPanel : public QWidget {
    Q_OBJECT
public:
    SubmissionsPanel(
        storage::Database& db, security::AccessControl& access, QWidget* parent = nullptr);
    ~SubmissionsPanel() override;

    // The questions the panel asks. Tests answer them themselves (as
    // DeskSession::setConfirm); the defaults are an input dialog and a
    // Yes/No box. A reason of nullopt: the supervisor thought better of it.
    using AskReason
        = std::function<std::optional<QString>(QWidget* parent, const QString& question)>;
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;
    void setAskReason(AskReason ask);
    void setConfirm(Confirm confirm);

    // Waiting to retry for this many attempts, or this long since it was
    // submitted: the item is marked as long-retrying.
    static constexpr int kLongRetryAttempts = 3;
    static constexpr int kLongRetryMinutes = 30;

    // Reads again (the console's Refresh, Ctrl+R).
    void refresh();

    // The actions on the selected row (the buttons and shortcuts call these).
    void retrySelected();
    void cancelSelected();
    void markHandledSelected();
    void openSelectedVisit();
    // Every refused application (only those: a waiting one still retries
    // by itself), after a confirmation naming the count and one reason.
    void retryAllFailed();

    // Selects the row of application `id`; false when it is not listed.
    bool selectItem(const QString& id);
    QTableWidget* table() const { return m_table; }
    QComboBox* stateFilter() const { return m_filter; }
    QLabel* messageLabel() const { return m_message; }
    QPlainTextEdit* detailBox() const { return m_detail; }
    // The visit dialog last opened (opened, never exec()'d), if still open.
    VisitStatusDialog* visitDialog() const;

signals:
    // A line for the console's status bar: what was done, or what failed.
    void message(const QString& text);

private:
    enum class Decision { Retry, Cancel, Handled };
    void decide(Decision decision);
    std::optional<delivery::OutboxItem> selectedItem() const;
    bool isLongRetrying(const delivery::OutboxItem& item) const;
    void showItems(const QList<delivery::OutboxItem>& items);
    void showDetail();
    void updateButtons();
    void say(const QString& text, bool failure);

    storage::Database& m_db;
    security::AccessControl& m_access;
    AskReason m_askReason;
    Confirm m_confirm;
    QList<delivery::OutboxItem> m_items; // the rows shown, in table order
    int m_failures = 0; // refused items, shown or not: what Retry all failed would send
    QComboBox* m_filter = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_handled = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_retryAll = nullptr;
    QPointer<VisitStatusDialog> m_visitDialog;
};

} // namespace madoguchi::ui
