#include "interviewpanel.h"

#include "fieldeditor.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QFont>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace madoguchi::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

bool isNothing(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

// The answer given so far to a question (as given: what the clerk typed).
QJsonValue givenAnswer(const QJsonObject& answers, const QString& key, const QString& member)
{
    const QJsonValue answer = answers.value(key);
    if (member.isEmpty())
        return answer;
    return answer.isObject() ? answer.toObject().value(member) : QJsonValue(QJsonValue::Undefined);
}

// The same question asked the same way: its editor can stay.
bool sameEditor(const catalog::FormField& a, const catalog::FormField& b)
{
    if (a.type != b.type || a.labels != b.labels || a.options.size() != b.options.size())
        return false;
    for (qsizetype i = 0; i < a.options.size(); ++i)
        if (a.options.at(i).value != b.options.at(i).value
            || a.options.at(i).labels != b.options.at(i).labels)
            return false;
    return true;
}

} // namespace

InterviewPanel::InterviewPanel(const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_language(language)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(u"interviewPanel"_s);
    m_scroll->setObjectName(u"interviewScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(m_scroll);
    m_content = new QVBoxLayout(content);

    m_content->addWidget(heading(tr("Questions"), content));
    m_noQuestions = new QLabel(tr("Nothing left to ask."), content);
    m_noQuestions->setObjectName(u"noQuestions"_s);
    m_content->addWidget(m_noQuestions);
    auto* questions = new QWidget(content);
    questions->setObjectName(u"questions"_s);
    m_questions = new QFormLayout(questions);
    m_questions->setContentsMargins(0, 0, 0, 0);
    m_questions->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_content->addWidget(questions);

    m_content->addSpacing(12);
    m_content->addWidget(heading(tr("Filled in"), content));
    m_filled = new QWidget(content);
    m_content->addWidget(m_filled);
    m_content->addStretch(1);
    m_scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

InterviewPanel::Entry InterviewPanel::makeEntry(
    const catalog::Question& question, const QList<MemberChoice>& members)
{
    catalog::FormField field = *question.field;
    field.required = question.required;
    Entry entry{question.key, question.member, nullptr, nullptr};
    QWidget* parent = m_questions->parentWidget();
    entry.editor = new FieldEditor(field, members, m_language, parent);
    QString name = u"field_"_s + question.key;
    if (!question.member.isEmpty())
        name += u'@' + question.member;
    entry.editor->setObjectName(name);
    entry.label = new QLabel(parent);
    entry.label->setBuddy(entry.editor);
    entry.label->setWordWrap(true);
    FieldEditor* editor = entry.editor;
    connect(editor, &FieldEditor::edited, this, [this, editor] { onEdited(editor); });
    const QString key = question.key;
    const QString member = question.member;
    connect(editor, &FieldEditor::memberNumberWanted, this,
        [this, key, member](const QString& whose) { emit myNumberWanted(key, member, whose); });
    return entry;
}

void InterviewPanel::showForms(const catalog::Forms& forms)
{
    // The household, for member questions and names.
    QList<MemberChoice> members;
    QHash<QString, QString> names;
    const QJsonArray household
        = forms.context.value(u"household"_s).toObject().value(u"members"_s).toArray();
    for (const QJsonValue& value : household) {
        const QJsonObject m = value.toObject();
        const QString id = m.value(u"id"_s).toString();
        const QString name = m.value(u"name_kanji"_s).toString();
        const QString relationship = m.value(u"relationship"_s).toString();
        names.insert(id, name);
        QString label = id + u' ' + name;
        if (!relationship.isEmpty())
            label += u" ("_s + relationship + u')';
        members.append({id, label, name});
    }

    // Take every row out (the widgets stay), then put back those still
    // asked, in the core's order, with new ones where they belong.
    QHash<QString, Entry> old;
    for (const Entry& entry : std::as_const(m_entries)) {
        const QFormLayout::TakeRowResult taken = m_questions->takeRow(entry.editor);
        delete taken.labelItem;
        delete taken.fieldItem;
        old.insert(entry.key + u'\n' + entry.member, entry);
    }
    m_entries.clear();
    for (const catalog::Question& q : forms.interview) {
        if (!q.field)
            continue;
        Entry entry = old.take(q.key + u'\n' + q.member);
        if (entry.editor && !sameEditor(entry.editor->field(), *q.field)) {
            old.insert(q.key + u'\n' + q.member, entry); // removed below
            entry = {};
        }
        if (!entry.editor)
            entry = makeEntry(q, members);
        QString label = q.field->labels.in(m_language);
        if (!q.member.isEmpty())
            label = tr("%1 — %2").arg(label, names.value(q.member, q.member));
        if (q.required)
            label = tr("%1 (required)").arg(label);
        entry.label->setText(label);
        entry.editor->input()->setAccessibleName(label);

        const QJsonValue given = givenAnswer(forms.answers, q.key, q.member);
        const QJsonValue shown = entry.editor->value();
        const bool differs = isNothing(given) ? !isNothing(shown) : given != shown;
        if (differs && !entry.editor->input()->hasFocus())
            entry.editor->setValue(given);
        entry.editor->setProblem(q.message.in(m_language));
        m_questions->addRow(entry.label, entry.editor);
        m_entries.append(entry);
    }
    for (const Entry& gone : std::as_const(old)) {
        // Possibly inside the editor's own signal: delete later.
        gone.editor->hide();
        gone.label->hide();
        gone.editor->deleteLater();
        gone.label->deleteLater();
    }
    m_noQuestions->setVisible(m_entries.isEmpty());
    for (qsizetype i = 1; i < m_entries.size(); ++i)
        QWidget::setTabOrder(m_entries.at(i - 1).editor->input(), m_entries.at(i).editor->input());

    showFilled(forms, names);
    moveFocusAfterAnswer();
}

void InterviewPanel::moveFocusAfterAnswer()
{
    if (!m_answered)
        return;
    const auto answered = *m_answered;
    m_answered.reset();
    const auto position
        = [&](const Entry& e) { return m_orderAtAnswer.indexOf(std::pair(e.key, e.member)); };
    const qsizetype at = m_orderAtAnswer.indexOf(answered);
    FieldEditor* target = nullptr;
    for (const Entry& e : std::as_const(m_entries)) {
        if (std::pair(e.key, e.member) == answered) {
            // Refused: the clerk corrects it.
            if (!e.editor->problem().isEmpty()) {
                target = e.editor;
                break;
            }
            continue;
        }
        if (position(e) > at || position(e) < 0) {
            target = e.editor;
            break;
        }
    }
    if (!target && !m_entries.isEmpty())
        target = m_entries.constFirst().editor;
    if (target) {
        target->input()->setFocus(Qt::TabFocusReason);
        m_scroll->ensureWidgetVisible(target);
    }
}

FieldEditor* InterviewPanel::editorFor(const QString& key, const QString& member) const
{
    for (const Entry& e : m_entries)
        if (e.key == key && e.member == member)
            return e.editor;
    return nullptr;
}

void InterviewPanel::focusFirstOpen()
{
    FieldEditor* target = nullptr;
    for (const Entry& e : std::as_const(m_entries))
        if (!e.editor->problem().isEmpty()) {
            target = e.editor;
            break;
        }
    if (!target && !m_entries.isEmpty())
        target = m_entries.constFirst().editor;
    if (target) {
        target->input()->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(target);
    }
}

bool InterviewPanel::focusQuestion(const QString& key, const QString& member)
{
    FieldEditor* editor = editorFor(key, member);
    if (!editor)
        return false;
    editor->input()->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(editor);
    return true;
}

int InterviewPanel::openQuestions() const
{
    return int(m_entries.size());
}

QStringList InterviewPanel::prefilledRows() const
{
    return m_prefilledRows;
}

void InterviewPanel::onEdited(FieldEditor* editor)
{
    const auto found = std::ranges::find(m_entries, editor, &Entry::editor);
    if (found == m_entries.end())
        return;
    QJsonValue value = editor->value();
    if (value.isUndefined())
        value = QJsonValue(QJsonValue::Null);
    const QJsonValue answer
        = found->member.isEmpty() ? value : QJsonValue(QJsonObject{{found->member, value}});
    // Committed with the cursor in it (Enter, a choice): go on from it.
    // Committed by leaving it: the cursor is where the clerk put it.
    if (editor->input()->hasFocus()) {
        m_answered = std::pair(found->key, found->member);
        m_orderAtAnswer.clear();
        for (const Entry& e : std::as_const(m_entries))
            m_orderAtAnswer.append(std::pair(e.key, e.member));
    } else {
        m_answered.reset();
    }
    emit answered(QJsonObject{{found->key, answer}});
}

namespace {

QString sourceName(catalog::Provenance provenance)
{
    switch (provenance) {
    case catalog::Provenance::Register:
        return InterviewPanel::tr("register");
    case catalog::Provenance::EventAnswer:
        return InterviewPanel::tr("event");
    case catalog::Provenance::ClerkEntry:
        return InterviewPanel::tr("clerk");
    case catalog::Provenance::Default:
        return InterviewPanel::tr("default");
    case catalog::Provenance::Evidence:
        return InterviewPanel::tr("certificate");
    case catalog::Provenance::None:
        break;
    }
    return {};
}

QString shownValue(const catalog::FilledField& filled, const QHash<QString, QString>& names,
    const QString& language)
{
    const QJsonValue& value = filled.value;
    if (value.isBool())
        return value.toBool() ? InterviewPanel::tr("yes") : InterviewPanel::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts.append(names.value(v.toString(), v.toString()));
        return parts.join(language == u"en"_s ? u", "_s : u"、"_s);
    }
    const QString text = value.toString();
    switch (filled.field->type) {
    case catalog::FieldType::Select:
        for (const catalog::SelectOption& option : filled.field->options)
            if (option.value == text)
                return option.labels.in(language);
        return text;
    case catalog::FieldType::Member:
        return names.value(text, text);
    case catalog::FieldType::Date:
    case catalog::FieldType::EraDate: {
        if (language == u"en"_s)
            return text;
        const auto date = text::parseJapaneseDate(text);
        return date ? text::formatWareki(date.value()) : text;
    }
    default:
        return text;
    }
}

} // namespace

void InterviewPanel::showFilled(const catalog::Forms& forms, const QHash<QString, QString>& names)
{
    auto* box = new QWidget(m_filled->parentWidget());
    box->setObjectName(u"filledIn"_s);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    m_prefilledRows.clear();
    int row = 0;
    // One Change button per answer, however many forms it fills.
    QSet<QString> changeable;
    for (const catalog::FilledForm& form : forms.forms) {
        bool titled = false;
        for (const catalog::FilledField& filled : form.fields) {
            if (!filled.visible || filled.open() || catalog::isEmptyValue(filled.value)
                || filled.provenance == catalog::Provenance::None)
                continue;
            if (!titled) {
                QString title = form.procedure->names.in(m_language);
                if (!form.member.isEmpty())
                    title = tr("%1 — %2").arg(title, names.value(form.member, form.member));
                auto* label = new QLabel(title, box);
                QFont font = label->font();
                font.setBold(true);
                label->setFont(font);
                if (row > 0)
                    grid->setRowMinimumHeight(row++, 6);
                grid->addWidget(label, row++, 0, 1, 3);
                titled = true;
            }
            const QString name = filled.field->labels.in(m_language);
            const QString value = shownValue(filled, names, m_language);
            const QString source = sourceName(filled.provenance);
            auto* nameLabel = new QLabel(name, box);
            auto* valueLabel = new QLabel(value, box);
            valueLabel->setWordWrap(true);
            auto* sourceLabel = new QLabel(source, box);
            sourceLabel->setStyleSheet(u"color: gray;"_s);
            if (!filled.valid) {
                // A register value the form refuses: corrected at the register.
                valueLabel->setStyleSheet(u"color: #b00020;"_s);
                valueLabel->setToolTip(filled.message.in(m_language));
            }
            grid->addWidget(nameLabel, row, 0);
            grid->addWidget(valueLabel, row, 1);
            grid->addWidget(sourceLabel, row, 2);
            // An answer given here can be changed, deliberately: the question
            // comes back. A register value cannot (it is corrected there).
            const QString key = filled.question.key;
            const QString member = filled.question.perMember ? form.member : QString();
            const QJsonValue given = forms.answers.value(key);
            const bool answeredHere = !filled.prefilled && filled.answered
                && (member.isEmpty() ? !given.isUndefined() : given.toObject().contains(member));
            if (answeredHere && !changeable.contains(key + u'\n' + member)) {
                changeable.insert(key + u'\n' + member);
                auto* change = new QToolButton(box);
                change->setText(tr("Change"));
                change->setObjectName(
                    u"change_"_s + key + (member.isEmpty() ? QString() : u'@' + member));
                change->setAccessibleName(tr("Change: %1").arg(name));
                connect(change, &QToolButton::clicked, this,
                    [this, key, member] { emit changeRequested(key, member); });
                grid->addWidget(change, row, 3);
            }
            ++row;
            m_prefilledRows.append(name + u'\t' + value + u'\t' + source);
        }
    }
    delete m_content->replaceWidget(m_filled, box);
    m_filled->hide();
    m_filled->deleteLater();
    m_filled = box;
}

} // namespace madoguchi::ui
