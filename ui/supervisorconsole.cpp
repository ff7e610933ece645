#include "supervisorconsole.h"

#include "approvalspanel.h"
#include "auditpanel.h"
#include "queue/dayexport.h"
#include "roompanel.h"
#include "security/accesscontrol.h"
#include "submissionspanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace madoguchi::ui {

SupervisorConsole::SupervisorConsole(
    storage::Database& db, security::AccessControl& access, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_access(access)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("supervisorConsole"));
    setWindowTitle(tr("Supervisor console — %1").arg(access.session().staffId));
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->setAccessibleName(tr("Supervisor console"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_room = new RoomPanel(db, access, m_tabs);
    m_submissions = new SubmissionsPanel(db, access, m_tabs);
    m_approvals = new ApprovalsPanel(db, access, m_tabs);
    m_audit = new AuditPanel(db, access, m_tabs);
    // The key is in the tab's text so that it can be learnt by looking.
    m_tabs->addTab(m_room, tr("&1 Room"));
    m_tabs->addTab(m_submissions, tr("&2 Submissions"));
    m_tabs->addTab(m_approvals, tr("&3 Approvals"));
    m_tabs->addTab(m_audit, tr("&4 Audit log"));
    m_tabs->setTabToolTip(Room, tr("The live room: waiting, counters, charts (Ctrl+1)"));
    m_tabs->setTabToolTip(Submissions, tr("The outbox: failed and retrying submissions (Ctrl+2)"));
    m_tabs->setTabToolTip(Approvals, tr("Overrides, unlocks and corrections to decide (Ctrl+3)"));
    m_tabs->setTabToolTip(Audit, tr("The audit log and its review queries (Ctrl+4)"));

    auto say = [this](const QString& text) { statusBar()->showMessage(text, 15000); };
    connect(m_room, &RoomPanel::message, this, say);
    connect(m_submissions, &SubmissionsPanel::message, this, say);
    connect(m_approvals, &ApprovalsPanel::message, this, say);
    connect(m_audit, &AuditPanel::message, this, say);

    m_chooseDirectory = [](QWidget* owner) {
        return QFileDialog::getExistingDirectory(
            owner, tr("Export the day's tickets and visits to"), QDir::homePath());
    };
    createActions();
    statusBar()->setObjectName(QStringLiteral("consoleStatus"));
    resize(1280, 800);
}

SupervisorConsole::~SupervisorConsole() = default;

void SupervisorConsole::setChooseDirectory(ChooseDirectory choose)
{
    m_chooseDirectory = std::move(choose);
}

void SupervisorConsole::createActions()
{
    QMenu* console = menuBar()->addMenu(tr("&Console"));
    console->setObjectName(QStringLiteral("consoleMenu"));
    QToolBar* bar = addToolBar(tr("Console"));
    bar->setObjectName(QStringLiteral("consoleToolBar"));
    bar->setMovable(false);

    QAction* refresh = console->addAction(tr("&Refresh"), this, &SupervisorConsole::refreshCurrent);
    refresh->setObjectName(QStringLiteral("consoleRefreshAction"));
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refresh->setToolTip(tr("Read the current tab again (Ctrl+R)"));
    QAction* exportDay
        = console->addAction(tr("&Export the Day's CSV…"), this, &SupervisorConsole::exportToday);
    exportDay->setObjectName(QStringLiteral("consoleExportAction"));
    exportDay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportDay->setToolTip(tr("Write today's tickets and visits as CSV files (Ctrl+E)"));
    console->addSeparator();
    QAction* close = console->addAction(tr("&Close"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("consoleCloseAction"));
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    bar->addAction(refresh);
    bar->addAction(exportDay);

    // Ctrl+1 … Ctrl+4 open a tab; Ctrl+Tab and Ctrl+Shift+Tab step through
    // them (QTabWidget's own keys, when the focus is inside it).
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("consoleGoMenu"));
    for (int tab = Room; tab <= Audit; ++tab) {
        QAction* open = go->addAction(QString(m_tabs->tabText(tab)).remove(QLatin1Char('&')), this,
            [this, tab] { m_tabs->setCurrentIndex(tab); });
        open->setObjectName(QStringLiteral("consoleTab%1Action").arg(tab + 1));
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
    }
    go->addSeparator();
    QAction* next = go->addAction(tr("&Next Tab"), this,
        [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    next->setObjectName(QStringLiteral("consoleNextTabAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction* previous = go->addAction(tr("&Previous Tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previous->setObjectName(QStringLiteral("consolePreviousTabAction"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
}

void SupervisorConsole::refreshCurrent()
{
    switch (m_tabs->currentIndex()) {
    case Room:
        m_room->refresh();
        break;
    case Submissions:
        m_submissions->refresh();
        break;
    case Approvals:
        m_approvals->refresh();
        break;
    case Audit:
        m_audit->refresh();
        break;
    }
    statusBar()->showMessage(tr("Refreshed."), 3000);
}

void SupervisorConsole::exportToday()
{
    const QString directory = m_chooseDirectory ? m_chooseDirectory(this) : QString();
    if (directory.isEmpty())
        return;
    const QDate today = m_access.clock().now().toLocalTime().date();
    const auto written = queue::exportDay(m_db, m_access, today, directory);
    if (!written) {
        const QString text
            = tr("The day's CSV could not be written: %1").arg(written.error().message);
        statusBar()->showMessage(text);
        // Plainly, in a box that stays until read; not modal for the app.
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Export"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("consoleExportError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    statusBar()->showMessage(tr("Exported %1 tickets to %2 and %3 visits to %4.")
                                 .arg(written->tickets)
                                 .arg(QDir::toNativeSeparators(written->ticketsPath))
                                 .arg(written->visits)
                                 .arg(QDir::toNativeSeparators(written->visitsPath)));
}

} // namespace madoguchi::ui
