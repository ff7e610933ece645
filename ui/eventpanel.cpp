#include "eventpanel.h"

#include "catalog/rulescontextanswers.h"
#include "fieldeditor.h"

#include <QApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

EventPanel::EventPanel(const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_language(language)
    , m_events(new QListWidget(this))
    , m_form(new QWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("eventPanel"));
    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setAccessibleName(tr("Life event"));
    m_events->setMaximumWidth(320);
    QFont large = m_events->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_events->setFont(large);
    m_error->setObjectName(QStringLiteral("eventError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* confirmButton = new QPushButton(tr("Show the &checklist"), this);
    m_confirm = confirmButton;
    confirmButton->setObjectName(QStringLiteral("confirmEvent"));
    confirmButton->setAccessibleName(tr("Show the checklist for this life event"));

    auto* title = new QLabel(tr("What brings the resident? Choose the life event, its date and "
                                "answer its questions."),
        this);
    title->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_events);
    auto* right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_error);
    right->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(confirmButton);
    right->addLayout(buttons);
    row->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(row, 1);

    connect(m_events, &QListWidget::currentRowChanged, this, &EventPanel::showQuestions);
    // Enter on the list moves on to the date, as a clerk expects.
    // The date starts as today, selected: Enter takes it, typing replaces it.
    connect(m_events, &QListWidget::itemActivated, this, [this] {
        if (!m_date)
            return;
        m_date->input()->setFocus();
        if (auto* line = qobject_cast<QLineEdit*>(m_date->input()))
            line->selectAll();
    });
    connect(confirmButton, &QPushButton::clicked, this, &EventPanel::confirm);
}

void EventPanel::start(const catalog::Catalog& catalog, HouseholdReader household, QDate today)
{
    m_catalog = &catalog;
    m_household = std::move(household);
    m_today = today;
    m_events->clear();
    for (const catalog::LifeEvent& event : catalog.events) {
        auto* item = new QListWidgetItem(event.names.in(m_language), m_events);
        item->setData(Qt::UserRole, event.id);
    }
    m_events->setCurrentRow(-1);
    setError({});
    showQuestions();
}

void EventPanel::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EventPanel::focusFirst()
{
    if (m_events->currentRow() < 0 && m_events->count() > 0)
        m_events->setCurrentRow(0);
    m_events->setFocus();
}

QString EventPanel::chosenEvent() const
{
    const QListWidgetItem* item = m_events->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

FieldEditor* EventPanel::questionEditor(const QString& id) const
{
    for (FieldEditor* editor : m_questions)
        if (editor->field().id == id)
            return editor;
    return nullptr;
}

void EventPanel::showQuestions()
{
    // Rebuilt from the catalog: the date keeps what the clerk typed.
    const QJsonValue typedDate
        = m_date ? m_date->value() : QJsonValue(m_today.toString(Qt::ISODate));
    // The old editors go: nothing they emit while they are destroyed (a
    // line losing the focus finishes editing) may reach this panel.
    if (m_date)
        m_date->disconnect(this);
    for (FieldEditor* editor : std::as_const(m_questions))
        editor->disconnect(this);
    if (m_form->isAncestorOf(QApplication::focusWidget()))
        m_events->setFocus();
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_date = nullptr;
    m_questions.clear();
    const catalog::LifeEvent* event = m_catalog ? m_catalog->event(chosenEvent()) : nullptr;
    if (!event)
        return;
    QList<MemberChoice> members;
    QString resident; // the chosen resident's member id
    if (m_household) {
        auto household = m_household(event->id, m_today);
        if (!household) {
            setError(household.error().message);
        } else {
            for (const visit::HouseholdMember& m : household.value()) {
                if (m.isResident)
                    resident = m.id;
                members << MemberChoice{m.id,
                    QStringLiteral("%1 %2（%3）").arg(m.id, m.nameKanji, m.relationship),
                    m.nameKanji};
            }
        }
    }
    m_dateField = catalog::FormField{};
    m_dateField.id = QStringLiteral("date");
    m_dateField.labels = event->dateLabel;
    m_dateField.type = catalog::FieldType::Date;
    m_dateField.required = true;
    m_date = new FieldEditor(m_dateField, members, m_language, m_form);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_date->setValue(typedDate);
    m_formLayout->addRow(event->dateLabel.in(m_language), m_date);
    // Editors made now come last in the focus chain: put them in the order
    // they are shown, between the list and the button.
    QWidget* previous = m_events;
    setTabOrder(previous, m_date->input());
    previous = m_date->input();
    for (const catalog::FormField& question : event->questions) {
        auto* editor = new FieldEditor(question, members, m_language, m_form);
        editor->setObjectName(QStringLiteral("eventQuestion_") + question.id);
        // Who the event is about (who was born, who died) starts as the
        // resident the clerk chose, as the register reading assumes: shown,
        // so a parent at the counter changes it to the child.
        if (question.required && question.type == catalog::FieldType::Member && !resident.isEmpty())
            editor->setValue(resident);
        QString label = question.labels.in(m_language);
        if (question.required)
            label += tr(" (required)");
        m_formLayout->addRow(label, editor);
        m_questions << editor;
        setTabOrder(previous, editor->input());
        previous = editor->input();
    }
    setTabOrder(previous, m_confirm);
    // Enter answers a field (FieldEditor::edited while it has the focus) and
    // moves on; on the last one it confirms.
    QList<FieldEditor*> chain{m_date};
    chain << m_questions;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        FieldEditor* editor = chain[i];
        editor->input()->installEventFilter(this);
        FieldEditor* next = i + 1 < chain.size() ? chain[i + 1] : nullptr;
        connect(editor, &FieldEditor::edited, this, [this, editor, next] {
            if (!editor->input()->hasFocus())
                return;
            if (next)
                next->input()->setFocus();
            else
                confirm();
        });
    }
}

bool EventPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Tab and Shift+Tab go through the fields in the order shown: editors
    // made after the panel come last in Qt's focus chain, and a combo box
    // inside a focus proxy does not follow setTabOrder() reliably.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool forward = key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier;
        const bool backward = key->key() == Qt::Key_Backtab;
        if (forward || backward) {
            QList<QWidget*> inputs{m_events};
            if (m_date)
                inputs << m_date->input();
            for (FieldEditor* editor : std::as_const(m_questions))
                inputs << editor->input();
            inputs << m_confirm;
            const qsizetype at = inputs.indexOf(static_cast<QWidget*>(watched));
            if (at >= 0) {
                const qsizetype to
                    = qBound(qsizetype(0), at + (forward ? 1 : -1), inputs.size() - 1);
                inputs[to]->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventPanel::preset(const QString& eventType, QDate date, const QJsonObject& answers)
{
    for (int row = 0; row < m_events->count(); ++row)
        if (m_events->item(row)->data(Qt::UserRole).toString() == eventType)
            m_events->setCurrentRow(row); // rebuilds the questions
    if (chosenEvent() != eventType || !m_date)
        return;
    m_date->setValue(date.toString(Qt::ISODate));
    for (FieldEditor* editor : std::as_const(m_questions))
        if (answers.contains(editor->field().id))
            editor->setValue(answers.value(editor->field().id));
    setError({});
}

void EventPanel::confirm()
{
    const QString type = chosenEvent();
    if (type.isEmpty() || !m_date) {
        setError(tr("Choose the life event first."));
        m_events->setFocus();
        return;
    }
    const QString typed = m_date->value().toString().trimmed();
    auto day = catalog::parseExactDay(typed);
    if (typed.isEmpty() || !day) {
        m_date->setProblem(typed.isEmpty() ? tr("Give the date.") : day.error().message);
        m_date->input()->setFocus();
        return;
    }
    m_date->setProblem({});
    QJsonObject answers;
    for (FieldEditor* editor : std::as_const(m_questions)) {
        QJsonValue value = editor->value();
        // A list of members the clerk saw and ticked nobody in is an answer,
        // "nobody" — the interview must not ask it again.
        if (value.isUndefined() && editor->field().type == catalog::FieldType::Members)
            value = QJsonArray();
        if (value.isUndefined())
            continue;
        const catalog::FieldType kind = editor->field().type;
        if ((kind == catalog::FieldType::Date || kind == catalog::FieldType::EraDate)
            && value.isString()) {
            // Dates go to the rules as ISO days; 和暦 is read here.
            auto read = catalog::parseExactDay(value.toString().trimmed());
            if (!read) {
                editor->setProblem(read.error().message);
                editor->input()->setFocus();
                return;
            }
            value = read->toString(Qt::ISODate);
        }
        editor->setProblem({});
        answers.insert(editor->field().id, value);
    }
    setError({});
    emit confirmed(type, day.value(), answers);
}

} // namespace madoguchi::ui
