#include "stepbar.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace madoguchi::ui {

StepBar::StepBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    for (int i = 0; i < kVisitSteps; ++i) {
        const auto step = VisitStep(i);
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("step%1").arg(i + 1));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        button->setMinimumHeight(44);
        // The function keys are the page's shortcuts; the buttons stay out
        // of the tab chain so that Tab goes through the step's own fields.
        button->setFocusPolicy(Qt::NoFocus);
        button->setAccessibleName(title(step));
        button->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid #8a8886; border-radius: 4px; padding: 4px; }"
            "QToolButton:checked { background: #0f6cbd; color: white; font-weight: bold; }"
            "QToolButton:disabled { color: #a19f9d; border-color: #d2d0ce; }"));
        connect(button, &QToolButton::clicked, this, [this, step] {
            m_buttons[int(step)]->setChecked(false);
            emit stepChosen(step);
        });
        m_buttons << button;
        m_notes << QString();
        layout->addWidget(button);
        updateText(step);
    }
    setCurrent(VisitStep::Find);
}

QString StepBar::title(VisitStep step)
{
    switch (step) {
    case VisitStep::Find:
        return tr("Find");
    case VisitStep::Resident:
        return tr("Resident");
    case VisitStep::Event:
        return tr("Life event");
    case VisitStep::Checklist:
        return tr("Checklist");
    case VisitStep::Interview:
        return tr("Interview");
    case VisitStep::Review:
        return tr("Review and print");
    case VisitStep::Submit:
        return tr("Submit");
    }
    return {};
}

QString StepBar::hint(VisitStep step, bool submitted)
{
    switch (step) {
    case VisitStep::Find:
        return tr("Type a name (kanji or kana), a date of birth, a 宛名番号 or an address; Enter "
                  "opens the resident.");
    case VisitStep::Resident:
        return tr("Check who is at the counter, then Ctrl+Enter for the life event.");
    case VisitStep::Event:
        return tr("↑↓ choose the event, Enter to its date, Ctrl+Enter shows the checklist.");
    case VisitStep::Checklist:
        return tr("Delete or Space on a procedure: leave it out, keep it again, or add one that "
                  "does not apply (Alt+N shows them) — always with a reason.");
    case VisitStep::Interview:
        return tr("Each question once; Enter answers and moves on. F9 fills the 個人番号 from "
                  "the register.");
    case VisitStep::Review:
        return tr("Ctrl+P prints every form for the resident to sign; Ctrl+Shift+S saves them as "
                  "one PDF.");
    case VisitStep::Submit:
        return submitted ? tr("Ctrl+P prints the receipt and guidance slip; Ctrl+N the next "
                              "resident.")
                         : tr("Ctrl+Enter submits every application at once.");
    }
    return {};
}

void StepBar::updateText(VisitStep step)
{
    QString text = QStringLiteral("F%1  %2").arg(int(step) + 2).arg(title(step));
    if (!m_notes[int(step)].isEmpty())
        text += QLatin1Char('\n') + m_notes[int(step)];
    m_buttons[int(step)]->setText(text);
}

void StepBar::setCurrent(VisitStep step)
{
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setChecked(i == int(step));
}

void StepBar::setReachable(VisitStep step, bool reachable)
{
    m_buttons[int(step)]->setEnabled(reachable);
}

bool StepBar::isReachable(VisitStep step) const
{
    return m_buttons[int(step)]->isEnabled();
}

void StepBar::setNote(VisitStep step, const QString& note)
{
    m_notes[int(step)] = note;
    updateText(step);
}

} // namespace madoguchi::ui
