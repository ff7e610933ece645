#pragma once

#include "certificate/certificateverification.h"
#include "visit/visitsources.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi::ui {

// A certificate read at the desk (issue #10, docs/desk.md "Codes from
// outside"): what verification found, in plain words — who issued it, for
// whom, until when, its claims — or every reason it is refused. A valid one
// asks the resident's consent: what it will be used for and which
// back-end systems receive it. Agree / Do not agree record the answer;
// nothing from the certificate reaches a form without the agreement.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    // `type`: the catalog's declaration of the certificate (its claims'
    // labels); null when the certificate's type is unknown.
    CertificateDialog(const certificate::CheckedCertificate& checked,
        const catalog::CertificateType* type, const visit::SourceUse& use,
        const QString& memberName, const QString& language, QWidget* parent = nullptr);

    QTableWidget* claimsTable() const { return m_claims; }
    QLabel* verdictLabel() const { return m_verdict; }
    // Null for a certificate that is not valid.
    QPushButton* agreeButton() const { return m_agree; }
    QPushButton* refuseButton() const { return m_refuse; }

signals:
    void consentGiven(bool granted);

private:
    QLabel* m_verdict = nullptr;
    QTableWidget* m_claims = nullptr;
    QPushButton* m_agree = nullptr;
    QPushButton* m_refuse = nullptr;
};

} // namespace madoguchi::ui
