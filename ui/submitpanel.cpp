#include "submitpanel.h"

#include "catalog/catalogmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

QString procedureName(const catalog::Catalog* catalog, const QString& id, const QString& language)
{
    if (catalog)
        for (const catalog::Procedure& p : catalog->procedures)
            if (p.id == id)
                return p.names.in(language);
    return id;
}

QString systemName(const catalog::Catalog* catalog, const QString& id, const QString& language)
{
    const catalog::System* system = catalog ? catalog->system(id) : nullptr;
    return system ? system->names.in(language) : id;
}

} // namespace

SubmitPanel::SubmitPanel(const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_language(language)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_submit(new QPushButton(tr("&Submit everything"), this))
    , m_printSlip(new QPushButton(tr("&Print the slip…"), this))
    , m_saveSlip(new QPushButton(tr("Save the slip as PDF…"), this))
    , m_next(new QPushButton(tr("&Next resident"), this))
{
    setObjectName(QStringLiteral("submitPanel"));
    m_summary->setObjectName(QStringLiteral("submitSummary"));
    m_summary->setWordWrap(true);
    QFont large = m_summary->font();
    large.setPointSizeF(large.pointSizeF() * 1.2);
    m_summary->setFont(large);
    m_error->setObjectName(QStringLiteral("submitError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setObjectName(QStringLiteral("submitStatus"));
    m_table->setAccessibleName(tr("Applications and their delivery"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Procedure"), tr("Member"), tr("System"), tr("Status"), tr("Receipt or reason")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_submit->setObjectName(QStringLiteral("submitVisit"));
    m_submit->setToolTip(tr("Ctrl+Enter"));
    m_submit->setDefault(true);
    m_printSlip->setObjectName(QStringLiteral("printSlip"));
    m_saveSlip->setObjectName(QStringLiteral("saveSlip"));
    m_next->setObjectName(QStringLiteral("nextResident"));
    m_next->setToolTip(tr("Ctrl+N"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addStretch(1);
    buttons->addWidget(m_printSlip);
    buttons->addWidget(m_saveSlip);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &SubmitPanel::submitRequested);
    connect(m_printSlip, &QPushButton::clicked, this, &SubmitPanel::printSlipRequested);
    connect(m_saveSlip, &QPushButton::clicked, this, &SubmitPanel::saveSlipRequested);
    connect(m_next, &QPushButton::clicked, this, &SubmitPanel::nextResidentRequested);
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, this, [this] {
        if (m_printSlip->isEnabled())
            emit printSlipRequested();
    });
}

void SubmitPanel::showReady(const visit::VisitInProgress& visit)
{
    m_submitted = false;
    m_catalog = &visit.catalog();
    setError({});
    m_table->setRowCount(0);
    m_printSlip->setEnabled(false);
    m_saveSlip->setEnabled(false);
    if (!visit.hasForms()) {
        m_summary->setText(tr("Choose the life event first (F4)."));
        m_submit->setEnabled(false);
        return;
    }
    const catalog::Forms& forms = visit.forms();
    m_names.clear();
    for (const QJsonValue& m :
        forms.context[QStringLiteral("household")][QStringLiteral("members")].toArray())
        m_names.insert(
            m[QStringLiteral("id")].toString(), m[QStringLiteral("name_kanji")].toString());
    const QList<qsizetype> sent = visit.sentForms();
    QSet<QString> systems;
    for (qsizetype i : sent) {
        const catalog::FilledForm& form = forms.forms[i];
        systems.insert(systemName(m_catalog, form.procedure->system, m_language));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{form.procedure->names.in(m_language), m_names.value(form.member),
            systemName(m_catalog, form.procedure->system, m_language),
            form.complete() ? tr("ready") : tr("questions open"), QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    for (auto it = visit.leftOut().cbegin(); it != visit.leftOut().cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString procedure = it.key().section(QLatin1Char('/'), 0, 0);
        const QStringList cells{procedureName(m_catalog, procedure, m_language),
            m_names.value(it.key().section(QLatin1Char('/'), 1)), QString(), tr("left out"),
            it.value()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    const QStringList incomplete = visit.incompleteForms();
    if (!incomplete.isEmpty())
        m_summary->setText(tr("%n form(s) still have open questions (F6 Interview).", nullptr,
            int(incomplete.size())));
    else if (sent.isEmpty())
        m_summary->setText(tr("Nothing to submit: every procedure is left out."));
    else
        m_summary->setText(tr("%n application(s) to %1 system(s). Submit sends them all at once.",
            nullptr, int(sent.size()))
                               .arg(systems.size()));
    m_submit->setEnabled(visit.readyToSubmit());
}

void SubmitPanel::showStatus(const visit::VisitStatus& status)
{
    m_submitted = true;
    m_submit->setEnabled(false);
    m_printSlip->setEnabled(true);
    m_saveSlip->setEnabled(true);
    m_table->setRowCount(int(status.applications.size()));
    int registered = 0;
    for (int row = 0; row < status.applications.size(); ++row) {
        const visit::ApplicationStatus& a = status.applications[row];
        QString state;
        QString detail;
        switch (a.state) {
        case delivery::OutboxState::Delivered:
            state = tr("registered");
            detail = a.receipt;
            ++registered;
            break;
        case delivery::OutboxState::Queued:
            state = tr("queued");
            break;
        case delivery::OutboxState::RetryWait:
            state = tr("waiting to retry (attempt %1)").arg(a.attempts);
            detail = a.lastError;
            break;
        case delivery::OutboxState::Cancelled:
            state = tr("cancelled by a supervisor");
            detail = a.lastError;
            break;
        case delivery::OutboxState::Handled:
            state = tr("handled by hand");
            detail = a.lastError;
            break;
        case delivery::OutboxState::Sending:
            state = tr("sending");
            break;
        case delivery::OutboxState::Rejected:
            state = tr("refused by the system: a supervisor will decide");
            detail = a.lastError;
            break;
        case delivery::OutboxState::Held:
            state = tr("held for review: the register changed at the hall");
            break;
        }
        const QStringList cells{procedureName(m_catalog, a.procedureId, m_language),
            m_names.value(a.member, a.member), systemName(m_catalog, a.system, m_language), state,
            detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("Visit %1 submitted: %2 of %n registered in their systems.", nullptr,
        int(status.applications.size()))
                           .arg(status.ref)
                           .arg(registered));
}

void SubmitPanel::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace madoguchi::ui
