#include "submissionspanel.h"

#include "delivery/outbox.h"
#include "delivery/outboxadministration.h"
#include "panelbutton.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "visit/visitstatus.h"
#include "visitstatusdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

using delivery::OutboxItem;
using delivery::OutboxState;

// The outbox's states in the order the counts are shown.
// Held (a branch's application waiting for a reconcile decision) comes
// first with the refused ones: both wait for a supervisor.
const QList<OutboxState> kStates{OutboxState::Rejected, OutboxState::Held, OutboxState::RetryWait,
    OutboxState::Queued, OutboxState::Sending, OutboxState::Delivered, OutboxState::Cancelled,
    OutboxState::Handled};
// Rows read per state: a day's outbox fits; more is counted as "1000+".
constexpr int kLimit = 1000;
// The reason recorded for a single retry: the button asks nothing (the
// supervisor retries after the back-end or the data was fixed), but the
// core wants a reason in the audit chain.
const char kRetryReason[] = "retried from the supervisor console";

QString japanTimeText(const QDateTime& at)
{
    return at.isValid()
        ? at.toTimeZone(security::japanTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
}

} // namespace

SubmissionsPanel::SubmissionsPanel(
    storage::Database& db, security::AccessControl& access, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_access(access)
    , m_askReason([](QWidget* asker, const QString& question) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            asker, tr("Reason"), question, QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    })
    , m_confirm([](QWidget* asker, const QString& question) {
        return QMessageBox::question(asker, tr("Retry"), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    })
    , m_filter(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_detail(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_cancel(new QPushButton(tr("Cancel…"), this))
    , m_handled(new QPushButton(tr("Mark handled…"), this))
    , m_open(new QPushButton(tr("Open visit"), this))
    , m_retryAll(new QPushButton(tr("Retry all failed…"), this))
{
    setObjectName(QStringLiteral("submissionsPanel"));
    const auto names = [](std::initializer_list<OutboxState> states) {
        QStringList list;
        for (OutboxState s : states)
            list << delivery::stateName(s);
        return list;
    };
    m_filter->setObjectName(QStringLiteral("submissionsFilter"));
    m_filter->setAccessibleName(tr("Show applications that are"));
    m_filter->addItem(tr("Problems: refused or waiting to retry"),
        names({OutboxState::Rejected, OutboxState::RetryWait}));
    for (OutboxState s : kStates)
        m_filter->addItem(deliveryStateInWords(s), names({s}));
    QStringList all;
    for (OutboxState s : kStates)
        all << delivery::stateName(s);
    m_filter->addItem(tr("All states"), all);
    m_counts->setObjectName(QStringLiteral("submissionsCounts"));
    m_counts->setAccessibleName(tr("Applications per state"));
    m_counts->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("submissionsMessage"));
    m_message->setAccessibleName(tr("Result of the last action"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("submissionsTable"));
    m_table->setAccessibleName(tr("Applications in the outbox"));
    const QStringList columns{tr("Visit"), tr("Procedure"), tr("System"), tr("State"),
        tr("Attempts"), tr("Next attempt"), tr("Last error"), tr("Updated")};
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_detail->setObjectName(QStringLiteral("submissionsDetail"));
    m_detail->setAccessibleName(tr("The selected application and the back-end's reply"));
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(140);

    // Shortcuts work while the tab has the focus; Ctrl+R stays the console's Refresh.
    bindPanelButton(this, m_retry, "submissionsRetry",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { retrySelected(); });
    bindPanelButton(this, m_cancel, "submissionsCancel",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { cancelSelected(); });
    bindPanelButton(this, m_handled, "submissionsHandled",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), [this] { markHandledSelected(); });
    bindPanelButton(this, m_open, "submissionsOpenVisit", QKeySequence(Qt::CTRL | Qt::Key_O),
        [this] { openSelectedVisit(); });
    bindPanelButton(this, m_retryAll, "submissionsRetryAll",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { retryAllFailed(); });

    auto* top = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_counts, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_handled);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_retryAll);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &SubmissionsPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showDetail();
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemActivated, this, &SubmissionsPanel::openSelectedVisit);
    refresh();
}

SubmissionsPanel::~SubmissionsPanel() = default;

VisitStatusDialog* SubmissionsPanel::visitDialog() const
{
    return m_visitDialog;
}

void SubmissionsPanel::setAskReason(AskReason ask)
{
    m_askReason = std::move(ask);
}

void SubmissionsPanel::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void SubmissionsPanel::refresh()
{
    const auto kept = selectedItem();
    delivery::Outbox outbox(m_db, m_access.clock());
    const QStringList wanted = m_filter->currentData().toStringList();
    QList<OutboxItem> shown;
    QStringList counts;
    int failures = 0;
    for (OutboxState state : kStates) {
        auto items = outbox.inState(state, kLimit);
        if (!items) {
            say(items.error().message, true);
            return;
        }
        QString count = items->size() >= kLimit ? QStringLiteral("%1+").arg(kLimit)
                                                : QString::number(items->size());
        if (state == OutboxState::RetryWait) {
            const auto longOnes = std::count_if(items->cbegin(), items->cend(),
                [this](const OutboxItem& item) { return isLongRetrying(item); });
            if (longOnes > 0)
                count += tr(" (%1 long)").arg(longOnes);
        }
        if (state == OutboxState::Rejected)
            failures = int(items->size());
        counts << QStringLiteral("%1 %2").arg(deliveryStateInWords(state), count);
        if (wanted.contains(delivery::stateName(state)))
            shown += items.value();
    }
    m_counts->setText(counts.join(QStringLiteral(" · ")));
    m_failures = failures;
    showItems(shown);
    if (kept)
        selectItem(kept->id);
    showDetail();
    updateButtons();
}

bool SubmissionsPanel::isLongRetrying(const OutboxItem& item) const
{
    if (item.state != OutboxState::RetryWait)
        return false;
    const QDateTime now = m_access.clock().now();
    return item.attempts >= kLongRetryAttempts
        || (item.createdAt.isValid() && item.createdAt.secsTo(now) >= kLongRetryMinutes * 60);
}

void SubmissionsPanel::showItems(const QList<OutboxItem>& items)
{
    const QSignalBlocker quiet(m_table);
    m_items = items;
    m_table->clearContents();
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const OutboxItem& item = items[row];
        const bool longRetrying = isLongRetrying(item);
        QString state = deliveryStateInWords(item.state);
        if (longRetrying)
            state = tr("%1 — long").arg(state);
        const QString next
            = item.state == OutboxState::RetryWait ? japanTimeText(item.nextAttemptAt) : QString();
        // The table shows the first line; the detail box the whole reply.
        // A held row has no error of its own: say where its decision is made.
        const QString error = item.state == OutboxState::Held
            ? tr("the register changed at the hall since the branch read it; a supervisor "
                 "decides in Approvals")
            : item.lastError.section(QLatin1Char('\n'), 0, 0).left(160);
        const QStringList cells{item.visitRef, item.procedureId, item.system, state,
            QString::number(item.attempts), next, error, japanTimeText(item.updatedAt)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setData(Qt::UserRole, item.id);
            if (longRetrying) {
                cell->setBackground(QColor(0xff, 0xf4, 0xce));
                cell->setToolTip(tr("Waiting to retry for %1 attempts or more, or for more than "
                                    "%2 minutes")
                                     .arg(kLongRetryAttempts)
                                     .arg(kLongRetryMinutes));
            } else if (item.state == OutboxState::Rejected) {
                cell->setForeground(QColor(0xa4, 0x26, 0x2c));
            }
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
}

std::optional<OutboxItem> SubmissionsPanel::selectedItem() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const int row = selected.first()->row();
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items[row];
}

bool SubmissionsPanel::selectItem(const QString& id)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void SubmissionsPanel::showDetail()
{
    const auto item = selectedItem();
    if (!item) {
        m_detail->clear();
        return;
    }
    QStringList lines{
        tr("Application %1 of visit %2").arg(item->id, item->visitRef),
        tr("Procedure %1 (version %2), system %3")
            .arg(item->procedureId)
            .arg(item->procedureVersion)
            .arg(item->system),
        tr("State: %1, %n attempt(s)", nullptr, item->attempts)
            .arg(deliveryStateInWords(item->state)),
    };
    if (isLongRetrying(*item))
        lines << tr("Long-retrying: consider cancelling it or settling it by hand.");
    if (!item->receipt.isEmpty())
        lines << tr("Receipt: %1").arg(item->receipt);
    lines << tr("The back-end's reply:")
          << (item->lastError.isEmpty() ? tr("(none)") : item->lastError);
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void SubmissionsPanel::updateButtons()
{
    const auto item = selectedItem();
    const auto in = [&](std::initializer_list<OutboxState> states) {
        return item && std::find(states.begin(), states.end(), item->state) != states.end();
    };
    m_retry->setEnabled(in({OutboxState::Rejected, OutboxState::RetryWait}));
    m_cancel->setEnabled(in({OutboxState::Queued, OutboxState::RetryWait, OutboxState::Rejected}));
    m_handled->setEnabled(in({OutboxState::RetryWait, OutboxState::Rejected}));
    m_open->setEnabled(item.has_value());
    m_retryAll->setEnabled(m_failures > 0);
}

void SubmissionsPanel::say(const QString& text, bool failure)
{
    m_message->setText(text);
    m_message->setStyleSheet(failure ? QStringLiteral("QLabel { color: #a4262c; }") : QString());
    m_message->setVisible(!text.isEmpty());
    emit message(text);
}

void SubmissionsPanel::retrySelected()
{
    decide(Decision::Retry);
}

void SubmissionsPanel::cancelSelected()
{
    decide(Decision::Cancel);
}

void SubmissionsPanel::markHandledSelected()
{
    decide(Decision::Handled);
}

void SubmissionsPanel::decide(Decision decision)
{
    const auto item = selectedItem();
    if (!item) {
        say(tr("Choose an application first."), true);
        return;
    }
    const QString what = tr("%1 of visit %2").arg(item->procedureId, item->visitRef);
    QString reason = QLatin1String(kRetryReason);
    if (decision != Decision::Retry) {
        const auto answer = m_askReason(this,
            decision == Decision::Cancel
                ? tr("Why will %1 not be sent? (recorded in the audit log)").arg(what)
                : tr("How was %1 settled by hand? (recorded in the audit log)").arg(what));
        if (!answer)
            return;
        reason = *answer;
    }
    delivery::OutboxAdministration admin(m_db, m_access);
    const Result<OutboxItem> done = decision == Decision::Retry ? admin.retry(item->id, reason)
        : decision == Decision::Cancel                          ? admin.cancel(item->id, reason)
                                       : admin.markHandled(item->id, reason);
    if (!done) {
        say(done.error().message, true);
        refresh();
        return;
    }
    refresh();
    selectItem(item->id);
    say(decision == Decision::Retry        ? tr("%1 is queued again and goes out now.").arg(what)
            : decision == Decision::Cancel ? tr("%1 is cancelled: it will not be sent.").arg(what)
                                           : tr("%1 is marked as handled by hand.").arg(what),
        false);
}

void SubmissionsPanel::retryAllFailed()
{
    delivery::Outbox outbox(m_db, m_access.clock());
    auto failed = outbox.inState(OutboxState::Rejected, kLimit);
    if (!failed) {
        say(failed.error().message, true);
        return;
    }
    const int count = int(failed->size());
    if (count == 0) {
        say(tr("No application was refused: nothing to retry."), false);
        refresh();
        return;
    }
    // Waiting ones are left alone: they retry by themselves, and a bulk
    // retry is only for what is known to have failed.
    if (!m_confirm(this,
            tr("Send all %n refused application(s) again? Those waiting to retry are left as "
               "they are.",
                nullptr, count)))
        return;
    const auto reason = m_askReason(
        this, tr("Why can the %n refused application(s) be sent again?", nullptr, count));
    if (!reason)
        return;
    delivery::OutboxAdministration admin(m_db, m_access);
    int retried = 0;
    QString firstError;
    for (const OutboxItem& item : failed.value()) {
        const auto done = admin.retry(item.id, *reason);
        if (done) {
            ++retried;
            continue;
        }
        firstError = done.error().message;
        // Nothing went through yet: a missing right or reason, the same for
        // every item; one refusal in the log is enough.
        if (retried == 0)
            break;
    }
    refresh();
    if (firstError.isEmpty())
        say(tr("%n refused application(s) queued again.", nullptr, retried), false);
    else
        say(tr("%1 of %2 refused applications queued again. %3")
                .arg(retried)
                .arg(count)
                .arg(firstError),
            true);
}

void SubmissionsPanel::openSelectedVisit()
{
    const auto item = selectedItem();
    if (!item) {
        say(tr("Choose an application first."), true);
        return;
    }
    auto status = visit::loadVisitStatus(m_db, m_access, item->visitRef);
    if (!status) {
        say(status.error().message, true);
        return;
    }
    if (m_visitDialog)
        m_visitDialog->close();
    auto* dialog = new VisitStatusDialog(status.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_visitDialog = dialog;
    dialog->show();
    say(tr("Visit %1 opened.").arg(item->visitRef), false);
}

} // namespace madoguchi::ui
