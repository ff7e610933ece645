#pragma once

#include "catalog/interviewsession.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace madoguchi::ui {

// The Checklist step (issue #7, 1d): the procedures that apply, grouped by
// member (the household's first), each with its reason, deadline (和暦 and
// 西暦), department (the system) and the documents to bring; the ones that
// do not apply, with why, shown on demand. The clerk can leave one out, or
// add one the rules did not select, always with a reason (recorded with the
// visit: a supervisor sees overrides). Keys are "procedure" for a household
// procedure and "procedure/member" (kokuho.kanyu/m2) for a member's.
class ChecklistPanel : public QWidget {
    Q_OBJECT
public:
    // Asks for a reason; empty: the clerk cancelled. Tests give their own.
    using ReasonAsker
        = std::function<QString(QWidget* parent, const QString& title, const QString& prompt)>;

    explicit ChecklistPanel(const QString& language, QWidget* parent = nullptr);

    // forms.checklist (applies, notApplicable), forms.additions (the clerk's
    // additions), forms.context (the household's names); `leftOut` and
    // `added` are the clerk's decisions so far: key → reason.
    void showChecklist(const catalog::Forms& forms, const QMap<QString, QString>& leftOut,
        const QMap<QString, QString>& added);
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    void setShowNotApplicable(bool show);
    QTreeWidget* tree() const { return m_tree; }
    // The key of the selected row; empty when none or a group.
    QString currentKey() const;
    // Selects the row of `key`; false when it is not shown.
    bool selectKey(const QString& key);
    // Acts on the selected row: leave out (applicable), keep again (left
    // out), add (not applicable), remove (an addition). Asks for a reason
    // where one is needed.
    void toggleCurrent();

signals:
    void leaveOutRequested(const QString& key, const QString& reason);
    void keepRequested(const QString& key);
    void addRequested(const QString& key, const QString& reason);
    void removeAdditionRequested(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Kind { Applies, LeftOut, Added, NotApplicable, NotInForce };
    // What a procedure row shows, worked out by showChecklist() so that the
    // panel never keeps pointers into a catalog that may go away.
    struct Row {
        QString key;
        QString member;
        Kind kind = Kind::Applies;
        QString name;
        QString reason;
        QString deadline;
        QString department;
        QString status;
        QString documents;
        bool overdue = false;
    };
    struct Group {
        QString member; // empty: the household
        QString label;
    };

    void rebuild();
    void updateButtons();
    void updateDetails();
    void fitColumns();
    const Row* currentRow() const;
    QString askReason(const QString& title, const QString& prompt);

    QString m_language;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QCheckBox* m_showNotApplicable = nullptr;
    // The selected row in full: the tree's cells are cut to one line.
    QLabel* m_details = nullptr;
    QPushButton* m_leaveOutButton = nullptr;
    QPushButton* m_addButton = nullptr;
    ReasonAsker m_askReason;
    QList<Group> m_groups;
    QList<Row> m_rows;
    // Groups the clerk collapsed (by member; empty: the household).
    QSet<QString> m_collapsed;
};

} // namespace madoguchi::ui
