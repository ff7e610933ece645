#pragma once

#include "formdocument.h"
#include "queue/ticketstore.h"
#include "stepbar.h"
#include "visit/visitinprogress.h"
#include "visit/visitstatus.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace madoguchi::catalog {
struct Catalog;
}
namespace madoguchi::registry {
class RegisterAccess;
}
namespace madoguchi::security {
class AccessControl;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

class ChecklistPanel;
class DeliveryFollower;
class DeskTicket;
class EventPanel;
class HomePage;
class InterviewPanel;
class OutsideData;
class ResidentView;
class ReviewPanel;
class SubmitPanel;

// The desk's one flow (issue #7): Find → Resident → Life event → Checklist
// → Interview → Review and print → Submit, the steps across the top (F2 …
// F8), Esc one step back without losing anything, Ctrl+Enter on to the
// next, Ctrl+N a new visit. It holds the visit in progress
// (visit::VisitInProgress) and reads and writes only through the session's
// services: search and profile through RegisterAccess (audited, rights,
// 支援措置), the submission through submitVisit().
class VisitPage : public QWidget {
    Q_OBJECT
public:
    using FileAsker = std::function<QString(QWidget* parent, const QString& suggested)>;
    // Lets the clerk choose the printer (the system print dialog); false:
    // cancelled. Tests print to a PDF file instead.
    using PrinterChooser
        = std::function<bool(QPrinter& printer, QWidget* parent, const QString& title)>;

    VisitPage(storage::Database& db, const QString& language, QWidget* parent = nullptr);
    ~VisitPage() override;

    // The session's access; null ends it (logout): back to an empty Find.
    void setSession(registry::RegisterAccess* reg, security::AccessControl* access,
        std::shared_ptr<const catalog::Catalog> catalog);
    // City and office printed on every page.
    void setPrintHeader(const PrintHeader& header) { m_header = header; }
    // The day the desk counts deadlines and ages from (default: today).
    void setToday(QDate today) { m_today = today; }
    QDate today() const;
    void setFileAsker(FileAsker asker);
    void setPrinterChooser(PrinterChooser chooser) { m_choosePrinter = std::move(chooser); }

    void goTo(VisitStep step);
    VisitStep current() const { return m_step; }
    void back();
    void next();
    // A new visit: asks first when work would be lost.
    void newVisit();
    void chooseResident(const QString& atenaNo);
    void submit();
    // F12: calls the next waiting ticket of this desk's counter (the setting
    // session/counter, docs/queue.md) and shows its number and why it is
    // next. The ticket being served is finished first when its visit has
    // been submitted (or nothing was started for it); otherwise the clerk is
    // told to finish the visit. Choosing a resident starts serving it; the
    // submission links the visit to it; Ctrl+N after the submission finishes it.
    void callNextTicket();
    // Shift+F12: the resident called did not come.
    void markNoShow();
    const std::optional<queue::Ticket>& ticket() const;
    // The counter this desk calls for; empty: the setting.
    void setCounter(const QString& counter) { m_counter = counter; }
    // The counter this desk calls for: setCounter's, or the settings'.
    QString counter() const;
    // F9 in the interview: every open 個人番号 question asked per member is
    // answered from the register — each number revealed through
    // RegisterAccess with the visit as its purpose (audited, rights), so
    // the clerk types none and the resident writes none.
    void fillMyNumbersFromRegister();
    // The 個人番号 question `key` (of `member`) answered with the number of
    // `whose` from the register (revealed with the visit as its purpose).
    void answerMyNumberOf(const QString& key, const QString& member, const QString& whose);

    HomePage* homePage() const { return m_home; }
    StepBar* stepBar() const { return m_steps; }
    ResidentView* residentView() const { return m_resident; }
    EventPanel* eventPanel() const { return m_event; }
    ChecklistPanel* checklistPanel() const { return m_checklist; }
    InterviewPanel* interviewPanel() const { return m_interview; }
    ReviewPanel* reviewPanel() const { return m_review; }
    SubmitPanel* submitPanel() const { return m_submit; }
    // F10 (read a pre-entry or certificate code) and F11 (documents).
    OutsideData* outsideData() const { return m_outside; }
    QPushButton* nextButton() const { return m_nextButton; }
    const visit::VisitInProgress* visit() const { return m_visit.get(); }
    // The submitted visit, live; empty before the submission.
    const std::optional<visit::VisitStatus>& submitted() const { return m_status; }
    // The slip as a PDF (Submit step), where `file` says.
    Status saveSlip(const QString& file);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // For the status bar.
    void message(const QString& text);

private:
    void createShortcuts();
    void updateSteps();
    void showStep(VisitStep step);
    void eventConfirmed(const QString& eventType, QDate date, const QJsonObject& answers);
    void answered(const QJsonObject& answers);
    void decided(const Status& status);
    void refreshChecklist();
    void printSlip();
    PrintHeader header() const;
    bool workWouldBeLost() const;

    storage::Database& m_db;
    QString m_language;
    registry::RegisterAccess* m_register = nullptr;
    security::AccessControl* m_access = nullptr;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    std::unique_ptr<visit::VisitInProgress> m_visit;
    std::optional<visit::VisitStatus> m_status;
    PrintHeader m_header;
    QDate m_today;
    VisitStep m_step = VisitStep::Find;
    FileAsker m_askFile;
    PrinterChooser m_choosePrinter;
    QString m_counter;
    DeskTicket* m_ticket = nullptr;

    StepBar* m_steps = nullptr;
    QStackedWidget* m_stack = nullptr;
    HomePage* m_home = nullptr;
    QWidget* m_residentHolder = nullptr;
    ResidentView* m_resident = nullptr;
    EventPanel* m_event = nullptr;
    ChecklistPanel* m_checklist = nullptr;
    InterviewPanel* m_interview = nullptr;
    ReviewPanel* m_review = nullptr;
    SubmitPanel* m_submit = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QLabel* m_hint = nullptr;
    DeliveryFollower* m_delivery = nullptr;
    OutsideData* m_outside = nullptr;
};

} // namespace madoguchi::ui
