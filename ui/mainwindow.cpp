#include "mainwindow.h"

#include "branchdesk.h"
#include "branchsyncer.h"
#include "catalog/catalogloader.h"
#include "catalog/cataloglocation.h"
#include "catalog/catalogstore.h"
#include "catalogpanel.h"
#include "databaseopener.h"
#include "databasestatusbar.h"
#include "desksettings.h"
#include "findpanel.h"
#include "homepage.h"
#include "registry/registeraccess.h"
#include "registry/registersummary.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/permissions.h"
#include "sessionstatus.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/databasesecretstore.h"
#include "supervisorconsole.h"
#include "sync/replicakeys.h"
#include "sync/syncstate.h"
#include "visitpage.h"

#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>

namespace madoguchi::ui {

MainWindow::MainWindow(
    std::unique_ptr<storage::Database> database, const QString& language, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_language(language)
    , m_status(new DatabaseStatusBar(this))
    , m_session(new SessionStatus(m_status))
{
    Q_ASSERT(m_database);
    setObjectName(QStringLiteral("mainWindow"));
    setStatusBar(m_status);
    createPage();
    m_status->insertPermanentWidget(0, m_session);
    createMenus();
    resize(1280, 800);
    attachReplicaKey();
    offerBranchMode();
    refresh();
    loadCatalog();
}

void MainWindow::offerBranchMode()
{
    delete m_branch; // it read the database that goes
    m_branch = nullptr;
    auto state = sync::loadSyncState(*m_database);
    if (!state || !state->isBranch())
        return;
    m_branch = new BranchDesk(*this, *m_status, *m_database, [this] { openSettings(); });
    connect(m_branch->syncer(), &BranchSyncer::registerChanged, this, &MainWindow::refresh);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_database->location().displayName(), this);
    if (dialog.exec() == QDialog::Accepted && m_branch)
        m_branch->applySettings();
}

// A branch replica's protected values (個人番号, 支援措置 and entitlement
// details) open with its key from the keychain; without it they are
// withheld and the status bar says why (docs/branch.md, "Replica at rest").
void MainWindow::attachReplicaKey()
{
    auto code = sync::replicaBranchCode(m_database->sql());
    if (!code || code->isEmpty())
        return;
    if (Status attached = sync::attachReplicaCipher(*m_database, storage::databaseSecretStore());
        !attached)
        m_status->showMessage(attached.error().message);
}

// The catalog is read once at start: a city's new procedure file shows
// after a restart, and a broken folder never replaces a good catalog
// (catalog/catalogstore.h).
void MainWindow::loadCatalog()
{
    const catalog::CatalogLocation location = catalog::locateCatalog(QString());
    m_catalogs = std::make_unique<catalog::CatalogStore>(location.directory);
    const catalog::CatalogLoad load = m_catalogs->reload();
    const QString where = location.origin == catalog::CatalogLocation::Origin::BuiltIn
        ? tr("built-in")
        : location.directory;
    if (load.ok())
        homePage()->catalogPanel()->showCatalog(
            *load.catalog, where, m_language, QDate::currentDate());
    else
        homePage()->catalogPanel()->showProblems(load.problems, where);
    // A branch compares it with the catalog the hall published.
    if (m_branch)
        m_branch->setCatalog(m_catalogs->current());
    wirePage();
}

MainWindow::~MainWindow()
{
    // Before m_access goes: the console works through it.
    delete m_console;
    delete m_branch; // waits for a sync in flight
    // The page's statements (the ticket store's) go before the connection.
    if (m_page)
        m_page->setSession(nullptr, nullptr, nullptr);
    sync::detachReplicaCipher(m_database->sql());
}

HomePage* MainWindow::homePage() const
{
    return m_page->homePage();
}

void MainWindow::createPage()
{
    m_page = new VisitPage(*m_database, m_language, this);
    setCentralWidget(m_page); // deletes the old page and all it held
    connect(m_page, &VisitPage::message, this,
        [this](const QString& text) { m_status->showMessage(text, 10000); });
}

void MainWindow::setDatabase(std::unique_ptr<storage::Database> database)
{
    Q_ASSERT(database);
    clearSession(); // it reached the old database
    delete m_branch;
    m_branch = nullptr;
    sync::detachReplicaCipher(m_database->sql());
    m_database = std::move(database);
    attachReplicaKey();
    offerBranchMode();
    createPage(); // the old page read the old database
    refresh();
    loadCatalog();
}

void MainWindow::setSession(const security::Session& session)
{
    clearSession();
    m_audit = std::make_unique<security::AuditLog>(*m_database);
    m_access = std::make_unique<security::AccessControl>(session, *m_audit);
    m_register = std::make_unique<registry::RegisterAccess>(*m_database, *m_access);
    wirePage();
    offerSupervisorMenu();
}

void MainWindow::clearSession()
{
    emit sessionEnded();
    closeSupervisorConsole();
    if (m_page)
        m_page->setSession(nullptr, nullptr, nullptr);
    m_register.reset();
    m_access.reset();
    m_audit.reset();
    offerSupervisorMenu();
}

void MainWindow::wirePage()
{
    if (!m_register || !m_catalogs) {
        m_page->setSession(nullptr, nullptr, nullptr);
        return;
    }
    m_page->setSession(m_register.get(), m_access.get(), m_catalogs->current());
    m_page->homePage()->findPanel()->queryEdit()->setFocus();
}

void MainWindow::startOver()
{
    createPage();
    m_status->clearMessage();
    refresh();
    loadCatalog();
}

void MainWindow::refresh()
{
    m_status->showDatabase(*m_database);
    const auto summary = registry::loadRegisterSummary(*m_database);
    if (summary)
        homePage()->showSummary(summary.value());
    else
        homePage()->showError(summary.error().message);
    const QString city = summary ? summary->cityName : QString();
    PrintHeader header;
    header.cityName = summary ? summary->cityName : QString();
    m_page->setPrintHeader(header);
    setWindowTitle(city.isEmpty() ? tr("Madoguchi") : tr("Madoguchi — %1").arg(city));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences key where it has one (Ctrl+, on macOS);
    // where it has none (GNOME, offscreen), Ctrl+, as most applications use.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferences.isEmpty())
        preferences << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    settings->setShortcuts(preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* logout = file->addAction(tr("Log &Out…"), this, &MainWindow::logoutRequested);
    logout->setObjectName(QStringLiteral("logoutAction"));
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // Not F5 (QKeySequence::Refresh): F2–F9 are the visit's steps.
    refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QMenu* languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(languages);
    group->setExclusive(true);
    // Each language is named in itself, so anyone can find their own.
    const QList<QPair<QString, QString>> choices{
        {QStringLiteral("ja"), QStringLiteral("日本語(&J)")},
        {QStringLiteral("en"), QStringLiteral("&English")}};
    for (const auto& [code, name] : choices) {
        QAction* action = languages->addAction(name);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == m_language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    languages->addSeparator();
    languages->addAction(tr("Takes effect at the next start"))->setEnabled(false);

    // The Supervisor menu stands in the menu bar only while a role that may
    // approve is logged in (offerSupervisorMenu); a clerk never sees it.
    m_supervisorMenu = new QMenu(tr("&Supervisor"), this);
    m_supervisorMenu->setObjectName(QStringLiteral("supervisorMenu"));
    QAction* console
        = m_supervisorMenu->addAction(tr("&Console…"), this, [this] { openSupervisorConsole(); });
    console->setObjectName(QStringLiteral("supervisorConsoleAction"));
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About Madoguchi"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::offerSupervisorMenu()
{
    if (!m_supervisorMenu)
        return;
    const bool may
        = m_access && security::roleMay(m_access->session().role, security::Permission::Approve);
    QAction* entry = m_supervisorMenu->menuAction();
    const bool shown = menuBar()->actions().contains(entry);
    if (may && !shown) {
        QAction* help = findChild<QMenu*>(QStringLiteral("helpMenu"))->menuAction();
        menuBar()->insertAction(help, entry);
    } else if (!may && shown) {
        menuBar()->removeAction(entry);
    }
    entry->setEnabled(may);
}

SupervisorConsole* MainWindow::openSupervisorConsole()
{
    if (!m_access || !security::roleMay(m_access->session().role, security::Permission::Approve))
        return nullptr;
    if (!m_console) {
        m_console = new SupervisorConsole(*m_database, *m_access, this);
        m_console->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_console->show();
    m_console->raise();
    m_console->activateWindow();
    return m_console;
}

SupervisorConsole* MainWindow::supervisorConsole() const
{
    return m_console;
}

void MainWindow::closeSupervisorConsole()
{
    // At once, not deleteLater(): the access it works through may go next.
    delete m_console;
}

void MainWindow::openDatabase()
{
    DatabaseOpener opener(this, DatabaseOpener::GiveUp::Cancel);
    auto database = opener.ask(m_database->location().displayName());
    if (!database)
        return;
    setDatabase(std::move(database));
    DeskSettings settings;
    if (settings.setDatabaseLocation(opener.opened()))
        m_status->showMessage(tr("This database opens the next time Madoguchi starts."), 8000);
    else
        m_status->showMessage(
            tr("This database is not remembered: its URL contains a password."), 8000);
    emit databaseChanged();
}

void MainWindow::chooseLanguage(const QString& language)
{
    DeskSettings settings;
    settings.setLanguage(language);
    if (language == m_language)
        return;
    const QString name
        = language == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English");
    QMessageBox::information(
        this, tr("Language"), tr("Madoguchi will use %1 the next time it starts.").arg(name));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Madoguchi"),
        tr("<h3>Madoguchi %1</h3>"
           "<p>The one-stop counter for city halls: find the resident, see every procedure a "
           "life event needs, fill each form from the register and submit them all at once.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(MADOGUCHI_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace madoguchi::ui
