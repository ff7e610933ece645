#pragma once

#include "catalog/catalogmodel.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QWidget>

class QEvent;
class QLabel;
class QLineEdit;

namespace madoguchi::ui {

// A household member a member / members question can name.
struct MemberChoice {
    QString id; // m1 …
    QString label; // "m2 山田 花子 (妻)"
    QString name; // 山田 花子: offered in text fields (a notifier, a claimant …)
};

// The editor of one catalog field or life-event question, made from its
// FieldType (docs/forms.md), so that a new procedure needs no UI code:
// text, kana, address and phone as a line; dates (date, era_date) as a line
// that reads 和暦 and shows the day it understood; select as a list of the
// option labels; checkbox; number; 個人番号 with its check digit checked
// as typed; member as a list of the household, members as checkable
// members. Below it, the problem with the value, in red, when there is one.
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    FieldEditor(const catalog::FormField& field, const QList<MemberChoice>& members,
        const QString& language, QWidget* parent = nullptr);

    const catalog::FormField& field() const { return m_field; }
    // The value as the catalog's answers take it (prefillvalues.h): a string,
    // a bool, a number, an option value, a member id, an array of member ids;
    // Undefined when the clerk left it empty. Dates are given as typed (the
    // core reads 和暦 and checks them).
    QJsonValue value() const;
    void setValue(const QJsonValue& value);
    // Shows why the value is refused (empty: no problem).
    void setProblem(const QString& message);
    QString problem() const;
    // The widget the clerk types into or toggles (for focus and tests).
    QWidget* input() const;

signals:
    // The clerk committed a change (Enter, leaving the field, choosing an
    // option, toggling): the value is worth checking.
    void edited();
    // A 個人番号 field: the clerk chose whose number it is from the
    // household's names (↓); the number comes from the register, through
    // whoever holds the right to reveal it (VisitPage), never typed.
    void memberNumberWanted(const QString& memberId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeInput();
    // Emits edited() when the value differs from the last one committed;
    // true when it did.
    bool commit();
    void updateHint();
    // An address typed as a postal code (5300001) becomes its town.
    void fillFromPostalCode(QLineEdit* line, const QString& typed);
    void showHint(const QString& text, bool bad);

    catalog::FormField m_field;
    QList<MemberChoice> m_members;
    QString m_language;
    // The value last committed or set (Undefined: none yet).
    QJsonValue m_committed = QJsonValue(QJsonValue::Undefined);
    QWidget* m_input = nullptr;
    QLabel* m_hint = nullptr; // what a date was read as, a check-digit note
    QLabel* m_problem = nullptr;
};

} // namespace madoguchi::ui
