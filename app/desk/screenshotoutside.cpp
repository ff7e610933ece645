#include "screenshotoutside.h"

#include "certificatedialog.h"
#include "demo/demobirth.h"
#include "demo/demobirthcodes.h"
#include "documentsdialog.h"
#include "mainwindow.h"
#include "outsidedata.h"
#include "preentrydialog.h"
#include "registry/registeraccess.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "visitpage.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <optional>

namespace madoguchi::desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
};

// What the page said last (the status bar's message): why a code was not
// taken when no dialog came up.
class LastMessage {
public:
    explicit LastMessage(ui::VisitPage& page)
    {
        QObject::connect(&page, &ui::VisitPage::message, &m_receiver,
            [this](const QString& text) { m_text = text; });
    }
    QString text() const { return m_text; }

private:
    QObject m_receiver;
    QString m_text;
};

} // namespace

Status shootOutsideData(
    ui::MainWindow& window, const security::Session& session, const ShootFunction& shoot)
{
    ui::VisitPage& page = *window.visitPage();
    if (!page.visit())
        return Error{Text::tr("the catalog could not be loaded: no life event to show")};
    std::optional<demo::DemoBirth> birth;
    {
        // Read as the clerk of the tour: each household opened is audited.
        security::AuditLog audit(window.database());
        security::AccessControl access(session, audit);
        registry::RegisterAccess reg(window.database(), access);
        auto found = demo::findDemoBirth(window.database(), reg, page.today(), std::nullopt);
        if (!found)
            return Error{Text::tr("no 出生 to show the codes from outside city hall: %1")
                             .arg(found.error().message)};
        birth = std::move(found).value();
    }
    const auto codes = demo::makeDemoBirthCodes(*birth, page.visit()->catalog());
    if (!codes)
        return codes.error();

    const LastMessage said(page);
    page.newVisit();
    page.chooseResident(birth->mother.atenaNo);
    if (page.current() != ui::VisitStep::Resident)
        return Error{Text::tr("the resident %1 could not be opened").arg(birth->mother.atenaNo)};
    ui::OutsideData* outside = page.outsideData();
    // F10, and the scanner types the pre-entry.
    outside->scan();
    outside->read(codes->preEntryCode);
    ui::PreEntryDialog* preEntry = outside->preEntryDialog();
    if (!preEntry)
        return Error{Text::tr("the demo's pre-entry was not taken: %1").arg(said.text())};
    if (Status shot = shoot(QStringLiteral("09-preentry.png"), preEntry); !shot)
        return shot;
    preEntry->confirmButton()->click();
    if (page.current() != ui::VisitStep::Checklist)
        return Error{Text::tr("the pre-entry did not lead to the checklist: %1").arg(said.text())};

    // F10 again: the hospital's certificate, verified; the resident agrees.
    outside->scan();
    outside->read(codes->certificate);
    ui::CertificateDialog* certificate = outside->certificateDialog();
    if (!certificate || !certificate->agreeButton())
        return Error{Text::tr("the demo's 出生証明書 was not accepted: %1")
                         .arg(certificate ? certificate->verdictLabel()->text() : said.text())};
    if (Status shot = shoot(QStringLiteral("10-certificate.png"), certificate); !shot)
        return shot;
    certificate->agreeButton()->click();

    // F11: the documents, the 出生証明書 among them received digitally.
    ui::DocumentsDialog* documents = outside->documents();
    if (!documents)
        return Error{Text::tr("the documents of the visit could not be shown: %1")
                         .arg(said.text())};
    if (Status shot = shoot(QStringLiteral("11-documents.png"), documents); !shot)
        return shot;
    documents->close();
    return {};
}

} // namespace madoguchi::desk
