#pragma once

#include "delivery/outboxitem.h"
#include "visit/visitstatus.h"

#include <QDialog>

class QTableWidget;

namespace madoguchi::ui {

// A delivery state as the supervisor reads it ("refused by the system").
QString deliveryStateInWords(delivery::OutboxState state);

// A visit as the supervisor opens it from the Submissions tab: who, which
// event, which counter, and each application with its state, attempts,
// receipt and the back-end's reply. Read-only; Esc closes. The caller read
// the status through visit::loadVisitStatus (audited as a profile view).
class VisitStatusDialog : public QDialog {
    Q_OBJECT
public:
    explicit VisitStatusDialog(const visit::VisitStatus& status, QWidget* parent = nullptr);

    const QString& visitRef() const { return m_ref; }
    QTableWidget* applicationsTable() const { return m_table; }

private:
    QString m_ref;
    QTableWidget* m_table = nullptr;
};

} // namespace madoguchi::ui
