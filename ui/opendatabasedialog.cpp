#include "opendatabasedialog.h"

#include "storage/databaselocation.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {

OpenDatabaseDialog::OpenDatabaseDialog(const QString& current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Database"));
    setMinimumWidth(640);

    auto* intro
        = new QLabel(tr("Enter the path of an SQLite file, or the URL of the city hall's "
                        "PostgreSQL database, such as postgresql://user@host:5432/madoguchi. "
                        "A file that does not exist yet is created."),
            this);
    intro->setWordWrap(true);

    m_location = new QLineEdit(current, this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("&Database:"), this);
    label->setBuddy(m_location);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_location, 1);
    row->addWidget(browse);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setTabOrder(m_location, browse);
    setTabOrder(browse, m_buttons);

    connect(browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    connect(m_location, &QLineEdit::textChanged, this, &OpenDatabaseDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenDatabaseDialog::reject);
    updateButtons();
    m_location->setFocus();
    m_location->selectAll();
}

QString OpenDatabaseDialog::location() const
{
    return m_location->text().trimmed();
}

std::optional<QString> OpenDatabaseDialog::ask(QWidget* parent, const QString& current)
{
    OpenDatabaseDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.location();
}

void OpenDatabaseDialog::accept()
{
    const auto parsed = storage::parseDatabaseLocation(location());
    if (!parsed) {
        m_problem->setText(parsed.error().message);
        m_problem->show();
        m_location->setFocus();
        return;
    }
    QDialog::accept();
}

void OpenDatabaseDialog::browse()
{
    const QString start = location().contains(QLatin1String("://")) ? QString() : location();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Database File"), start,
        tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!file.isEmpty())
        m_location->setText(QFileInfo(file).absoluteFilePath());
}

void OpenDatabaseDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!location().isEmpty());
    m_problem->hide();
}

} // namespace madoguchi::ui
