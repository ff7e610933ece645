#include "visitstatusdialog.h"

#include "security/auditlog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

QString deliveryStateInWords(delivery::OutboxState state)
{
    // Literal contexts: lupdate reads the calls, not a variable.
    switch (state) {
    case delivery::OutboxState::Queued:
        return QCoreApplication::translate("DeliveryState", "queued");
    case delivery::OutboxState::Sending:
        return QCoreApplication::translate("DeliveryState", "sending");
    case delivery::OutboxState::Delivered:
        return QCoreApplication::translate("DeliveryState", "registered");
    case delivery::OutboxState::RetryWait:
        return QCoreApplication::translate("DeliveryState", "waiting to retry");
    case delivery::OutboxState::Rejected:
        return QCoreApplication::translate("DeliveryState", "refused by the system");
    case delivery::OutboxState::Cancelled:
        return QCoreApplication::translate("DeliveryState", "cancelled");
    case delivery::OutboxState::Handled:
        return QCoreApplication::translate("DeliveryState", "handled by hand");
    case delivery::OutboxState::Held:
        return QCoreApplication::translate("DeliveryState", "held for review");
    }
    return {};
}

VisitStatusDialog::VisitStatusDialog(const visit::VisitStatus& status, QWidget* parent)
    : QDialog(parent)
    , m_ref(status.ref)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("visitStatusDialog"));
    setWindowTitle(tr("Visit %1").arg(status.ref));
    setAccessibleName(tr("Visit %1").arg(status.ref));

    auto* header = new QFormLayout;
    const auto addRow = [&](const QString& label, const QString& value, const char* name) {
        auto* field = new QLabel(value.isEmpty() ? QStringLiteral("-") : value, this);
        field->setObjectName(QLatin1String(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        header->addRow(label, field);
    };
    addRow(tr("Visit"), status.ref, "visitRef");
    addRow(tr("Resident (宛名番号)"), status.atenaNo, "visitAtena");
    addRow(tr("Life event"), status.eventType, "visitEvent");
    addRow(tr("Event date"), status.eventDate, "visitEventDate");
    addRow(tr("Clerk"), status.staff, "visitStaff");
    addRow(tr("Office"), status.office, "visitOffice");
    // Stored in UTC (ISO 8601); the hall reads Japan time.
    const QDateTime submitted = QDateTime::fromString(status.submittedAt, Qt::ISODateWithMs);
    addRow(tr("Submitted"),
        submitted.isValid() ? submitted.toTimeZone(security::japanTime())
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : status.submittedAt,
        "visitSubmittedAt");

    m_table->setObjectName(QStringLiteral("visitApplications"));
    m_table->setAccessibleName(tr("Applications of the visit"));
    const QStringList columns{tr("Procedure"), tr("System"), tr("Member"), tr("State"),
        tr("Attempts"), tr("Next attempt"), tr("Receipt"), tr("Error")};
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(status.applications.size()));
    for (int row = 0; row < status.applications.size(); ++row) {
        const visit::ApplicationStatus& a = status.applications[row];
        const QString member = a.memberAtenaNo.isEmpty() ? a.member
            : a.member.isEmpty()                         ? a.memberAtenaNo
                                 : QStringLiteral("%1 (%2)").arg(a.member, a.memberAtenaNo);
        const QString next
            = a.state == delivery::OutboxState::RetryWait && a.nextAttemptAt.isValid()
            ? a.nextAttemptAt.toTimeZone(security::japanTime()).toString(QStringLiteral("HH:mm:ss"))
            : QString();
        const QStringList cells{a.procedureId, a.system, member, deliveryStateInWords(a.state),
            QString::number(a.attempts), next, a.receipt, a.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            // The whole reply is in the tooltip: a back-end's message can be long.
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    // Only Close: the dialog changes nothing (Esc closes it as well).
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("visitStatusButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

} // namespace madoguchi::ui
