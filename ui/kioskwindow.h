#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "queue/ticketstore.h"

#include <QDateTime>
#include <QString>
#include <QWidget>
#include <functional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTimer;

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

// What a kiosk prints on a ticket.
struct KioskTicket {
    QString number;
    QString purposeJa;
    QString purposeEn;
    queue::PriorityClass priority = queue::PriorityClass::Ordinary;
    int peopleAhead = 0;
    QDateTime issuedAt;
};

// Prints one ticket; an error is shown (the number stays on the screen).
using TicketPrinter = std::function<Status(const KioskTicket&)>;

// Prints on the system's default printer without a dialog.
Status printOnDefaultPrinter(const KioskTicket& ticket);

// The ticket kiosk (issue #8 item 3): touch-friendly, one big button per
// active purpose (Japanese large, English small) and a row of priority
// choices. A press issues a ticket through TicketStore, shows its number,
// purpose and the people ahead in huge type for a few seconds and prints it.
// Its words are Japanese and English at once, like the display board's.
// A database that fails is said in plain words, never a crash.
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    explicit KioskWindow(
        storage::Database& db, const Clock& clock = Clock::system(), QWidget* parent = nullptr);
    ~KioskWindow() override;

    void setPrinter(TicketPrinter printer) { m_printer = std::move(printer); }
    // How long the issued ticket stays on the screen (default 6 s).
    void setShowDuration(int milliseconds) { m_showMs = milliseconds; }

    // Reads the purposes again (at start, and after an error).
    void reloadPurposes();
    // What a press of the purpose's button does.
    void issue(const QString& purposeId);
    // Back to the purpose buttons.
    void showChoices();

    queue::PriorityClass chosenPriority() const;
    // The message shown after a failure, empty otherwise.
    QString errorText() const;

signals:
    void ticketIssued(const madoguchi::ui::KioskTicket& ticket);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showError(const QString& japanese, const QString& english, const QString& detail);
    void applyScale();

    queue::TicketStore m_store;
    TicketPrinter m_printer;
    int m_showMs = 6000;
    QList<queue::QueuePurpose> m_purposes;
    QStackedWidget* m_pages = nullptr;
    QGridLayout* m_purposeGrid = nullptr;
    QButtonGroup* m_priorities = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_purposeShown = nullptr;
    QLabel* m_ahead = nullptr;
    QLabel* m_printNote = nullptr;
    QTimer* m_back = nullptr;
    QTimer* m_retry = nullptr;
};

} // namespace madoguchi::ui
