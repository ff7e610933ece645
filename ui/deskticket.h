#pragma once

#include "queue/ticketstore.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QLabel;

namespace madoguchi::security {
class AccessControl;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

// The queue ticket of the resident at this desk (docs/queue.md, "At the
// desk"): called, served once the resident is chosen, linked to the visit
// at its submission, done when the next visit starts, or a no-show. Shows
// its number in `label`, with why it was called as the tooltip. The visit
// page decides when; this class talks to the ticket store.
class DeskTicket : public QObject {
    Q_OBJECT
public:
    DeskTicket(storage::Database& db, QLabel* label, QObject* parent = nullptr);
    ~DeskTicket() override;

    // The session's access (staff id, clock); null: nobody is logged in.
    // With `counter` (this desk's, when set) the ticket store readies that
    // counter's calls now, so the session's first call is as quick as the
    // others (TicketStore::prepareCalls).
    void setAccess(security::AccessControl* access, const QString& counter = {});
    const std::optional<queue::Ticket>& ticket() const { return m_ticket; }

    // Calls the next waiting ticket of `counter`; false when none was called
    // (nobody waiting, or an error, said through message()).
    bool callNext(const QString& counter);
    // The ticket's visit is over (or nothing was started for it): done.
    bool finish();
    void startServing();
    void linkVisit(const QString& ref);
    // The resident called did not come.
    void noShow();
    // Forgets the ticket (a logout): nothing is changed in the store.
    void clear();

signals:
    void message(const QString& text);

private:
    bool advance(const std::function<Result<queue::Ticket>(
            queue::TicketStore&, qint64 id, const QString& staff)>& change);
    void show(const QString& why = {});

    storage::Database& m_db;
    QLabel* m_label = nullptr;
    security::AccessControl* m_access = nullptr;
    // One store for the session: its statements stay prepared on the
    // connection from call to call.
    std::unique_ptr<queue::TicketStore> m_store;
    std::optional<queue::Ticket> m_ticket;
};

} // namespace madoguchi::ui
