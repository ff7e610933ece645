#include "unlockrequestdialog.h"

#include "registry/registeraccess.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace madoguchi::ui {

UnlockRequestDialog::UnlockRequestDialog(approval::Approvals& approvals, const QString& atenaNo,
    const QString& residentName, QWidget* parent)
    : QDialog(parent)
    , m_approvals(approvals)
    , m_atenaNo(atenaNo)
    , m_scope(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("unlockRequestDialog"));
    setWindowTitle(tr("Request an unlock — %1").arg(residentName));

    auto* intro = new QLabel(tr("A support measure (支援措置) blocks this for %1 (宛名番号 %2). A "
                                "supervisor decides the request; the time runs from the approval.")
                                 .arg(residentName, atenaNo),
        this);
    intro->setWordWrap(true);

    m_scope->setObjectName(QStringLiteral("unlockScope"));
    m_scope->setAccessibleName(tr("What to unlock"));
    // The keywords are the core's (registry::supportScopeFromKeyword).
    m_scope->addItem(tr("Showing the address"), QStringLiteral("address"));
    m_scope->addItem(tr("Printing forms that carry the address"), QStringLiteral("print"));
    m_scope->addItem(tr("Issuing copies (住民票の写し, 戸籍の附票)"), QStringLiteral("copies"));

    m_minutes->setObjectName(QStringLiteral("unlockMinutes"));
    m_minutes->setAccessibleName(tr("Minutes the block is lifted"));
    m_minutes->setRange(1, registry::kMaxUnlockMinutes);
    m_minutes->setValue(registry::kDefaultUnlockMinutes);
    m_minutes->setSuffix(tr(" min"));

    m_reason->setObjectName(QStringLiteral("unlockReason"));
    m_reason->setAccessibleName(tr("Reason for the unlock"));
    m_reason->setPlaceholderText(tr("Required: why, and how the person was identified"));

    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setAccessibleName(tr("Why the request was not sent"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    okButton()->setText(tr("Send for approval"));
    okButton()->setObjectName(QStringLiteral("unlockSend"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Unlock:"), m_scope);
    form->addRow(tr("&For:"), m_minutes);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockRequestDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &UnlockRequestDialog::updateOk);
    updateOk();
    m_reason->setFocus();
}

QString UnlockRequestDialog::scope() const
{
    return m_scope->currentData().toString();
}

QPushButton* UnlockRequestDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void UnlockRequestDialog::updateOk()
{
    okButton()->setEnabled(!m_reason->text().trimmed().isEmpty());
}

void UnlockRequestDialog::accept()
{
    if (!okButton()->isEnabled())
        return; // Enter in the reason before anything was typed
    auto request
        = m_approvals.requestUnlock(m_atenaNo, scope(), m_minutes->value(), m_reason->text());
    if (!request) {
        m_error->setText(request.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    emit sent(request.value());
    QDialog::accept();
}

} // namespace madoguchi::ui
