#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace madoguchi::ui {

// Opens a database the way a person expects: when it fails, a dialog says
// why (the message from core) and offers to choose another database, until
// one opens or the person gives up.
class DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // What giving up means: quitting the desk (at start) or keeping the
    // database already open (from the File menu).
    enum class GiveUp { Quit, Cancel };

    DatabaseOpener(QWidget* parent, GiveUp giveUp);

    // Tries `location`; null when the person gave up. `opened()` names the
    // location that finally opened (it may differ from `location`).
    std::unique_ptr<storage::Database> open(const QString& location);
    // Reports `error` for `location` first, then carries on as open().
    std::unique_ptr<storage::Database> recover(const QString& location, const QString& error);
    // Asks for a location first (the File menu's Open Database…).
    std::unique_ptr<storage::Database> ask(const QString& current);

    const QString& opened() const { return m_opened; }

private:
    bool offerAnother(const QString& location, const QString& error);

    QWidget* m_parent;
    GiveUp m_giveUp;
    QString m_opened;
};

} // namespace madoguchi::ui
