#pragma once

#include "approval/approvals.h"
#include "registry/residentprofile.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi::ui {

// The clerk's provisional correction of a register record (仮登録, issue
// #8, docs/approvals.md): one row per correctable field with what the
// register says now and a new value (empty: unchanged), and a reason. OK
// sends it through approval::Approvals, which checks each value as the
// importer does (カナ, 和暦 dates …); a supervisor decides (審査・決裁) and
// an approval writes it (本登録). When the core refuses, its message shows
// here and the dialog stays open with what was typed.
class CorrectionRequestDialog : public QDialog {
    Q_OBJECT
public:
    CorrectionRequestDialog(approval::Approvals& approvals, const registry::ProfilePerson& person,
        QWidget* parent = nullptr);

    // A correctable field as the clerk says it: "Name in kana (フリガナ)".
    static QString fieldInWords(const QString& field);

    // The new value's editor of a text or date field; null for sex (a list).
    QLineEdit* newValueEdit(const QString& field) const { return m_edits.value(field); }
    QComboBox* sexBox() const { return m_sex; }
    // What the register says now, as shown.
    QLabel* currentValueLabel(const QString& field) const { return m_current.value(field); }
    // Under the birth date: the day understood from what is typed.
    QLabel* dateHint() const { return m_dateHint; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }
    // field → new value of every field given one.
    QMap<QString, QString> changes() const;

    // Sends the request; closes only when the core took it.
    void accept() override;

signals:
    void sent(const approval::ApprovalRequest& request);

private:
    void addRow(const QString& field, const QString& current, QWidget* editor);
    void updateDateHint();
    void updateOk();

    approval::Approvals& m_approvals;
    QString m_atenaNo;
    QMap<QString, QLineEdit*> m_edits;
    QMap<QString, QLabel*> m_current;
    QComboBox* m_sex = nullptr;
    QLabel* m_dateHint = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QGridLayout* m_grid = nullptr;
};

} // namespace madoguchi::ui
