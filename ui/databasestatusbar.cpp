#include "databasestatusbar.h"

#include "storage/database.h"
#include "sync/replicakeys.h"

#include <QLabel>

namespace madoguchi::ui {
namespace {

QLabel* addLabel(QStatusBar* bar, const QString& objectName)
{
    auto* label = new QLabel(bar);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

} // namespace

DatabaseStatusBar::DatabaseStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("databaseStatusBar"));
    m_database = addLabel(this, QStringLiteral("databaseLabel"));
    m_mode = addLabel(this, QStringLiteral("modeLabel"));
    m_schema = addLabel(this, QStringLiteral("schemaLabel"));
}

void DatabaseStatusBar::showDatabase(storage::Database& database)
{
    const QString name = database.location().displayName();
    m_database->setText(tr("Database: %1").arg(name));
    m_database->setToolTip(name);
    // A branch replica is an SQLite file whose meta names its branch.
    const auto branch = sync::replicaBranchCode(database.sql());
    const QString mode = database.engine() != storage::Engine::Sqlite ? tr("City hall")
        : branch && !branch->isEmpty() ? tr("Branch %1").arg(branch.value())
                                       : tr("Standalone");
    m_mode->setText(tr("Mode: %1").arg(mode));
    m_schema->setText(tr("Schema version %1").arg(database.schemaVersion()));
}

QString DatabaseStatusBar::databaseText() const
{
    return m_database->text();
}
QString DatabaseStatusBar::modeText() const
{
    return m_mode->text();
}
QString DatabaseStatusBar::schemaText() const
{
    return m_schema->text();
}

} // namespace madoguchi::ui
