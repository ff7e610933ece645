#include "residentview.h"

#include "approval/approvals.h"
#include "correctionrequestdialog.h"
#include "lockcover.h"
#include "panelbutton.h"
#include "registry/registeraccess.h"
#include "unlockrequestdialog.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("ResidentView", "yes")
                 : QCoreApplication::translate("ResidentView", "no");
}

// The register's codes (docs/import-format.md) as the clerk says them.
QString insuranceName(const QString& code)
{
    if (code == u"kokuho")
        return QCoreApplication::translate("ResidentView", "National Health Insurance (国保)");
    if (code == u"shaho")
        return QCoreApplication::translate("ResidentView", "employee health insurance (社保)");
    if (code == u"kouki")
        return QCoreApplication::translate("ResidentView", "late-stage elderly (後期高齢者医療)");
    if (code == u"seiho")
        return QCoreApplication::translate("ResidentView", "public assistance (生活保護)");
    if (code == u"none" || code.isEmpty())
        return QCoreApplication::translate("ResidentView", "none");
    return code;
}

QString kaigoName(const QString& code)
{
    if (code == u"insured")
        return QCoreApplication::translate("ResidentView", "insured");
    if (code == u"certified")
        return QCoreApplication::translate("ResidentView", "certified as needing care");
    if (code == u"none" || code.isEmpty())
        return QCoreApplication::translate("ResidentView", "none");
    return code;
}

QString nenkinName(const QString& code)
{
    if (code == u"1" || code == u"2" || code == u"3")
        return QCoreApplication::translate("ResidentView", "category %1 insured").arg(code);
    if (code == u"recipient")
        return QCoreApplication::translate("ResidentView", "recipient");
    if (code == u"none" || code.isEmpty())
        return QCoreApplication::translate("ResidentView", "none");
    return code;
}

// Whether a 支援措置 of the household blocks something (an error-level
// measure in force, or the address withheld): only then is there anything
// for a supervisor to unlock. A measure that only warns blocks nothing.
bool blocksSomething(const registry::ResidentProfile& p)
{
    if (p.addressWithheld || p.supportMeasure == registry::SupportLevel::Error)
        return true;
    for (const registry::ProfileMember& member : p.household.members)
        if (member.supportMeasure == registry::SupportLevel::Error)
            return true;
    return false;
}

} // namespace

ResidentView::ResidentView(registry::RegisterAccess& reg, storage::Database& db,
    security::AccessControl& access, const QString& atenaNo, QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_atenaNo(atenaNo)
    , m_title(new QLabel(this))
    , m_support(new QLabel(this))
    , m_details(new QLabel(this))
    , m_myNumber(new QLabel(this))
    , m_reveal(new QPushButton(tr("&Reveal…"), this))
    , m_members(new QTableWidget(this))
    , m_entitlements(new QLabel(this))
    , m_history(new QLabel(this))
    , m_requestUnlock(new QPushButton(tr("Request unlock…"), this))
    , m_requestCorrection(new QPushButton(tr("Request correction…"), this))
    , m_requestMessage(new QLabel(this))
    , m_approvals(std::make_unique<approval::Approvals>(db, access))
{
    setObjectName(QStringLiteral("residentView"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("residentTitle"));
    m_support->setObjectName(QStringLiteral("residentSupport"));
    m_support->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #a4262c; border: "
                                            "1px solid #a4262c; padding: 6px; }"));
    m_support->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("residentDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_myNumber->setObjectName(QStringLiteral("residentMyNumber"));
    m_reveal->setObjectName(QStringLiteral("revealMyNumber"));
    m_reveal->setAccessibleName(tr("Reveal the individual number (個人番号)"));
    m_members->setObjectName(QStringLiteral("residentMembers"));
    m_members->setAccessibleName(tr("Household members"));
    m_members->setColumnCount(4);
    m_members->setHorizontalHeaderLabels(
        {tr("Relationship"), tr("Name"), tr("Born"), tr("Support measure")});
    m_members->verticalHeader()->hide();
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_entitlements->setObjectName(QStringLiteral("residentEntitlements"));
    m_entitlements->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("residentHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_support);
    layout->addWidget(m_details);
    auto* number = new QHBoxLayout;
    number->addWidget(m_myNumber, 1);
    number->addWidget(m_reveal);
    layout->addLayout(number);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_entitlements);
    layout->addWidget(m_history);
    // Not Ctrl+Shift+L (log out) nor Ctrl+Shift+U (the supervisor console).
    bindPanelButton(this, m_requestUnlock, "requestUnlock",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), [this] { requestUnlock(); });
    bindPanelButton(this, m_requestCorrection, "requestCorrection",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] { requestCorrection(); });
    m_requestUnlock->setEnabled(false);
    m_requestCorrection->setEnabled(false);
    m_requestMessage->setObjectName(QStringLiteral("residentRequestMessage"));
    m_requestMessage->setAccessibleName(tr("Request sent"));
    m_requestMessage->setWordWrap(true);
    m_requestMessage->hide();
    auto* requests = new QHBoxLayout;
    requests->addWidget(m_requestUnlock);
    requests->addWidget(m_requestCorrection);
    requests->addWidget(m_requestMessage, 1);
    layout->addLayout(requests);
    connect(m_reveal, &QPushButton::clicked, this, &ResidentView::reveal);
    m_askPurpose = [](QWidget* owner) {
        return QInputDialog::getText(owner, tr("Purpose"),
            tr("Why is the individual number (個人番号) shown? It is recorded in the audit log."))
            .trimmed();
    };

    auto profile = m_register.profile(atenaNo, tr("counter"));
    if (!profile) {
        m_title->setText(tr("The resident cannot be shown"));
        m_details->setText(profile.error().message);
        m_support->hide();
        m_reveal->setEnabled(false);
        return;
    }
    m_loaded = true;
    showProfile(profile.value());
    m_profile = std::move(profile.value());
    m_requestCorrection->setEnabled(true);
    m_requestUnlock->setEnabled(blocksSomething(*m_profile));
}

// Before the Approvals the dialogs work through goes (members are
// destroyed before QWidget deletes its children).
ResidentView::~ResidentView()
{
    delete m_unlockDialog;
    delete m_correctionDialog;
}

void ResidentView::showProfile(const registry::ResidentProfile& p)
{
    const registry::ProfilePerson& person = p.person;
    m_title->setText(QStringLiteral("%1（%2）").arg(person.nameKanji, person.nameKana));
    const bool flagged = p.supportMeasure != registry::SupportLevel::None || p.addressWithheld;
    m_support->setVisible(flagged);
    m_support->setText(p.addressWithheld
            ? tr("Support measure (支援措置): %1").arg(p.addressWithheldReason)
            : tr("Support measure (支援措置): check before issuing copies or telling the address"));
    const QString address = p.addressWithheld
        ? tr("(withheld: support measure)")
        : QStringLiteral("〒%1 %2 %3")
              .arg(p.household.postalCode, p.household.address, p.household.katagaki)
              .trimmed();
    m_details->setText(
        tr("宛名番号 %1 · 世帯番号 %2 · %3\nBorn %4%5 · Relationship %6\nAddress %7")
            .arg(person.atenaNo, p.household.setaiNo,
                person.removed ? tr("removed (除票)") : tr("resident"), person.birth.display,
                person.birth.age ? tr(" (%1 y)").arg(*person.birth.age) : QString(),
                person.relationship, address));
    m_myNumber->setText(tr("Individual number (個人番号): %1")
                            .arg(person.myNumberMasked.value_or(tr("not on file"))));
    m_reveal->setEnabled(person.myNumberMasked.has_value());

    m_members->setRowCount(int(p.household.members.size()));
    for (int row = 0; row < p.household.members.size(); ++row) {
        const registry::ProfileMember& m = p.household.members[row];
        const QString mark = m.supportMeasure == registry::SupportLevel::Error ? tr("blocks")
            : m.supportMeasure == registry::SupportLevel::Alert                ? tr("warns")
                                                                               : QString();
        const QStringList cells{m.relationship, m.nameKanji, m.birth.display, mark};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (m.isSubject) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_members->setItem(row, column, item);
        }
    }
    m_members->resizeColumnsToContents();
    // History, newest first: former names and addresses (withheld with the
    // address under a support measure).
    QStringList history;
    for (const registry::ProfileFormerName& name : p.nameHistory)
        history << tr("Former name %1 (until %2)")
                       .arg(name.nameKanji, name.untilOn.value_or(QStringLiteral("?")));
    if (p.addressWithheld)
        history << tr("Former addresses: withheld (support measure)");
    else
        for (const registry::ProfileFormerAddress& a : p.addressHistory)
            history << tr("Former address %1 (%2 – %3)")
                           .arg(QStringLiteral("%1 %2").arg(a.address, a.katagaki).trimmed(),
                               a.fromOn.value_or(QStringLiteral("?")),
                               a.untilOn.value_or(QStringLiteral("?")));
    m_history->setText(history.isEmpty() ? tr("No former names or addresses on file.")
                                         : history.join(QLatin1Char('\n')));
    if (p.entitlements)
        m_entitlements->setText(
            tr("Insurance %1 · Long-term care %2 · Pension %3 · Child allowance %4 · My Number "
               "card %5")
                .arg(insuranceName(p.entitlements->insurance), kaigoName(p.entitlements->kaigo),
                    nenkinName(p.entitlements->nenkinCategory),
                    yesNo(p.entitlements->jidouTeateRecipient),
                    yesNo(p.entitlements->mynumberCard)));
}

void ResidentView::reveal()
{
    const QString purpose = m_askPurpose ? m_askPurpose(this) : QString();
    if (purpose.isEmpty())
        return;
    auto number = m_register.revealMyNumber(m_atenaNo, purpose);
    if (!number) {
        m_myNumber->setText(number.error().message);
        return;
    }
    m_myNumber->setText(
        tr("Individual number (個人番号): %1").arg(number->value_or(tr("not on file"))));
    m_reveal->setEnabled(false);
}

QDialog* ResidentView::requestUnlock()
{
    if (!m_profile || !m_requestUnlock->isEnabled())
        return nullptr;
    if (!m_unlockDialog) {
        auto* dialog
            = new UnlockRequestDialog(*m_approvals, m_atenaNo, m_profile->person.nameKanji, this);
        connect(dialog, &UnlockRequestDialog::sent, this, &ResidentView::requestSent);
        m_unlockDialog = dialog;
    }
    showDialog(m_unlockDialog);
    return m_unlockDialog;
}

QDialog* ResidentView::requestCorrection()
{
    if (!m_profile)
        return nullptr;
    if (!m_correctionDialog) {
        auto* dialog = new CorrectionRequestDialog(*m_approvals, m_profile->person, this);
        connect(dialog, &CorrectionRequestDialog::sent, this, &ResidentView::requestSent);
        m_correctionDialog = dialog;
    }
    showDialog(m_correctionDialog);
    return m_correctionDialog;
}

void ResidentView::showDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // It shows the resident's names to whoever passes the counter.
    LockCover::hideWhileLocked(window(), dialog);
    if (dialog->isVisible()) {
        dialog->raise();
        dialog->activateWindow();
        return;
    }
    m_requestMessage->hide();
    dialog->open();
}

void ResidentView::requestSent(const approval::ApprovalRequest& request)
{
    m_requestMessage->setText(
        tr("Sent to a supervisor for approval (request #%1)").arg(request.id));
    m_requestMessage->show();
}

} // namespace madoguchi::ui
