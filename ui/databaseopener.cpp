#include "databaseopener.h"

#include "opendatabasedialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace madoguchi::ui {

DatabaseOpener::DatabaseOpener(QWidget* parent, GiveUp giveUp)
    : m_parent(parent)
    , m_giveUp(giveUp)
{ }

std::unique_ptr<storage::Database> DatabaseOpener::open(const QString& location)
{
    auto database = storage::Database::open(location);
    if (database) {
        m_opened = location;
        return std::move(database).value();
    }
    return recover(location, database.error().message);
}

std::unique_ptr<storage::Database> DatabaseOpener::recover(
    const QString& location, const QString& error)
{
    if (!offerAnother(location, error))
        return nullptr;
    return ask(location);
}

std::unique_ptr<storage::Database> DatabaseOpener::ask(const QString& current)
{
    QString proposal = current;
    for (;;) {
        // Never put a password back on screen.
        const auto parsed = storage::parseDatabaseLocation(proposal);
        const QString shown
            = parsed && !parsed->password.isEmpty() ? parsed->displayName() : proposal;
        const std::optional<QString> chosen = OpenDatabaseDialog::ask(m_parent, shown);
        if (!chosen)
            return nullptr;
        auto database = storage::Database::open(*chosen);
        if (database) {
            m_opened = *chosen;
            return std::move(database).value();
        }
        if (!offerAnother(*chosen, database.error().message))
            return nullptr;
        proposal = *chosen;
    }
}

bool DatabaseOpener::offerAnother(const QString& location, const QString& error)
{
    const auto parsed = storage::parseDatabaseLocation(location);
    QMessageBox box(QMessageBox::Critical, tr("Madoguchi"), tr("The database could not be opened."),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(error);
    if (parsed)
        box.setDetailedText(parsed->displayName());
    QPushButton* another = box.addButton(tr("&Choose Another Database…"), QMessageBox::AcceptRole);
    QPushButton* giveUp = m_giveUp == GiveUp::Quit
        ? box.addButton(tr("&Quit"), QMessageBox::RejectRole)
        : box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(another);
    box.setEscapeButton(giveUp);
    box.exec();
    return box.clickedButton() == another;
}

} // namespace madoguchi::ui
