#pragma once

#include "catalog/catalogmodel.h"
#include "common/result.h"
#include "visit/visitinprogress.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QFormLayout;

namespace madoguchi::ui {

class FieldEditor;

// The Life event step (issue #7, 1c): which event brings the resident
// (転入, 出生, 死亡 …; 婚姻 with a move in is 婚姻 with its address question),
// its date (和暦 accepted: R8.11.20, 令和8年11月20日), and the event's own
// questions, made from the catalog like every form (fieldeditor.h). Enter
// on the last field, or "Show the checklist", confirms.
class EventPanel : public QWidget {
    Q_OBJECT
public:
    // The household as an event on a day reads it (VisitInProgress::household).
    using HouseholdReader
        = std::function<Result<QList<visit::HouseholdMember>>(const QString& eventType, QDate day)>;

    explicit EventPanel(const QString& language, QWidget* parent = nullptr);

    // A new resident: the events of `catalog`, nothing chosen, the date today.
    void start(const catalog::Catalog& catalog, HouseholdReader household, QDate today);
    void setError(const QString& message);
    void focusFirst();

    QListWidget* eventList() const { return m_events; }
    FieldEditor* dateEditor() const { return m_date; }
    // The editor of the chosen event's question `id`; null when none.
    FieldEditor* questionEditor(const QString& id) const;
    // The chosen event's id; empty when none.
    QString chosenEvent() const;
    // Reads the date and the answers and emits confirmed(); says what is
    // wrong instead when something is.
    void confirm();
    // Shows `eventType` on `date` with `answers` as the clerk would have
    // chosen and typed them (a smartphone pre-entry, docs/preentry.md), so
    // going back to this step shows what the visit uses.
    void preset(const QString& eventType, QDate date, const QJsonObject& answers);

signals:
    void confirmed(const QString& eventType, QDate date, const QJsonObject& answers);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showQuestions();

    QString m_language;
    const catalog::Catalog* m_catalog = nullptr;
    HouseholdReader m_household;
    QDate m_today;
    QListWidget* m_events = nullptr;
    QWidget* m_form = nullptr;
    QFormLayout* m_formLayout = nullptr;
    FieldEditor* m_date = nullptr;
    QList<FieldEditor*> m_questions;
    catalog::FormField m_dateField;
    QLabel* m_error = nullptr;
    QWidget* m_confirm = nullptr;
};

} // namespace madoguchi::ui
