#pragma once

#include "branchstatus.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QMainWindow;
class QMenu;
class QStatusBar;

namespace madoguchi::catalog {
struct Catalog;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

class BranchSyncer;

// What a desk on a branch replica has that others do not (docs/desk.md,
// "At a branch office"): the Branch menu with Sync Now (Ctrl+Shift+Y), the
// status widget, the background syncs, and a sync's progress in the status
// bar. MainWindow makes one when the open database's meta has branch.code,
// and drops it (menu and widget with it) before that database closes.
class BranchDesk : public QObject {
    Q_OBJECT
public:
    // `openSettings` is called when Sync Now finds no hall to sync with.
    BranchDesk(QMainWindow& window, QStatusBar& bar, storage::Database& replica,
        std::function<void()> openSettings);
    ~BranchDesk() override;

    // The hall and the interval from DeskSettings (at start, after Settings).
    void applySettings();
    // The catalog the desk loaded, compared with the hall's (the status widget).
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);

    BranchSyncer* syncer() const { return m_syncer; }
    BranchStatus* status() const { return m_status; }

private:
    QStatusBar& m_bar;
    BranchSyncer* m_syncer = nullptr;
    QPointer<BranchStatus> m_status;
    QPointer<QMenu> m_menu;
};

} // namespace madoguchi::ui
