#pragma once

#include "security/auditlog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace madoguchi::storage {
class Database;
}
namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::ui {

// One tab of the supervisor console (supervisorconsole.h). The audit log with #5's filters
// (operator, resident, action, from, to) and review queries (late night, holidays, mass searches,
// failed logins), through security::AuditReader (right read-audit-log; each query is itself
// audited).
class AuditPanel : public QWidget {
    Q_OBJECT
public:
    AuditPanel(storage::Database& db, security::AccessControl& access, QWidget* parent = nullptr);
    ~AuditPanel() override;

    // The review queries of COUNTER-DOMAIN §6 (the combo's order).
    enum class Review { None, LateNight, Holidays, MassSearches, FailedLogins };

    // Reads again (the console's Refresh, Ctrl+R): the last query, if one
    // was run. Nothing is read before the supervisor asks: every read of
    // the log is itself recorded.
    void refresh();
    // Runs the query of the filters (Search, Enter).
    void search();
    // Walks the chain and shows the report (Verify chain, Ctrl+Shift+V).
    void verify();

    QLineEdit* operatorEdit() const { return m_operator; }
    QLineEdit* residentEdit() const { return m_resident; }
    QComboBox* actionCombo() const { return m_action; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QComboBox* reviewCombo() const { return m_review; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* verifyLabel() const { return m_report; }

signals:
    // A line for the console's status bar: what was done, or what failed.
    void message(const QString& text);

private:
    // The filter of the fields, and what was asked (for the audit-read
    // entry); false with the message shown when a field is wrong.
    bool readFilter(security::AuditFilter& filter, QString& description);
    void showEntries(const QList<security::AuditEntry>& entries);
    void showMassSearches(const QList<security::MassSearch>& found);
    void say(const QString& text, bool failure);

    storage::Database& m_db;
    security::AccessControl& m_access;
    bool m_queried = false;
    QLineEdit* m_operator = nullptr;
    QLineEdit* m_resident = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QComboBox* m_review = nullptr;
    QSpinBox* m_threshold = nullptr;
    QPushButton* m_search = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_report = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace madoguchi::ui
