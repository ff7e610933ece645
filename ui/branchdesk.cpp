#include "branchdesk.h"

#include "branchstatus.h"
#include "branchsyncer.h"
#include "desksettings.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace madoguchi::ui {

BranchDesk::BranchDesk(QMainWindow& window, QStatusBar& bar, storage::Database& replica,
    std::function<void()> openSettings)
    : QObject(&window)
    , m_bar(bar)
    , m_syncer(new BranchSyncer(replica, this))
    , m_status(new BranchStatus(replica, *m_syncer, &bar))
{
    bar.insertPermanentWidget(0, m_status);

    m_menu = new QMenu(tr("&Branch"), &window);
    m_menu->setObjectName(QStringLiteral("branchMenu"));
    QAction* syncNow = m_menu->addAction(tr("Sync &Now"), this, [this] {
        if (!m_syncer->syncNow() && m_syncer->isSyncing())
            m_bar.showMessage(tr("A sync with the hall is already running."), 5000);
    });
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    // Ctrl+R reads the screen again; Ctrl+Shift+R is the console's retry;
    // Y for sYnc is free everywhere (docs/desk.md, "Keyboard").
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QAction* help = nullptr;
    for (QAction* action : window.menuBar()->actions())
        if (action->menu() && action->menu()->objectName() == QLatin1String("helpMenu"))
            help = action;
    window.menuBar()->insertMenu(help, m_menu);

    connect(m_syncer, &BranchSyncer::noHall, this, [this, openSettings] {
        m_bar.showMessage(tr("No hall is set for this branch: enter its URL in the settings."));
        if (openSettings)
            openSettings();
    });
    connect(m_syncer, &BranchSyncer::started, this,
        [this] { m_bar.showMessage(tr("Syncing with the hall…")); });
    connect(m_syncer, &BranchSyncer::progress, this,
        [this](const QString& phase, qint64 done, qint64 total) {
            m_bar.showMessage(total > 0
                    ? tr("Syncing with the hall: %1, %2 of %3").arg(phase).arg(done).arg(total)
                    : tr("Syncing with the hall: %1, %2").arg(phase).arg(done));
        });
    connect(m_syncer, &BranchSyncer::attempted, this,
        [this](const QString& message) { m_bar.showMessage(message, 15000); });
    applySettings();
}

BranchDesk::~BranchDesk()
{
    delete m_menu;
    delete m_status;
}

void BranchDesk::setCatalog(std::shared_ptr<const catalog::Catalog> catalog)
{
    m_status->setCatalog(std::move(catalog));
}

void BranchDesk::applySettings()
{
    const DeskSettings settings;
    m_syncer->setHallUrl(settings.hallUrl());
    m_syncer->setIntervalMinutes(settings.syncMinutes());
    m_status->refresh();
}

} // namespace madoguchi::ui
