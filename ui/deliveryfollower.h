#pragma once

#include "visit/visitstatus.h"

#include <QObject>

class QTimer;

namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

// Follows a submitted visit's delivery once a second
// (visit::refreshDeliveryStates: outbox rows only, not audited again) until
// every application is in a final state: registered, refused, cancelled or
// handled by hand.
class DeliveryFollower : public QObject {
    Q_OBJECT
public:
    DeliveryFollower(storage::Database& db, QObject* parent = nullptr);

    // Refreshes `status` in place until it is final or stop(); it must
    // outlive the following.
    void follow(visit::VisitStatus* status);
    void stop();

signals:
    void refreshed();
    void failed(const QString& message);

private:
    void refresh();

    storage::Database& m_db;
    QTimer* m_timer = nullptr;
    visit::VisitStatus* m_status = nullptr;
};

} // namespace madoguchi::ui
