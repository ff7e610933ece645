#include "fieldeditor.h"

#include "text/checkdigits.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"
#include "text/postalcodes.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace madoguchi::ui {

namespace {

// A list of options where browsing with the keys or the wheel on the closed
// box only moves the choice: it is committed by Enter, by choosing in the
// popup or by leaving the box, so that the clerk passing over an option
// does not answer with it.
class SelectBox : public QComboBox {
public:
    using QComboBox::QComboBox;
    bool browsing() const { return m_browsing; }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        m_browsing = true;
        QComboBox::keyPressEvent(event);
        m_browsing = false;
    }
    void wheelEvent(QWheelEvent* event) override
    {
        m_browsing = true;
        QComboBox::wheelEvent(event);
        m_browsing = false;
    }

private:
    bool m_browsing = false;
};

bool isLineType(catalog::FieldType type)
{
    switch (type) {
    case catalog::FieldType::Select:
    case catalog::FieldType::Checkbox:
    case catalog::FieldType::Member:
    case catalog::FieldType::Members:
        return false;
    default:
        return true;
    }
}

// Full-width digits, point and minus read as ASCII (a number typed with the IME on).
QString foldNumber(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            folded.append(QChar(u'0' + (u - u'０')));
        else if (u == u'．')
            folded.append(u'.');
        else if (u == u'－' || u == u'−')
            folded.append(u'-');
        else if (u == u'，' || u == u',')
            continue;
        else
            folded.append(c);
    }
    return folded;
}

} // namespace

FieldEditor::FieldEditor(const catalog::FormField& field, const QList<MemberChoice>& members,
    const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_members(members)
    , m_language(language)
{
    setObjectName(u"field_"_s + field.id);
    m_input = makeInput();
    m_input->setObjectName(u"input_"_s + field.id);
    const QString label = field.labels.in(language);
    m_input->setAccessibleName(field.required ? tr("%1 (required)").arg(label) : label);
    m_input->installEventFilter(this);
    setFocusProxy(m_input);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_input);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
}

QWidget* FieldEditor::makeInput()
{
    using catalog::FieldType;
    switch (m_field.type) {
    case FieldType::Select:
    case FieldType::Member: {
        auto* box = new SelectBox(this);
        // Empty first, so the clerk chooses deliberately.
        box->addItem(tr("—"), QString());
        if (m_field.type == FieldType::Select) {
            for (const catalog::SelectOption& option : m_field.options)
                box->addItem(option.labels.in(m_language), option.value);
        } else {
            for (const MemberChoice& member : m_members)
                box->addItem(member.label, member.id);
        }
        connect(box, &QComboBox::activated, this, [this, box] {
            if (!box->browsing())
                commit();
        });
        return box;
    }
    case FieldType::Checkbox: {
        auto* check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, [this] { commit(); });
        return check;
    }
    case FieldType::Members: {
        auto* list = new QListWidget(this);
        for (const MemberChoice& member : m_members) {
            auto* item = new QListWidgetItem(member.label, list);
            item->setData(Qt::UserRole, member.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        // Several members are ticked before the answer counts: it is
        // committed when the clerk leaves the list or presses Enter.
        const int rows = qMax(1, int(m_members.size()));
        list->setMaximumHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
        return list;
    }
    default:
        break;
    }
    auto* line = new QLineEdit(this);
    switch (m_field.type) {
    case FieldType::Date:
    case FieldType::EraDate:
        line->setPlaceholderText(tr("e.g. R8.11.15, 令和8年11月15日 or 2026-11-15"));
        break;
    case FieldType::MyNumber: {
        line->setPlaceholderText(tr("12 digits"));
        line->setInputMethodHints(Qt::ImhDigitsOnly);
        // Whose number: ↓ offers the household; the register gives the number.
        QStringList names;
        for (const MemberChoice& member : m_members)
            if (!member.name.isEmpty())
                names << member.name;
        if (!names.isEmpty()) {
            auto* completer = new QCompleter(names, line);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
            line->setPlaceholderText(tr("12 digits, or ↓ whose number (from the register)"));
            connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
                [this, line](const QString& name) {
                    line->clear(); // the name is not the number
                    for (const MemberChoice& member : std::as_const(m_members))
                        if (member.name == name) {
                            emit memberNumberWanted(member.id);
                            return;
                        }
                });
        }
        break;
    }
    case FieldType::Number:
        line->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        break;
    case FieldType::Phone:
        line->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        break;
    case FieldType::Address:
        if (text::hasPostalCodeDirectory()) {
            line->setPlaceholderText(tr("or its postal code (5300001), then the rest"));
            connect(line, &QLineEdit::textEdited, this,
                [this, line](const QString& typed) { fillFromPostalCode(line, typed); });
        }
        break;
    case FieldType::Text: {
        // A text field often names a person of the household (the notifier,
        // a claimant, the new head): ↓ offers their names, so the clerk
        // chooses instead of typing.
        QStringList names;
        for (const MemberChoice& member : m_members)
            if (!member.name.isEmpty())
                names << member.name;
        if (!names.isEmpty()) {
            auto* completer = new QCompleter(names, line);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
            // No placeholder: most text fields are not names (a bank, a
            // school); ↓ is there for the ones that are.
            line->setToolTip(tr("↓ lists the household's names"));
        }
        break;
    }
    default:
        break;
    }
    connect(line, &QLineEdit::editingFinished, this, [this] { commit(); });
    connect(line, &QLineEdit::textChanged, this, [this] { updateHint(); });
    return line;
}

QJsonValue FieldEditor::value() const
{
    using catalog::FieldType;
    switch (m_field.type) {
    case FieldType::Select:
    case FieldType::Member: {
        const QString chosen = static_cast<QComboBox*>(m_input)->currentData().toString();
        return chosen.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(chosen);
    }
    case FieldType::Checkbox:
        return static_cast<QCheckBox*>(m_input)->isChecked();
    case FieldType::Members: {
        const auto* list = static_cast<QListWidget*>(m_input);
        QJsonArray ids;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->checkState() == Qt::Checked)
                ids.append(list->item(row)->data(Qt::UserRole).toString());
        return ids.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(ids);
    }
    default:
        break;
    }
    const QString text = static_cast<QLineEdit*>(m_input)->text().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (m_field.type == FieldType::Number) {
        bool ok = false;
        const double number = foldNumber(text).toDouble(&ok);
        if (ok)
            return number;
        // As typed: the core says what it expects.
    }
    return text;
}

void FieldEditor::setValue(const QJsonValue& value)
{
    using catalog::FieldType;
    switch (m_field.type) {
    case FieldType::Select:
    case FieldType::Member: {
        auto* box = static_cast<QComboBox*>(m_input);
        const int index = value.isString() ? box->findData(value.toString()) : -1;
        box->setCurrentIndex(qMax(0, index));
        break;
    }
    case FieldType::Checkbox: {
        auto* check = static_cast<QCheckBox*>(m_input);
        const QSignalBlocker blocker(check);
        check->setChecked(value.toBool());
        break;
    }
    case FieldType::Members: {
        auto* list = static_cast<QListWidget*>(m_input);
        const QJsonArray ids = value.toArray();
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem* item = list->item(row);
            item->setCheckState(
                ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        break;
    }
    default: {
        auto* line = static_cast<QLineEdit*>(m_input);
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 15);
        else if (value.isBool())
            text = value.toBool() ? u"true"_s : u"false"_s;
        line->setText(text);
        break;
    }
    }
    // A checkbox never set stays "not answered" until the clerk commits it.
    m_committed = (value.isUndefined() || value.isNull()) && m_field.type == FieldType::Checkbox
        ? QJsonValue(QJsonValue::Undefined)
        : this->value();
    updateHint();
}

void FieldEditor::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString FieldEditor::problem() const
{
    return m_problem->text();
}

QWidget* FieldEditor::input() const
{
    return m_input;
}

bool FieldEditor::commit()
{
    const QJsonValue current = value();
    if (current == m_committed)
        return false;
    m_committed = current;
    emit edited();
    return true;
}

bool FieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_input)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* line = qobject_cast<QLineEdit*>(m_input);
        QCompleter* completer = line ? line->completer() : nullptr;
        if (completer && key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier
            && !completer->popup()->isVisible()) {
            // Every name that fits what is typed (all of them in an empty field).
            completer->setCompletionPrefix(line->text());
            completer->complete();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & ~Qt::KeypadModifier)) {
            // Enter commits; with nothing new to commit it moves on.
            if (!commit())
                focusNextPrevChild(true);
            return true;
        }
    } else if (event->type() == QEvent::FocusOut) {
        // A choice browsed with the keys, members ticked: leaving commits.
        if (!isLineType(m_field.type) && m_field.type != catalog::FieldType::Checkbox)
            commit();
    }
    return QWidget::eventFilter(watched, event);
}

void FieldEditor::showHint(const QString& text, bool bad)
{
    m_hint->setText(text);
    m_hint->setStyleSheet(bad ? u"color: #b00020;"_s : u"color: gray;"_s);
    m_hint->setVisible(!text.isEmpty());
}

void FieldEditor::fillFromPostalCode(QLineEdit* line, const QString& typed)
{
    const auto digits = text::postalCodeDigits(typed);
    if (!digits)
        return;
    const QString code = QStringLiteral("〒%1-%2").arg(digits->left(3), digits->mid(3));
    const QStringList towns = text::addressesOfPostalCode(*digits);
    if (towns.isEmpty()) {
        showHint(tr("%1: no town has this postal code").arg(code), true);
        return;
    }
    // A few codes cover towns of several names (…南郷通, …南郷通南): what
    // they share is filled, and the hint names them all.
    QString shared = towns.first();
    for (const QString& town : towns)
        while (!town.startsWith(shared))
            shared.chop(1);
    line->setText(shared);
    showHint(towns.size() == 1 ? code : tr("%1: %2").arg(code, towns.join(QStringLiteral(" / "))),
        false);
}

void FieldEditor::updateHint()
{
    using catalog::FieldType;
    if (!isLineType(m_field.type))
        return;
    const QString text = static_cast<QLineEdit*>(m_input)->text().trimmed();
    if (text.isEmpty()) {
        showHint({}, false);
        return;
    }
    if (m_field.type == FieldType::Date || m_field.type == FieldType::EraDate) {
        const auto date = text::parseJapaneseDate(text);
        if (!date) {
            showHint({}, false);
            return;
        }
        const auto iso = text::formatIso(date.value());
        if (!iso) {
            showHint(tr("%1 — not an exact day").arg(text::formatWareki(date.value())), true);
            return;
        }
        showHint(text::formatWareki(date.value()) + u'（' + *iso + u'）', false);
    } else if (m_field.type == FieldType::MyNumber) {
        const auto digits = text::identifierDigits(text);
        if (!digits) {
            showHint(digits.error().message, true);
        } else if (digits.value().size() < text::kMyNumberLength) {
            showHint(
                tr("%1 of %2 digits").arg(digits.value().size()).arg(text::kMyNumberLength), false);
        } else {
            const auto checked = text::validateMyNumber(text);
            showHint(checked ? tr("check digit OK") : checked.error().message, !checked);
        }
    }
}

} // namespace madoguchi::ui
