#pragma once

#include <QList>
#include <QWidget>

class QToolButton;

namespace madoguchi::ui {

// The steps of a visit, in order (issue #7, 1a–1g).
enum class VisitStep { Find, Resident, Event, Checklist, Interview, Review, Submit };
inline constexpr int kVisitSteps = 7;

// The steps of a visit visible at a glance, across the top of the desk:
// each with its function key (F2 Find … F8 Submit), the current one
// highlighted, the ones not reachable yet greyed, and a note under a step
// that waits for something ("3 open").
class StepBar : public QWidget {
    Q_OBJECT
public:
    explicit StepBar(QWidget* parent = nullptr);

    void setCurrent(VisitStep step);
    void setReachable(VisitStep step, bool reachable);
    bool isReachable(VisitStep step) const;
    void setNote(VisitStep step, const QString& note);
    QToolButton* button(VisitStep step) const { return m_buttons.at(int(step)); }
    // "F2", "F3" …: the key of a step.
    static int functionKey(VisitStep step) { return Qt::Key_F2 + int(step); }
    static QString title(VisitStep step);
    // What the clerk does in `step`, with its keys (the line under the
    // steps); `submitted`: the visit has been submitted.
    static QString hint(VisitStep step, bool submitted);

signals:
    void stepChosen(VisitStep step);

private:
    void updateText(VisitStep step);

    QList<QToolButton*> m_buttons;
    QList<QString> m_notes;
};

} // namespace madoguchi::ui
