#include "settingsdialog.h"

#include "desksettings.h"
#include "storage/databaselocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QSysInfo>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The remembered location as it may be shown: never with a password.
QString shownLocation(const QString& location)
{
    const auto parsed = storage::parseDatabaseLocation(location);
    return parsed ? parsed->displayName() : QString();
}

} // namespace

SettingsDialog::SettingsDialog(const QString& openDatabase, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_fontScale(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_office(new QLineEdit(this))
    , m_terminal(new QLineEdit(this))
    , m_counter(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_printer(new QComboBox(this))
    , m_idleLock(new QSpinBox(this))
    , m_hall(new QLineEdit(this))
    , m_syncMinutes(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Madoguchi — Settings"));
    setModal(true);

    // Display: both read at start.
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_fontScale->setObjectName(QStringLiteral("settingsFontScale"));
    m_fontScale->setAccessibleName(tr("Text size"));
    for (int percent = DeskSettings::kMinFontScale; percent <= DeskSettings::kMaxFontScale;
         percent += DeskSettings::kFontScaleStep)
        m_fontScale->addItem(tr("%1 %").arg(percent), percent);
    auto* display = new QGroupBox(tr("Display"), this);
    auto* displayForm = new QFormLayout(display);
    displayForm->addRow(tr("&Language:"), m_language);
    displayForm->addRow(tr("Text &size:"), m_fontScale);
    displayForm->addRow(note(tr("The language and the text size take effect the next time "
                                "Madoguchi starts."),
        display));

    // Database: shown, not chosen.
    m_database->setObjectName(QStringLiteral("settingsDatabase"));
    m_database->setAccessibleName(tr("Database"));
    m_database->setReadOnly(true);
    auto* database = new QGroupBox(tr("Database"), this);
    auto* databaseForm = new QFormLayout(database);
    databaseForm->addRow(tr("&Database:"), m_database);
    databaseForm->addRow(
        note(tr("A file path or a postgresql:// URL. File → Open Database… opens another one. "
                "Passwords are never kept here: they live in the system keychain "
                "(madoguchi-cli secret set; see docs/security.md)."),
            database));

    // This counter.
    m_counter->setObjectName(QStringLiteral("settingsCounter"));
    m_counter->setAccessibleName(tr("Counter"));
    m_counter->setPlaceholderText(
        tr("The counter id whose tickets F12 calls (madoguchi-cli counter list)"));
    m_office->setObjectName(QStringLiteral("settingsOffice"));
    m_office->setAccessibleName(tr("Office"));
    m_office->setPlaceholderText(tr("The office of the staff account"));
    m_terminal->setObjectName(QStringLiteral("settingsTerminal"));
    m_terminal->setAccessibleName(tr("Terminal"));
    m_terminal->setPlaceholderText(QSysInfo::machineHostName());
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_printer->setObjectName(QStringLiteral("settingsPrinter"));
    m_printer->setAccessibleName(tr("Printer"));
    m_idleLock->setObjectName(QStringLiteral("settingsIdleLock"));
    m_idleLock->setAccessibleName(tr("Idle lock in minutes"));
    m_idleLock->setRange(0, 120);
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setSuffix(tr(" min"));
    auto* counter = new QGroupBox(tr("This counter"), this);
    auto* counterForm = new QFormLayout(counter);
    counterForm->addRow(tr("O&ffice:"), m_office);
    counterForm->addRow(tr("&Terminal:"), m_terminal);
    counterForm->addRow(tr("&Counter:"), m_counter);
    counterForm->addRow(m_problem);
    counterForm->addRow(tr("&Printer:"), m_printer);
    counterForm->addRow(tr("&Idle lock:"), m_idleLock);
    counterForm->addRow(note(tr("The office and the terminal name go into each login and the "
                                "audit log. The idle lock locks the desk after that many "
                                "minutes without input (0: never). These take effect the next "
                                "time Madoguchi starts; the printer at the next print."),
        counter));

    // A branch office: where its hall is and how often it syncs
    // (docs/desk.md, "At a branch office").
    m_hall->setObjectName(QStringLiteral("settingsHall"));
    m_hall->setAccessibleName(tr("The hall's database"));
    m_hall->setPlaceholderText(
        tr("postgresql://user@host:port/dbname (empty: the last one synced)"));
    m_syncMinutes->setObjectName(QStringLiteral("settingsSyncMinutes"));
    m_syncMinutes->setAccessibleName(tr("Sync interval in minutes"));
    m_syncMinutes->setRange(0, DeskSettings::kMaxSyncMinutes);
    m_syncMinutes->setSpecialValueText(tr("Only on demand"));
    m_syncMinutes->setSuffix(tr(" min"));
    auto* branch = new QGroupBox(tr("Branch office"), this);
    auto* branchForm = new QFormLayout(branch);
    branchForm->addRow(tr("&Hall:"), m_hall);
    branchForm->addRow(tr("S&ync every:"), m_syncMinutes);
    branchForm->addRow(note(tr("Only for a branch's replica. The password is never kept here: "
                               "the keychain holds it (madoguchi-cli secret set). Branch → "
                               "Sync Now syncs at once."),
        branch));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(display);
    layout->addWidget(database);
    layout->addWidget(counter);
    layout->addWidget(branch);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    // Reading order, top to bottom.
    setTabOrder(m_language, m_fontScale);
    setTabOrder(m_fontScale, m_database);
    setTabOrder(m_database, m_office);
    setTabOrder(m_office, m_terminal);
    setTabOrder(m_terminal, m_counter);
    setTabOrder(m_counter, m_printer);
    setTabOrder(m_printer, m_idleLock);
    setTabOrder(m_idleLock, m_hall);
    setTabOrder(m_hall, m_syncMinutes);
    setTabOrder(m_syncMinutes, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_office, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_terminal, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_hall, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    load(openDatabase);
    validate();
    m_language->setFocus();
}

void SettingsDialog::load(const QString& openDatabase)
{
    const DeskSettings settings;

    m_shownLanguage = settings.language().isEmpty() ? QStringLiteral("ja") : settings.language();
    m_language->setCurrentIndex(m_language->findData(m_shownLanguage));

    m_shownFontScale = settings.fontScale();
    m_fontScale->setCurrentIndex(m_fontScale->findData(m_shownFontScale));

    m_database->setText(openDatabase.isEmpty() ? shownLocation(settings.effectiveDatabaseLocation())
                                               : openDatabase);
    m_database->setCursorPosition(0);

    m_shownCounter = settings.counter();
    m_counter->setText(m_shownCounter);
    m_shownOffice = settings.office();
    m_office->setText(m_shownOffice);
    m_shownTerminal = settings.terminalName();
    m_terminal->setText(m_shownTerminal);

    m_printer->addItem(tr("System default"), QString());
    for (const QString& name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    m_shownPrinter = settings.printerName();
    if (!m_shownPrinter.isEmpty() && m_printer->findData(m_shownPrinter) < 0) {
        // Kept, so that OK does not forget a printer that is away for now.
        m_printer->addItem(tr("%1 (not available)").arg(m_shownPrinter), m_shownPrinter);
    }
    m_printer->setCurrentIndex(m_printer->findData(m_shownPrinter));

    m_idleLock->setValue(settings.idleLockMinutes());
    // A hand-edited value beyond the range is shown clamped but not
    // rewritten unless the clerk changes it.
    m_shownIdleLock = m_idleLock->value();

    m_shownHall = settings.hallUrl();
    m_hall->setText(m_shownHall);
    m_syncMinutes->setValue(settings.syncMinutes());
    m_shownSyncMinutes = m_syncMinutes->value();
}

QString SettingsDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SettingsDialog::validate()
{
    QStringList problems;
    if (const QString problem = DeskSettings::nameProblem(m_office->text()); !problem.isEmpty())
        problems << tr("Office: %1").arg(problem);
    if (const QString problem = DeskSettings::nameProblem(m_terminal->text()); !problem.isEmpty())
        problems << tr("Terminal: %1").arg(problem);
    if (const QString problem = DeskSettings::hallUrlProblem(m_hall->text()); !problem.isEmpty())
        problems << tr("Hall: %1").arg(problem);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_office->setAccessibleDescription(DeskSettings::nameProblem(m_office->text()));
    m_terminal->setAccessibleDescription(DeskSettings::nameProblem(m_terminal->text()));
    m_hall->setAccessibleDescription(DeskSettings::hallUrlProblem(m_hall->text()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void SettingsDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    save();
    QDialog::accept();
}

void SettingsDialog::save()
{
    DeskSettings settings;
    if (const QString language = m_language->currentData().toString(); language != m_shownLanguage)
        settings.setLanguage(language);
    if (const int percent = m_fontScale->currentData().toInt(); percent != m_shownFontScale)
        settings.setFontScale(percent);
    if (const QString counter = m_counter->text().trimmed(); counter != m_shownCounter)
        settings.setCounter(counter);
    if (const QString office = m_office->text().trimmed(); office != m_shownOffice)
        settings.setOffice(office);
    if (const QString terminal = m_terminal->text().trimmed(); terminal != m_shownTerminal)
        settings.setTerminalName(terminal);
    if (const QString printer = m_printer->currentData().toString(); printer != m_shownPrinter)
        settings.setPrinterName(printer);
    if (const int minutes = m_idleLock->value(); minutes != m_shownIdleLock)
        settings.setIdleLockMinutes(minutes);
    if (const QString hall = m_hall->text().trimmed(); hall != m_shownHall)
        settings.setHallUrl(hall);
    if (const int minutes = m_syncMinutes->value(); minutes != m_shownSyncMinutes)
        settings.setSyncMinutes(minutes);
}

} // namespace madoguchi::ui
