#include "certificatedialog.h"

#include "text/dateformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

QString shown(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? CertificateDialog::tr("yes") : CertificateDialog::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : CertificateDialog::tr("no end");
}

} // namespace

CertificateDialog::CertificateDialog(const certificate::CheckedCertificate& checked,
    const catalog::CertificateType* declared, const visit::SourceUse& use,
    const QString& memberName, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_verdict(new QLabel(this))
    , m_claims(new QTableWidget(this))
{
    setObjectName(QStringLiteral("certificateDialog"));
    const QString type = checked.typeNames.isEmpty() ? tr("Certificate")
                                                     : checked.typeNames.in(language);
    const QString issuer
        = checked.issuerNames.isEmpty() ? checked.issuerId : checked.issuerNames.in(language);
    setWindowTitle(tr("%1 — %2").arg(type, issuer));

    m_verdict->setObjectName(QStringLiteral("certificateVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setAccessibleName(tr("Verification result"));
    if (checked.valid()) {
        m_verdict->setText(tr("✓ Verified: %1 issued by %2 for %3 (born %4), valid from %5 until "
                              "%6.")
                               .arg(type, issuer, memberName,
                                   text::formatDay(checked.subjectBirthDate),
                                   when(checked.validFrom), when(checked.validUntil)));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #107c10; }"));
    } else {
        QStringList lines{tr("✗ Not accepted: %1 (%2).").arg(type, issuer)};
        for (const certificate::Problem& p : checked.problems)
            lines << QStringLiteral("・") + p.message.in(language);
        m_verdict->setText(lines.join(QLatin1Char('\n')));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    }

    m_claims->setObjectName(QStringLiteral("certificateClaims"));
    m_claims->setAccessibleName(tr("What the certificate says"));
    m_claims->setColumnCount(2);
    m_claims->setHorizontalHeaderLabels({tr("Item"), tr("Value")});
    m_claims->horizontalHeader()->setStretchLastSection(true);
    m_claims->verticalHeader()->hide();
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claims->setRowCount(int(checked.claims.size()));
    int row = 0;
    for (auto it = checked.claims.begin(); it != checked.claims.end(); ++it, ++row) {
        const catalog::CertificateClaim* claim = declared ? declared->claim(it.key()) : nullptr;
        m_claims->setItem(
            row, 0, new QTableWidgetItem(claim ? claim->labels.in(language) : it.key()));
        m_claims->setItem(row, 1, new QTableWidgetItem(shown(it.value())));
    }
    m_claims->resizeColumnToContents(0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_claims);
    auto* buttons = new QDialogButtonBox(this);
    if (checked.valid()) {
        auto* consent = new QLabel(this);
        consent->setObjectName(QStringLiteral("certificateConsent"));
        consent->setWordWrap(true);
        consent->setText(use.procedureKeys.isEmpty()
                ? tr("Ask the resident: may the city keep this certificate with the visit? No "
                     "form of this visit uses it.")
                : tr("Ask the resident: may the city use this certificate for %1 and send it to "
                     "%2?")
                      .arg(use.purpose.in(language), use.systems.join(QStringLiteral(", "))));
        layout->addWidget(consent);
        m_agree = buttons->addButton(tr("&Agrees"), QDialogButtonBox::AcceptRole);
        m_agree->setObjectName(QStringLiteral("certificateAgree"));
        m_refuse = buttons->addButton(tr("Does &not agree"), QDialogButtonBox::RejectRole);
        m_refuse->setObjectName(QStringLiteral("certificateRefuse"));
        connect(m_agree, &QPushButton::clicked, this, [this] {
            emit consentGiven(true);
            accept();
        });
        connect(m_refuse, &QPushButton::clicked, this, [this] {
            emit consentGiven(false);
            reject();
        });
        m_agree->setDefault(true);
        m_agree->setFocus();
    } else {
        buttons->addButton(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &CertificateDialog::reject);
    }
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace madoguchi::ui
