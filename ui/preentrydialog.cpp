#include "preentrydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

PreEntryDialog::PreEntryDialog(
    const QString& summary, const QList<Row>& rows, const QStringList& notes, QWidget* parent)
    : QDialog(parent)
    , m_values(new QTableWidget(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("preEntryDialog"));
    setWindowTitle(tr("Smartphone pre-entry"));
    auto* intro = new QLabel(summary, this);
    intro->setObjectName(QStringLiteral("preEntrySummary"));
    intro->setWordWrap(true);

    m_values->setObjectName(QStringLiteral("preEntryValues"));
    m_values->setAccessibleName(tr("What the pre-entry brings"));
    m_values->setColumnCount(3);
    m_values->setHorizontalHeaderLabels({tr("Item"), tr("Value"), tr("Source")});
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_values->setItem(i, 0, new QTableWidgetItem(rows.at(i).label));
        m_values->setItem(i, 1, new QTableWidgetItem(rows.at(i).value));
        m_values->setItem(i, 2, new QTableWidgetItem(tr("pre-entry")));
    }
    m_values->resizeColumnToContents(0);

    m_notes->setObjectName(QStringLiteral("preEntryNotes"));
    m_notes->setAccessibleName(tr("What the pre-entry gave that is not used"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; }"));
    QStringList lines;
    for (const QString& note : notes)
        lines << QStringLiteral("・") + note;
    m_notes->setText(notes.isEmpty()
            ? QString()
            : tr("Not used (ask at the counter instead):") + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Use these answers"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("preEntryConfirm"));
    m_confirm->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        emit confirmed();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &PreEntryDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_values);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);
    resize(680, 460);
    m_confirm->setFocus();
}

} // namespace madoguchi::ui
