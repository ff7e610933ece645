#pragma once

#include <QDateTime>
#include <QLabel>
#include <QTimer>
#include <memory>

namespace madoguchi::catalog {
struct Catalog;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::ui {

class BranchSyncer;

// The status bar's word on a branch desk (docs/desk.md, "At a branch
// office"): which branch, whether the hall answers, and how old the
// replica's data is, in words and colours —
//   "Branch K01 · online · synced 3 min ago" (green)
//   "Branch K01 · OFFLINE since 10:42 · data from 09:58 (2 h ago)" (amber)
// and red, with the consequence, when the 支援措置 are older than the limit
// (registry::flagFreshness): every resident then needs a supervisor's
// unlock. Amber too, with the procedures named, when the desk's catalog is
// not the one the hall published (docs/branch.md, "The catalog"):
//   "… · catalog differs from the hall's: missing jidouteate.nintei@3; update
//   this PC's catalog"
// Read again every 30 s and after each sync attempt.
class BranchStatus : public QLabel {
    Q_OBJECT
public:
    enum class Level { Ok, Warning, Danger };

    BranchStatus(storage::Database& replica, BranchSyncer& syncer, QWidget* parent = nullptr);

    void refresh();
    // The catalog the desk builds checklists from (null: none loaded, nothing
    // compared).
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);
    Level level() const { return m_level; }

    // "3 min ago", "2 h ago", "4 days ago" from `then` to `now`.
    static QString age(const QDateTime& then, const QDateTime& now);

private:
    storage::Database& m_replica;
    BranchSyncer& m_syncer;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    QTimer m_timer;
    Level m_level = Level::Ok;
};

} // namespace madoguchi::ui
