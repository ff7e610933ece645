#include "approvalspanel.h"

#include "approval/reconciletext.h"
#include "panelbutton.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

using approval::ApprovalKind;
using approval::ApprovalRequest;
using approval::ApprovalState;

QString japanTimeText(const QDateTime& at)
{
    return at.isValid()
        ? at.toTimeZone(security::japanTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
}

// A register value as the correction stored it (text, a number for sex).
QString shown(const QJsonValue& value)
{
    const QString text = value.toVariant().toString();
    return text.isEmpty() ? QStringLiteral("∅") : text;
}

} // namespace

ApprovalsPanel::ApprovalsPanel(
    storage::Database& db, security::AccessControl& access, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_access(access)
    , m_askComment([](QWidget* asker, const QString& question) -> std::optional<QString> {
        bool ok = false;
        const QString comment = QInputDialog::getText(
            asker, tr("Comment"), question, QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(comment) : std::nullopt;
    })
    , m_state(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_deny(new QPushButton(tr("Deny…"), this))
{
    setObjectName(QStringLiteral("approvalsPanel"));
    m_state->setObjectName(QStringLiteral("approvalsState"));
    m_state->setAccessibleName(tr("Show requests that are"));
    m_state->addItem(tr("Pending"), approval::approvalStateName(ApprovalState::Pending));
    m_state->addItem(tr("Approved"), approval::approvalStateName(ApprovalState::Approved));
    m_state->addItem(tr("Denied"), approval::approvalStateName(ApprovalState::Denied));
    m_state->addItem(tr("Any state"), QString());
    m_kind->setObjectName(QStringLiteral("approvalsKind"));
    m_kind->setAccessibleName(tr("Show requests of the kind"));
    m_kind->addItem(tr("Any kind"), QString());
    for (ApprovalKind kind : {ApprovalKind::ChecklistOverride, ApprovalKind::SupportUnlock,
             ApprovalKind::RegisterCorrection, ApprovalKind::Reconcile})
        m_kind->addItem(kindInWords(kind), approval::approvalKindName(kind));
    m_message->setObjectName(QStringLiteral("approvalsMessage"));
    m_message->setAccessibleName(tr("Result of the last decision"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(tr("Approval requests"));
    const QStringList columns{tr("Kind"), tr("Requested at"), tr("Requested by"), tr("Resident"),
        tr("Visit"), tr("What"), tr("Reason"), tr("State"), tr("Decided by"), tr("Comment")};
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    bindPanelButton(this, m_approve, "approvalsApprove",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { approveSelected(); });
    bindPanelButton(this, m_deny, "approvalsDeny", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        [this] { denySelected(); });

    auto* top = new QHBoxLayout;
    auto* stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    top->addWidget(stateLabel);
    top->addWidget(m_state);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_deny);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_state, &QComboBox::currentIndexChanged, this, &ApprovalsPanel::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ApprovalsPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPanel::updateButtons);
    refresh();
}

ApprovalsPanel::~ApprovalsPanel() = default;

void ApprovalsPanel::setAskComment(AskComment ask)
{
    m_askComment = std::move(ask);
}

QString ApprovalsPanel::kindInWords(ApprovalKind kind)
{
    switch (kind) {
    case ApprovalKind::ChecklistOverride:
        return tr("Checklist override");
    case ApprovalKind::SupportUnlock:
        return tr("支援措置 unlock");
    case ApprovalKind::RegisterCorrection:
        return tr("Register correction (仮登録)");
    case ApprovalKind::Reconcile:
        return tr("Branch visit: register changed at the hall");
    }
    return {};
}

QString ApprovalsPanel::describeDetails(const ApprovalRequest& request)
{
    const QJsonObject& d = request.details;
    switch (request.kind) {
    case ApprovalKind::ChecklistOverride: {
        QString title = d[QStringLiteral("title")].toString();
        if (title.isEmpty())
            title = d[QStringLiteral("procedure")].toString();
        const QString member = d[QStringLiteral("member")].toString();
        const bool added = d[QStringLiteral("decision")].toString() == QLatin1String("added");
        if (member.isEmpty())
            return added ? tr("added %1").arg(title) : tr("left out %1").arg(title);
        return added ? tr("added %1 for %2").arg(title, member)
                     : tr("left out %1 for %2").arg(title, member);
    }
    case ApprovalKind::SupportUnlock:
        return tr("%1, %2 min")
            .arg(d[QStringLiteral("scope")].toString())
            .arg(d[QStringLiteral("minutes")].toInt());
    case ApprovalKind::RegisterCorrection: {
        QStringList changes;
        const QJsonObject fields = d[QStringLiteral("changes")].toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            changes << QStringLiteral("%1: %2 → %3")
                           .arg(it.key(), shown(change[QStringLiteral("from")]),
                               shown(change[QStringLiteral("to")]));
        }
        return changes.join(QStringLiteral("; "));
    }
    case ApprovalKind::Reconcile:
        // One line per changed record, both versions; the cell's tooltip
        // shows them all when the column is narrow.
        return approval::reconcileLines(request.visitRef, d).join(QLatin1Char('\n'));
    }
    return {};
}

void ApprovalsPanel::refresh()
{
    const auto kept = selectedRequest();
    approval::ApprovalFilter filter;
    filter.state = approval::approvalStateFromName(m_state->currentData().toString());
    filter.kind = approval::approvalKindFromName(m_kind->currentData().toString());
    approval::Approvals approvals(m_db, m_access);
    auto listed = approvals.list(filter);
    if (!listed) {
        m_requests.clear();
        showRequests();
        say(listed.error().message, true);
        return;
    }
    m_requests = listed.value();
    showRequests();
    if (kept)
        selectRequest(kept->id);
    updateButtons();
}

void ApprovalsPanel::showRequests()
{
    const QSignalBlocker quiet(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const ApprovalRequest& r = m_requests[row];
        const QString state = r.state == ApprovalState::Pending ? tr("pending")
            : r.state == ApprovalState::Approved                ? tr("approved")
                                                                : tr("denied");
        const QStringList cells{kindInWords(r.kind), japanTimeText(r.requestedAt), r.requestedBy,
            r.atenaNo, r.visitRef, describeDetails(r), r.reason, state, r.decidedBy, r.comment};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setData(Qt::UserRole, r.id);
            cell->setToolTip(cells[column]);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

std::optional<ApprovalRequest> ApprovalsPanel::selectedRequest() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const int row = selected.first()->row();
    if (row < 0 || row >= m_requests.size())
        return std::nullopt;
    return m_requests[row];
}

bool ApprovalsPanel::selectRequest(qint64 id)
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests[row].id == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void ApprovalsPanel::updateButtons()
{
    const auto request = selectedRequest();
    const bool pending = request && request->state == ApprovalState::Pending;
    m_approve->setEnabled(pending);
    m_deny->setEnabled(pending);
}

void ApprovalsPanel::approveSelected()
{
    decide(true);
}

void ApprovalsPanel::denySelected()
{
    decide(false);
}

void ApprovalsPanel::decide(bool approve)
{
    const auto request = selectedRequest();
    if (!request) {
        say(tr("Choose a request first."), true);
        return;
    }
    const QString what
        = tr("%1 for %2 (%3)")
              .arg(kindInWords(request->kind), request->atenaNo, describeDetails(*request));
    const auto comment = m_askComment(this,
        approve ? tr("Approve %1? A comment (optional, recorded):").arg(what)
                : tr("Deny %1? Why (required, recorded):").arg(what));
    if (!comment)
        return;
    if (!approve && comment->trimmed().isEmpty()) {
        say(tr("A denial needs a comment: nothing was decided."), true);
        return;
    }
    approval::Approvals approvals(m_db, m_access);
    const auto decided = approve ? approvals.approve(request->id, *comment)
                                 : approvals.deny(request->id, *comment);
    refresh();
    if (!decided) {
        selectRequest(request->id);
        say(decided.error().message, true);
        return;
    }
    say(approve ? tr("Approved: %1.").arg(what) : tr("Denied: %1.").arg(what), false);
}

void ApprovalsPanel::say(const QString& text, bool failure)
{
    m_message->setText(text);
    m_message->setStyleSheet(failure ? QStringLiteral("QLabel { color: #a4262c; }") : QString());
    m_message->setVisible(!text.isEmpty());
    emit message(text);
}

} // namespace madoguchi::ui
