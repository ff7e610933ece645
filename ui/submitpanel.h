#pragma once

#include "visit/visitinprogress.h"
#include "visit/visitstatus.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi::ui {

// The Submit step (issue #7, 1g): what goes to which back-end system and
// what is left out (with the clerk's reasons), one action to submit it all
// (Ctrl+Enter), then each application's delivery live — queued, sending,
// registered with the system's receipt, waiting to retry and why, refused —
// and the receipt and guidance slip (受付案内票) to print (Ctrl+P).
class SubmitPanel : public QWidget {
    Q_OBJECT
public:
    explicit SubmitPanel(const QString& language, QWidget* parent = nullptr);

    // Before submitting: the visit as it stands.
    void showReady(const visit::VisitInProgress& visit);
    // After: the applications and their delivery (called again on every refresh).
    void showStatus(const visit::VisitStatus& status);
    void setError(const QString& message);

    QPushButton* submitButton() const { return m_submit; }
    QPushButton* printSlipButton() const { return m_printSlip; }
    QTableWidget* statusTable() const { return m_table; }
    bool submitted() const { return m_submitted; }

signals:
    void submitRequested();
    void printSlipRequested();
    void saveSlipRequested();
    void nextResidentRequested();

private:
    QString m_language;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_printSlip = nullptr;
    QPushButton* m_saveSlip = nullptr;
    QPushButton* m_next = nullptr;
    bool m_submitted = false;
    const catalog::Catalog* m_catalog = nullptr;
    // Member id (m2) → name, from the visit's household, for both tables.
    QHash<QString, QString> m_names;
};

} // namespace madoguchi::ui
