#include "auditpanel.h"

#include "registry/registerlookup.h"
#include "security/accesscontrol.h"
#include "security/auditreader.h"
#include "storage/database.h"
#include "text/japanesedate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

namespace Action = security::AuditAction;

// The first (from) or the day after the last (to: exclusive) day a date
// means, at midnight Japan time; 和暦 and partial dates are accepted
// (令和8年4月 = the whole of April 2026).
std::optional<QDateTime> boundary(const QString& text, bool end, QString& error)
{
    const auto date = text::parseJapaneseDate(text);
    if (!date) {
        error = date.error().message;
        return std::nullopt;
    }
    const std::optional<QDate> day = end ? date->latest() : date->earliest();
    if (!day) {
        error = QCoreApplication::translate("AuditPanel", "“%1” names no day").arg(text);
        return std::nullopt;
    }
    return QDateTime(end ? day->addDays(1) : *day, QTime(0, 0), security::japanTime());
}

QString japanTimeText(const QDateTime& at)
{
    return at.toTimeZone(security::japanTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AuditPanel::AuditPanel(storage::Database& db, security::AccessControl& access, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_access(access)
    , m_operator(new QLineEdit(this))
    , m_resident(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_review(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_verify(new QPushButton(tr("Verify chain"), this))
    , m_message(new QLabel(this))
    , m_report(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("auditPanel"));
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setPlaceholderText(tr("staff id, e.g. k.sato"));
    m_resident->setObjectName(QStringLiteral("auditResident"));
    m_resident->setAccessibleName(tr("Resident (宛名番号)"));
    m_resident->setPlaceholderText(tr("宛名番号"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), QString());
    for (const char* action : {Action::Search, Action::ProfileView, Action::Reveal, Action::Print,
             Action::Submission, Action::Approval, Action::Login, Action::Unlock,
             Action::StaffChange, Action::AuditRead, Action::Delivery})
        m_action->addItem(QLatin1String(action), QLatin1String(action));
    for (QLineEdit* date : {m_from, m_to})
        date->setPlaceholderText(tr("2026-04-01 or R8.4.1"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From (date, inclusive)"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setAccessibleName(tr("To (date, inclusive)"));
    m_review->setObjectName(QStringLiteral("auditReview"));
    m_review->setAccessibleName(tr("Review query"));
    m_review->addItem(tr("No review: every entry"), int(Review::None));
    m_review->addItem(tr("Late night (22:00–06:00)"), int(Review::LateNight));
    m_review->addItem(tr("Holidays and closed days"), int(Review::Holidays));
    m_review->addItem(tr("Mass searches"), int(Review::MassSearches));
    m_review->addItem(tr("Failed logins"), int(Review::FailedLogins));
    m_threshold->setObjectName(QStringLiteral("auditThreshold"));
    m_threshold->setAccessibleName(tr("Mass searches: more than this many in one hour"));
    m_threshold->setRange(0, 100000);
    m_threshold->setValue(100);
    m_threshold->setEnabled(false);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setAccessibleName(tr("Search the audit log"));
    m_search->setToolTip(tr("Enter"));
    m_search->setDefault(true);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setAccessibleName(tr("Verify the audit chain"));
    m_verify->setToolTip(tr("Ctrl+Shift+V"));
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setAccessibleName(tr("Result of the last query"));
    m_message->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("auditVerifyReport"));
    m_report->setAccessibleName(tr("Verify report"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_report->hide();
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto* filters = new QGridLayout;
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Operator:"), m_operator), 0, 0);
    filters->addWidget(m_operator, 0, 1);
    filters->addWidget(label(tr("R&esident:"), m_resident), 0, 2);
    filters->addWidget(m_resident, 0, 3);
    filters->addWidget(label(tr("A&ction:"), m_action), 0, 4);
    filters->addWidget(m_action, 0, 5);
    filters->addWidget(label(tr("&From:"), m_from), 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(label(tr("&To:"), m_to), 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(label(tr("Re&view:"), m_review), 1, 4);
    filters->addWidget(m_review, 1, 5);
    filters->addWidget(label(tr("T&hreshold:"), m_threshold), 1, 6);
    filters->addWidget(m_threshold, 1, 7);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_search);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_report);
    layout->addWidget(m_table, 1);

    connect(m_search, &QPushButton::clicked, this, &AuditPanel::search);
    connect(m_verify, &QPushButton::clicked, this, &AuditPanel::verify);
    for (QLineEdit* edit : {m_operator, m_resident, m_from, m_to})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPanel::search);
    connect(m_review, &QComboBox::currentIndexChanged, this, [this] {
        m_threshold->setEnabled(Review(m_review->currentData().toInt()) == Review::MassSearches);
    });
    auto* verifyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    verifyKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(verifyKey, &QShortcut::activated, this, &AuditPanel::verify);
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::refresh()
{
    if (m_queried)
        search();
}

bool AuditPanel::readFilter(security::AuditFilter& filter, QString& description)
{
    QStringList asked;
    filter.operatorId = m_operator->text().trimmed();
    if (!filter.operatorId.isEmpty())
        asked << QStringLiteral("operator=") + filter.operatorId;
    const QString atena = m_resident->text().trimmed();
    if (!atena.isEmpty()) {
        // The filter takes the person's id; the lookup reads nothing but it.
        registry::RegisterLookup lookup;
        if (Status prepared = lookup.prepare(m_db.sql()); !prepared) {
            say(prepared.error().message, true);
            return false;
        }
        auto person = lookup.person(atena);
        if (!person) {
            say(person.error().message, true);
            return false;
        }
        if (!person->has_value()) {
            say(tr("No resident has 宛名番号 %1.").arg(atena), true);
            return false;
        }
        filter.personId = person->value().id;
        asked << QStringLiteral("resident=") + atena;
    }
    filter.action = m_action->currentData().toString();
    if (!filter.action.isEmpty())
        asked << QStringLiteral("action=") + filter.action;
    for (const auto& [edit, end, target, name] : {std::tuple{m_from, false, &filter.from, "from"},
             std::tuple{m_to, true, &filter.to, "to"}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        QString error;
        const auto at = boundary(text, end, error);
        if (!at) {
            say(end ? tr("To: %1").arg(error) : tr("From: %1").arg(error), true);
            return false;
        }
        *target = *at;
        asked << QLatin1String(name) + QLatin1Char('=') + text;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from) {
        say(tr("“To” is before “From”."), true);
        return false;
    }
    static const char* const reviewNames[]
        = {"", "late-night", "holiday", "mass-search", "failed-logins"};
    const auto review = Review(m_review->currentData().toInt());
    if (review == Review::FailedLogins)
        filter.action = QLatin1String(Action::Login);
    if (review != Review::None)
        asked << QStringLiteral("review=") + QLatin1String(reviewNames[int(review)]);
    if (review == Review::MassSearches)
        asked << QStringLiteral("threshold=") + QString::number(m_threshold->value());
    description = asked.join(QLatin1Char(' '));
    return true;
}

void AuditPanel::search()
{
    security::AuditFilter filter;
    QString description;
    if (!readFilter(filter, description))
        return;
    m_queried = true;
    security::AuditReader reader(m_db.sql(), m_access);
    auto entries = reader.query(filter, description);
    if (!entries) {
        m_table->setRowCount(0);
        say(entries.error().message, true);
        return;
    }
    switch (Review(m_review->currentData().toInt())) {
    case Review::None:
        showEntries(entries.value());
        break;
    case Review::LateNight:
        showEntries(security::lateNightEntries(entries.value()));
        break;
    case Review::Holidays:
        showEntries(security::holidayEntries(entries.value()));
        break;
    case Review::FailedLogins:
        showEntries(security::failedLoginEntries(entries.value()));
        break;
    case Review::MassSearches:
        showMassSearches(security::massSearches(entries.value(), m_threshold->value()));
        break;
    }
}

void AuditPanel::showEntries(const QList<security::AuditEntry>& entries)
{
    const QStringList columns{tr("Seq"), tr("Time (Japan)"), tr("Operator"), tr("Role"),
        tr("Office"), tr("Terminal"), tr("Action"), tr("Outcome"), tr("Resident (person id)"),
        tr("Detail")};
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const security::AuditEntry& e = entries[row];
        QString detail = e.detail;
        if (!e.purpose.isEmpty())
            detail += tr(" (purpose: %1)").arg(e.purpose);
        if (e.myNumberShown)
            detail += tr(" [個人番号 shown]");
        const QStringList cells{QString::number(e.seq), japanTimeText(e.at), e.operatorId, e.role,
            e.office, e.terminal, e.action, e.outcome,
            e.personId ? QString::number(*e.personId) : QString(), detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            if (column == cells.size() - 1)
                cell->setToolTip(detail);
            if (e.outcome != QLatin1String(security::AuditOutcome::Ok))
                cell->setForeground(QColor(0xa4, 0x26, 0x2c));
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    say(entries.isEmpty() ? tr("No audit entries match.")
                          : tr("Audit entries found: %n.", nullptr, int(entries.size())),
        false);
}

void AuditPanel::showMassSearches(const QList<security::MassSearch>& found)
{
    const QStringList columns{tr("Operator"), tr("Hour (Japan)"), tr("Searches")};
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(found.size()));
    for (int row = 0; row < found.size(); ++row) {
        const security::MassSearch& m = found[row];
        const QStringList cells{m.operatorId,
            m.hourStart.toString(QStringLiteral("yyyy-MM-dd HH:00")), QString::number(m.searches)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    say(found.isEmpty()
            ? tr("No operator made more than %1 searches in one hour.").arg(m_threshold->value())
            : tr("%n operator-hour(s) with more than %1 searches.", nullptr, int(found.size()))
                  .arg(m_threshold->value()),
        false);
}

void AuditPanel::verify()
{
    security::AuditReader reader(m_db.sql(), m_access);
    auto report = reader.verify();
    if (!report) {
        m_report->hide();
        say(report.error().message, true);
        return;
    }
    const security::VerifyReport& r = report.value();
    const QString text = r.intact
        ? tr("The audit chain is intact: %1 entries, last hash %2.")
              .arg(r.entries)
              .arg(r.headHash.isEmpty() ? QStringLiteral("-") : r.headHash)
        : tr("The audit chain is broken at entry %1 (%2): %3")
              .arg(r.brokenSeq)
              .arg(r.reason, r.message);
    m_report->setText(text);
    m_report->setStyleSheet(r.intact ? QStringLiteral("QLabel { color: #107c10; }")
                                     : QStringLiteral("QLabel { color: #a4262c; }"));
    m_report->show();
    // The report line says it; the message line would only repeat it.
    m_message->clear();
    emit message(text);
}

void AuditPanel::say(const QString& text, bool failure)
{
    m_message->setText(text);
    m_message->setStyleSheet(failure ? QStringLiteral("QLabel { color: #a4262c; }") : QString());
    emit message(text);
}

} // namespace madoguchi::ui
