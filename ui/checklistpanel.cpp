#include "checklistpanel.h"

#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

namespace {

enum Column { ProcedureColumn, ReasonColumn, DeadlineColumn, DepartmentColumn, StatusColumn };

// Column 0 of a group row: the member's id (empty for the household).
constexpr int kGroupRole = Qt::UserRole + 1;
// Column 0 of a procedure row: its index in m_rows.
constexpr int kRowRole = Qt::UserRole + 2;

QString keyOf(const QString& procedure, const QString& member)
{
    return member.isEmpty() ? procedure : procedure + QLatin1Char('/') + member;
}

QString defaultReasonAsker(QWidget* parent, const QString& title, const QString& prompt)
{
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, prompt, QLineEdit::Normal, QString(), &ok);
    return ok ? text.trimmed() : QString();
}

} // namespace

ChecklistPanel::ChecklistPanel(const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_language(language)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_showNotApplicable(new QCheckBox(tr("Show procedures that do &not apply"), this))
    , m_details(new QLabel(this))
    , m_leaveOutButton(new QPushButton(tr("Leave &out…"), this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_askReason(defaultReasonAsker)
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_summary->setAccessibleName(tr("Checklist summary"));
    m_summary->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setAccessibleName(tr("Procedures of the visit"));
    m_tree->setAccessibleDescription(
        tr("Delete or Space leaves the selected procedure out, keeps it again, adds it or "
           "removes an addition"));
    m_tree->setHeaderLabels({tr("Procedure"), tr("Reason"), tr("Deadline"), tr("Department"),
        tr("Documents / status")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line a cell (two where a cell says two things): QTreeView does not
    // size rows for wrapped text; the details below show the selected row whole.
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->installEventFilter(this);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProcedureColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DeadlineColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DepartmentColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    // Widths in the height of a line: about that many Japanese characters.
    const int em = fontMetrics().height();
    m_tree->setColumnWidth(ProcedureColumn, 16 * em);
    m_tree->setColumnWidth(DeadlineColumn, 12 * em);
    m_tree->setColumnWidth(DepartmentColumn, 8 * em);
    m_tree->setColumnWidth(StatusColumn, 15 * em);

    m_details->setObjectName(QStringLiteral("checklistDetails"));
    m_details->setAccessibleName(tr("The selected procedure"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(em / 4);

    m_showNotApplicable->setObjectName(QStringLiteral("checklistShowNotApplicable"));
    m_showNotApplicable->setAccessibleName(tr("Show procedures that do not apply"));
    m_leaveOutButton->setObjectName(QStringLiteral("checklistLeaveOut"));
    m_addButton->setObjectName(QStringLiteral("checklistAdd"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showNotApplicable);
    buttons->addStretch(1);
    buttons->addWidget(m_leaveOutButton);
    buttons->addWidget(m_addButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_showNotApplicable, &QCheckBox::toggled, this, [this] { rebuild(); });
    connect(m_leaveOutButton, &QPushButton::clicked, this, &ChecklistPanel::toggleCurrent);
    connect(m_addButton, &QPushButton::clicked, this, &ChecklistPanel::toggleCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        updateDetails();
    });
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem* item) {
        m_collapsed.insert(item->data(ProcedureColumn, kGroupRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        m_collapsed.remove(item->data(ProcedureColumn, kGroupRole).toString());
    });
    updateButtons();
    updateDetails();
}

void ChecklistPanel::showChecklist(const catalog::Forms& forms,
    const QMap<QString, QString>& leftOut, const QMap<QString, QString>& added)
{
    const QJsonObject household = forms.context.value(QLatin1String("household")).toObject();
    const QJsonArray members = household.value(QLatin1String("members")).toArray();
    const QDate today
        = QDate::fromString(forms.context.value(QLatin1String("today")).toString(), Qt::ISODate);
    const QString listSeparator
        = m_language == QLatin1String("en") ? QStringLiteral("; ") : QStringLiteral("、");

    m_groups.clear();
    m_rows.clear();
    m_groups.append({QString(), tr("Household")});
    QHash<QString, QString> memberLabels;
    for (const QJsonValue& value : members) {
        const QJsonObject m = value.toObject();
        const QString id = m.value(QLatin1String("id")).toString();
        const QString name = m.value(QLatin1String("name_kanji")).toString();
        const QString relationship = m.value(QLatin1String("relationship")).toString();
        const QString label = relationship.isEmpty()
            ? QStringLiteral("%1 %2").arg(id, name)
            : tr("%1 %2 (%3)", "a member: id, name, relationship").arg(id, name, relationship);
        memberLabels.insert(id, label);
        m_groups.append({id, label});
    }
    const auto ensureGroup = [&](const QString& member) {
        if (!member.isEmpty() && !memberLabels.contains(member)) {
            memberLabels.insert(member, member);
            m_groups.append({member, member});
        }
    };

    const auto department = [&](const catalog::Procedure* procedure) {
        const catalog::System* system
            = forms.catalog ? forms.catalog->system(procedure->system) : nullptr;
        return system ? system->names.in(m_language) : procedure->system;
    };
    const auto deadline = [&](const std::optional<QDate>& day, bool& overdue) {
        overdue = false;
        if (!day || !day->isValid())
            return QString();
        QString shown = text::formatDay(*day);
        if (today.isValid()) {
            const int days = int(today.daysTo(*day));
            overdue = days < 0;
            shown += QLatin1Char('\n')
                + (days > 0         ? tr("%n day(s) left", nullptr, days)
                        : days == 0 ? tr("due today")
                                    : tr("%n day(s) overdue", nullptr, -days));
        }
        return shown;
    };
    const auto openForm = [&](const catalog::ChecklistItem& item) {
        for (const catalog::FilledForm& form : forms.forms)
            if (form.procedure == item.procedure && form.member == item.member)
                return !form.complete();
        return false;
    };
    const auto itemRow = [&](const catalog::ChecklistItem& item, Kind kind) {
        Row row;
        row.key = keyOf(item.procedure->id, item.member);
        row.member = item.member;
        row.kind = kind;
        row.name = item.procedure->names.in(m_language);
        row.reason = item.reason.in(m_language);
        row.deadline = deadline(item.deadline, row.overdue);
        row.department = department(item.procedure);
        QStringList documents;
        for (const catalog::LocalizedText& d : item.documents)
            documents << d.in(m_language);
        row.documents = documents.join(listSeparator);
        QStringList status;
        if (kind == Kind::LeftOut)
            status << tr("left out: %1").arg(leftOut.value(row.key));
        if (kind == Kind::Added)
            status << tr("added: %1").arg(added.value(row.key, item.reason.in(m_language)));
        if (kind != Kind::LeftOut && openForm(item))
            status << tr("questions open");
        row.status = status.join(QStringLiteral(" · "));
        ensureGroup(item.member);
        return row;
    };

    QSet<QString> shownKeys;
    for (const catalog::ChecklistItem& item : forms.checklist.applies) {
        const QString key = keyOf(item.procedure->id, item.member);
        m_rows.append(itemRow(item, leftOut.contains(key) ? Kind::LeftOut : Kind::Applies));
        shownKeys.insert(key);
    }
    for (const catalog::ChecklistItem& item : forms.additions) {
        m_rows.append(itemRow(item, Kind::Added));
        shownKeys.insert(m_rows.last().key);
    }
    for (const catalog::NotApplicableItem& item : forms.checklist.notApplicable) {
        Row row;
        row.key = keyOf(item.procedure->id, item.member);
        if (shownKeys.contains(row.key))
            continue; // added by the clerk: shown as an addition
        row.member = item.member;
        row.kind = item.notInForce ? Kind::NotInForce : Kind::NotApplicable;
        row.name = item.procedure->names.in(m_language);
        row.reason = item.why.in(m_language);
        row.department = department(item.procedure);
        row.status
            = item.notInForce ? tr("not in force on the day of the event") : tr("does not apply");
        ensureGroup(item.member);
        shownKeys.insert(row.key);
        m_rows.append(row);
    }

    int procedures = 0;
    int leftOutCount = 0;
    int addedCount = 0;
    for (const Row& row : std::as_const(m_rows)) {
        procedures += row.kind == Kind::Applies || row.kind == Kind::Added ? 1 : 0;
        leftOutCount += row.kind == Kind::LeftOut ? 1 : 0;
        addedCount += row.kind == Kind::Added ? 1 : 0;
    }
    m_summary->setText(QStringList{tr("%n procedure(s) for %1", nullptr, procedures)
                                       .arg(tr("%n person(s)", nullptr, int(members.size()))),
        tr("%n left out", nullptr, leftOutCount), tr("%n added", nullptr, addedCount)}
                           .join(QStringLiteral(" · ")));
    rebuild();
}

void ChecklistPanel::rebuild()
{
    // What to select again: the same key, else the row where it was.
    QString selectedKey;
    QString selectedGroup;
    bool groupSelected = false;
    int selectedIndex = -1;
    if (QTreeWidgetItem* current = m_tree->currentItem()) {
        selectedKey = current->data(ProcedureColumn, Qt::UserRole).toString();
        if (!current->parent()) {
            groupSelected = true;
            selectedGroup = current->data(ProcedureColumn, kGroupRole).toString();
        }
        int index = 0;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it, ++index)
            if (*it == current)
                selectedIndex = index;
    }
    const int scroll = m_tree->verticalScrollBar()->value();
    const bool hadItems = m_tree->topLevelItemCount() > 0;

    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor overdue = QColor(0xb0, 0x00, 0x20);
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    const bool showAll = m_showNotApplicable->isChecked();
    // Measured on Japanese text: its fallback font is taller than the Latin one.
    const int twoLines
        = fontMetrics()
              .boundingRect(QRect(0, 0, 10000, 10000), Qt::AlignLeft, QStringLiteral("令和\n令和"))
              .height()
        + fontMetrics().height() / 4;
    for (const Group& group : std::as_const(m_groups)) {
        QList<QTreeWidgetItem*> children;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const Row& row = m_rows.at(i);
            if (row.member != group.member)
                continue;
            const bool notApplicable
                = row.kind == Kind::NotApplicable || row.kind == Kind::NotInForce;
            if (notApplicable && !showAll)
                continue;
            auto* item = new QTreeWidgetItem;
            item->setText(ProcedureColumn, row.name);
            item->setText(ReasonColumn, row.reason);
            item->setText(DeadlineColumn, row.deadline);
            item->setText(DepartmentColumn, row.department);
            QString status = row.status;
            if (!status.isEmpty() && !row.documents.isEmpty())
                status += QLatin1Char('\n');
            status += row.documents;
            item->setText(StatusColumn, status);
            for (int c = ProcedureColumn; c <= StatusColumn; ++c)
                item->setToolTip(c, item->text(c));
            item->setData(ProcedureColumn, Qt::UserRole, row.key);
            item->setData(ProcedureColumn, kRowRole, int(i));
            item->setData(ProcedureColumn, Qt::AccessibleDescriptionRole, row.status);
            // Two lines for a procedure to do (deadline and days left, status
            // and documents), whatever fonts the lines fall back to.
            if (!notApplicable)
                item->setSizeHint(ProcedureColumn, QSize(1, twoLines));
            if (row.kind == Kind::LeftOut || notApplicable) {
                for (int c = ProcedureColumn; c <= StatusColumn; ++c) {
                    item->setForeground(c, grey);
                    QFont font = item->font(c);
                    if (row.kind == Kind::LeftOut && c != StatusColumn)
                        font.setStrikeOut(true);
                    if (notApplicable)
                        font.setItalic(true);
                    item->setFont(c, font);
                }
            } else if (row.overdue) {
                item->setForeground(DeadlineColumn, overdue);
            }
            if (row.kind == Kind::Added) {
                QFont font = item->font(StatusColumn);
                font.setBold(true);
                item->setFont(StatusColumn, font);
            }
            children.append(item);
        }
        if (children.isEmpty())
            continue;
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(ProcedureColumn, group.label);
        top->setData(ProcedureColumn, kGroupRole, group.member);
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont bold = top->font(ProcedureColumn);
        bold.setBold(true);
        top->setFont(ProcedureColumn, bold);
        top->addChildren(children);
        top->setFirstColumnSpanned(true);
        top->setExpanded(!m_collapsed.contains(group.member));
    }
    fitColumns();
    m_tree->setUpdatesEnabled(true);

    QTreeWidgetItem* select = nullptr;
    int index = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it, ++index) {
        QTreeWidgetItem* item = *it;
        const bool match = groupSelected
            ? !item->parent() && item->data(ProcedureColumn, kGroupRole).toString() == selectedGroup
            : !selectedKey.isEmpty()
                && item->data(ProcedureColumn, Qt::UserRole).toString() == selectedKey;
        if (match) {
            select = item;
            break;
        }
    }
    if (!select && selectedIndex >= 0) {
        index = 0;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it, ++index) {
            select = *it;
            if (index >= selectedIndex)
                break;
        }
    }
    if (select)
        m_tree->setCurrentItem(select);
    if (hadItems) {
        m_tree->doItemsLayout();
        m_tree->verticalScrollBar()->setValue(scroll);
    }
    updateButtons();
    updateDetails();
}

void ChecklistPanel::fitColumns()
{
    // The name, deadline and department columns as wide as their widest
    // line (within bounds); the reason takes the rest.
    const int em = fontMetrics().height();
    const auto widest = [this](int column) {
        int width = 0;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if (!(*it)->parent())
                continue;
            const QFontMetrics metrics((*it)->font(column));
            for (const QString& line : (*it)->text(column).split(QLatin1Char('\n')))
                width = qMax(width, metrics.horizontalAdvance(line));
        }
        return width;
    };
    m_tree->setColumnWidth(ProcedureColumn,
        qBound(12 * em, widest(ProcedureColumn) + m_tree->indentation() + em, 20 * em));
    m_tree->setColumnWidth(DeadlineColumn, qBound(6 * em, widest(DeadlineColumn) + em, 16 * em));
    m_tree->setColumnWidth(
        DepartmentColumn, qBound(6 * em, widest(DepartmentColumn) + em, 11 * em));
}

void ChecklistPanel::updateDetails()
{
    const Row* row = currentRow();
    if (!row) {
        m_details->setText(tr("Select a procedure to see its reason, deadline and documents "
                              "in full."));
        return;
    }
    QString who = tr("Household");
    for (const Group& group : std::as_const(m_groups))
        if (!row->member.isEmpty() && group.member == row->member)
            who = group.label;
    QStringList lines{QStringLiteral("%1 — %2").arg(row->name, who), row->reason};
    QStringList facts;
    if (!row->deadline.isEmpty())
        facts << tr("Deadline: %1")
                     .arg(QString(row->deadline).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    if (!row->department.isEmpty())
        facts << tr("Department: %1").arg(row->department);
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral(" · "));
    if (!row->documents.isEmpty())
        lines << tr("Documents: %1").arg(row->documents);
    if (!row->status.isEmpty())
        lines << row->status;
    m_details->setText(lines.join(QLatin1Char('\n')));
}

const ChecklistPanel::Row* ChecklistPanel::currentRow() const
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    if (!current || !current->parent())
        return nullptr;
    const int index = current->data(ProcedureColumn, kRowRole).toInt();
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

void ChecklistPanel::updateButtons()
{
    const Row* row = currentRow();
    const Kind kind = row ? row->kind : Kind::NotInForce;
    m_leaveOutButton->setText(kind == Kind::LeftOut ? tr("&Keep") : tr("Leave &out…"));
    m_leaveOutButton->setAccessibleName(kind == Kind::LeftOut
            ? tr("Keep the selected procedure")
            : tr("Leave the selected procedure out"));
    m_leaveOutButton->setEnabled(row && (kind == Kind::Applies || kind == Kind::LeftOut));
    m_addButton->setText(kind == Kind::Added ? tr("Re&move") : tr("&Add…"));
    m_addButton->setAccessibleName(kind == Kind::Added ? tr("Remove the selected addition")
                                                       : tr("Add the selected procedure"));
    m_addButton->setEnabled(row && (kind == Kind::NotApplicable || kind == Kind::Added));
}

void ChecklistPanel::setShowNotApplicable(bool show)
{
    m_showNotApplicable->setChecked(show);
}

QString ChecklistPanel::currentKey() const
{
    const Row* row = currentRow();
    return row ? row->key : QString();
}

bool ChecklistPanel::selectKey(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->parent() && (*it)->data(ProcedureColumn, Qt::UserRole).toString() == key) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

QString ChecklistPanel::askReason(const QString& title, const QString& prompt)
{
    const QString reason
        = m_askReason ? m_askReason(this, title, prompt) : defaultReasonAsker(this, title, prompt);
    return reason.trimmed();
}

void ChecklistPanel::toggleCurrent()
{
    const Row* row = currentRow();
    if (!row)
        return;
    // Copies: asking opens a dialog, during which the rows may be shown again.
    const QString key = row->key;
    const QString name = row->name;
    QString who = tr("the household");
    for (const Group& group : std::as_const(m_groups))
        if (!row->member.isEmpty() && group.member == row->member)
            who = group.label;
    switch (row->kind) {
    case Kind::Applies: {
        const QString reason = askReason(tr("Reason for leaving out"),
            tr("Why is %1 left out for %2? The reason is recorded with the visit.").arg(name, who));
        if (!reason.isEmpty())
            emit leaveOutRequested(key, reason);
        break;
    }
    case Kind::LeftOut:
        emit keepRequested(key);
        break;
    case Kind::NotApplicable: {
        const QString reason = askReason(tr("Reason for adding"),
            tr("Why is %1 added for %2? The reason is recorded with the visit.").arg(name, who));
        if (!reason.isEmpty())
            emit addRequested(key, reason);
        break;
    }
    case Kind::Added:
        emit removeAdditionRequested(key);
        break;
    case Kind::NotInForce:
        break;
    }
}

bool ChecklistPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Space)
            && currentRow()) {
            toggleCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace madoguchi::ui
