// Information from outside city hall at the desk (issue #10): the 出生
// scenario of #7 taken with the resident's smartphone pre-entry (F10, the
// scanner types the code) and the doctor's signed 出生証明書 (F10 again,
// verified, consented to), the documents recorded (F11), and the receipt
// listing the data used. Every clerk action goes through the real widgets
// (clerk.h); the scanner's typing is not the clerk's and is not counted.
#include "certificatedialog.h"
#include "documentsdialog.h"
#include "lockcover.h"
#include "outsidedata.h"
#include "pdftext.h"
#include "preentrydialog.h"
#include "scandialog.h"
#include "scenariofixture.h"
#include "storage/sqlerror.h"
#include "support/clirunner.h"
#include "visitpage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <iostream>

using namespace madoguchi;
using namespace madoguchi::testing;

namespace {

// What the scanner types: the whole code, then Enter (not the clerk's keys).
void scan(ui::VisitPage& page, const QString& code)
{
    ui::ScanDialog* dialog = page.outsideData()->scanDialog();
    ASSERT_TRUE(dialog);
    QTest::keyClicks(dialog->codeEdit(), code);
    QTest::keyClick(dialog->codeEdit(), Qt::Key_Return);
}

// The doctor's certificate for 高橋 結衣, signed by the demo hospital.
QString birthCertificate(const QStringList& more = {})
{
    QStringList args{QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("--issuer"),
        QStringLiteral("demo-hospital"), QStringLiteral("--type"),
        QStringLiteral("shussei_shoumei"), QStringLiteral("--subject-name"),
        QStringLiteral("高橋 結衣"), QStringLiteral("--subject-birth-date"),
        QStringLiteral("2026-11-18"), QStringLiteral("--valid-from"),
        QStringLiteral("2026-11-18T12:00:00+09:00"), QStringLiteral("--claim"),
        QStringLiteral("birth_time=午前10時23分"), QStringLiteral("--claim"),
        QStringLiteral("birthplace=東京都みどり野市中央二丁目4番1号"), QStringLiteral("--claim"),
        QStringLiteral("facility=みどり野中央病院"), QStringLiteral("--claim"),
        QStringLiteral("weight_grams=3120"), QStringLiteral("--claim"),
        QStringLiteral("height_cm=49.5"), QStringLiteral("--claim"),
        QStringLiteral("plurality=単胎"), QStringLiteral("--claim"),
        QStringLiteral("gestation_weeks=39"), QStringLiteral("--claim"),
        QStringLiteral("mother_name=高橋 彩"), QStringLiteral("--claim"),
        QStringLiteral("certifier=医師 山田 太郎"), QStringLiteral("--claim"),
        QStringLiteral("certified_on=2026-11-18")};
    const CliRun run = runCli(args + more);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out.trimmed();
}

// The 転出証明書 of 佐藤 健一's household, signed by the city it left.
QString moveOutCertificate()
{
    const CliRun run = runCli({QStringLiteral("cert"), QStringLiteral("issue"),
        QStringLiteral("--issuer"), QStringLiteral("demo-city"), QStringLiteral("--type"),
        QStringLiteral("tenshutsu_shoumei"), QStringLiteral("--subject-name"),
        QStringLiteral("佐藤 健一"), QStringLiteral("--subject-birth-date"),
        QStringLiteral("1986-05-10"), QStringLiteral("--valid-from"),
        QStringLiteral("2026-11-15T10:00:00+09:00"), QStringLiteral("--claim"),
        QStringLiteral("previous_address=大阪府大阪市北区梅田1-1-1"), QStringLiteral("--claim"),
        QStringLiteral("previous_head=佐藤 健一"), QStringLiteral("--claim"),
        QStringLiteral("planned_move_out_date=2026-11-15"), QStringLiteral("--claim"),
        QStringLiteral("moving_members=4"), QStringLiteral("--claim"),
        QStringLiteral("issued_on=2026-11-15")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out.trimmed();
}

QString preEntryCode()
{
    const CliRun run = runCli({QStringLiteral("preentry"), QStringLiteral("encode"),
        QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/demo/preentry-shussei.json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out.trimmed();
}

int countRows(storage::Database& db, const QString& sql, const QVariantList& values)
{
    auto rows = storage::exec(db.sql(), sql, values);
    EXPECT_TRUE(rows && rows->next());
    return rows ? rows->value(0).toInt() : -1;
}

} // namespace

TEST_F(ScenarioTest, ShusseiWithAPreEntryAndTheDoctorsSignedCertificate)
{
    const QString code = preEntryCode();
    const QString certificate = birthCertificate();
    ASSERT_FALSE(code.isEmpty());
    ASSERT_FALSE(certificate.isEmpty());

    findAndOpen(QStringLiteral("たかはし あや"), people.shusseiMother);

    // F10: the scanner reads the pre-entry; the clerk checks it and takes it.
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_F10);
    scan(page(), code);
    ui::PreEntryDialog* preEntry = page().outsideData()->preEntryDialog();
    ASSERT_TRUE(preEntry) << page()
                                 .outsideData()
                                 ->scanDialog()
                                 ->findChild<QLabel*>(QStringLiteral("scanError"))
                                 ->text()
                                 .toStdString();
    EXPECT_GE(preEntry->valuesTable()->rowCount(), 4);
    EXPECT_TRUE(preEntry->notesLabel()->isHidden()) << preEntry->notesLabel()->text().toStdString();
    clerk.decide();
    clerk.key(preEntry->confirmButton(), Qt::Key_Return);
    ASSERT_EQ(page().current(), ui::VisitStep::Checklist);
    EXPECT_EQ(page().visit()->eventType(), QStringLiteral("shussei"));
    EXPECT_EQ(page().visit()->eventDate(), QDate(2026, 11, 18));
    EXPECT_EQ(page().visit()->eventAnswers().value(QStringLiteral("subject")).toString(),
        QStringLiteral("m3"))
        << "the newborn, matched by name and birth date";

    // F10: the doctor's certificate, verified; the resident agrees.
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_F10);
    scan(page(), certificate);
    ui::CertificateDialog* shown = page().outsideData()->certificateDialog();
    ASSERT_TRUE(shown);
    ASSERT_TRUE(shown->agreeButton()) << shown->verdictLabel()->text().toStdString();
    clerk.decide();
    clerk.key(shown->agreeButton(), Qt::Key_Return);
    EXPECT_EQ(page().visit()->sources().consent(QStringLiteral("certificate:shussei_shoumei")),
        std::optional<bool>(true));

    // The 出生届 is filled from the certificate.
    const catalog::FilledField* birthTime = nullptr;
    const catalog::FilledField* weight = nullptr;
    for (const catalog::FilledForm& form : page().visit()->forms().forms)
        if (form.procedure->id == QLatin1String("shussei.todoke"))
            for (const catalog::FilledField& f : form.fields) {
                if (f.field->id == QLatin1String("birth_time"))
                    birthTime = &f;
                if (f.field->id == QLatin1String("weight"))
                    weight = &f;
            }
    ASSERT_TRUE(birthTime && weight);
    EXPECT_EQ(birthTime->value.toString(), QStringLiteral("午前10時23分"));
    EXPECT_EQ(birthTime->provenance, catalog::Provenance::Evidence);
    EXPECT_EQ(weight->value.toInt(), 3120);

    // F11: the clerk records the documents; the handbook is still to bring.
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_F11);
    ui::DocumentsDialog* documents = page().outsideData()->documentsDialog();
    ASSERT_TRUE(documents);
    QTableWidget* table = documents->table();
    ASSERT_GE(table->rowCount(), 3);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = table->item(row, 1)->text();
        table->setCurrentCell(row, 0);
        clerk.decide();
        if (name.contains(QStringLiteral("出生証明書")))
            continue; // recorded as digital by the certificate
        clerk.key(table, name.contains(QStringLiteral("母子健康手帳")) ? Qt::Key_4 : Qt::Key_1);
    }
    clerk.key(table, Qt::Key_Escape);

    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    if (page().current() == ui::VisitStep::Interview) {
        clerk.decide();
        clerk.key(QApplication::focusWidget(), Qt::Key_F9);
        answerInterview({{QStringLiteral("claimant_my_number"),
                             QJsonObject{{QStringLiteral("member"), QStringLiteral("m1")}}},
            {QStringLiteral("bank_account"), QStringLiteral("0179-011-7654321")}});
        clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    }
    ASSERT_EQ(page().current(), ui::VisitStep::Review)
        << page().visit()->incompleteForms().join(QStringLiteral(", ")).toStdString();
    const QString forms = printForms();
    const QString slip = submitAndPrintSlip();
    ASSERT_TRUE(page().submitted().has_value());
    const QString ref = page().submitted()->ref;

    const QString formText = squeezed(readPdf(forms).text);
    EXPECT_TRUE(formText.contains(squeezed(QStringLiteral("午前10時23分"))));
    const QString slipText = squeezed(readPdf(slip).text);
    EXPECT_TRUE(slipText.contains(squeezed(QStringLiteral("出生証明書"))));
    EXPECT_TRUE(slipText.contains(squeezed(QStringLiteral("ご本人の同意：あり"))));
    EXPECT_TRUE(slipText.contains(squeezed(QStringLiteral("母子健康手帳")))) << "still to bring";
    EXPECT_TRUE(slipText.contains(squeezed(QStringLiteral("各担当課へ送付した内容"))));

    storage::Database& db = window->database();
    EXPECT_EQ(countRows(db,
                  QStringLiteral("SELECT COUNT(*) FROM visit_consents WHERE visit_ref = ? "
                                 "AND granted = ?"),
                  {ref, true}),
        1);
    EXPECT_EQ(countRows(db,
                  QStringLiteral("SELECT COUNT(*) FROM visit_evidence WHERE visit_ref = ?"), {ref}),
        2)
        << "the certificate and the pre-entry";
    EXPECT_GE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                  {QStringLiteral("certificate-verify")}),
        2)
        << "read at the desk and verified again at submission";
    report(QStringLiteral("shussei-certificate-preentry"));
}

TEST_F(ScenarioTest, ACertificateForSomeoneElseIsRefusedInPlainWords)
{
    findAndOpen(QStringLiteral("たかはし あや"), people.shusseiMother);
    chooseEvent(3, QStringLiteral("R8.11.18"));
    clerk.key(QApplication::focusWidget(), Qt::Key_Return);
    clerk.key(QApplication::focusWidget(), Qt::Key_Down);
    confirmEvent();
    if (::testing::Test::HasFatalFailure())
        return;
    const QString certificate = birthCertificate({QStringLiteral("--subject-name"),
        QStringLiteral("高橋 結菜")}); // not the child of this household
    auto* cover = new ui::LockCover(window.get());
    clerk.key(QApplication::focusWidget(), Qt::Key_F10);
    scan(page(), certificate);
    ui::CertificateDialog* shown = page().outsideData()->certificateDialog();
    ASSERT_TRUE(shown);
    EXPECT_FALSE(shown->agreeButton()) << "nothing to agree to";
    EXPECT_TRUE(shown->verdictLabel()->text().contains(QStringLiteral("✗")))
        << shown->verdictLabel()->text().toStdString();
    EXPECT_TRUE(page().visit()->sources().certificates().isEmpty());

    // The dialog shows the resident's names: not while the desk is locked.
    ASSERT_TRUE(shown->isVisible());
    cover->cover(QStringLiteral("Locked"));
    EXPECT_FALSE(shown->isVisible());
    cover->uncover();
    EXPECT_TRUE(shown->isVisible());
}

// The 転入 of #7 again, the 転出証明書 read from its code (F10) instead of the
// former address typed from the paper one.
TEST_F(ScenarioTest, TennyuWithTheSignedMoveOutCertificate)
{
    const QString certificate = moveOutCertificate();
    ASSERT_FALSE(certificate.isEmpty());
    takeTennyuFromOsaka();
    if (::testing::Test::HasFatalFailure())
        return;

    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_F10);
    scan(page(), certificate);
    ui::CertificateDialog* shown = page().outsideData()->certificateDialog();
    ASSERT_TRUE(shown);
    ASSERT_TRUE(shown->agreeButton()) << shown->verdictLabel()->text().toStdString();
    clerk.decide();
    clerk.key(shown->agreeButton(), Qt::Key_Return);

    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Interview);
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_F9);
    // No former address: the certificate gave it.
    answerInterview({{QStringLiteral("notifier"),
                         QJsonObject{{QStringLiteral("member"), QStringLiteral("m1")}}},
        {QStringLiteral("phone"), QStringLiteral("0425551234")},
        {QStringLiteral("claimant_my_number"),
            QJsonObject{{QStringLiteral("member"), QStringLiteral("m1")}}},
        {QStringLiteral("bank_account"), QStringLiteral("0179-011-1234567")},
        {QStringLiteral("former_school"),
            QJsonObject{{QStringLiteral("text"), QStringLiteral("大阪市立梅田小学校")},
                {QStringLiteral("reading"), QStringLiteral("うめだしょうがっこう")}}}});
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Review)
        << page().visit()->incompleteForms().join(QStringLiteral(", ")).toStdString();

    for (const catalog::FilledForm& form : page().visit()->forms().forms)
        if (form.procedure->id == QLatin1String("tennyu.todoke"))
            for (const catalog::FilledField& f : form.fields)
                if (f.field->id == QLatin1String("previous_address")) {
                    EXPECT_EQ(f.value.toString(), QStringLiteral("大阪府大阪市北区梅田1-1-1"));
                    EXPECT_EQ(f.provenance, catalog::Provenance::Evidence);
                }
    const QString forms = printForms();
    const QString slip = submitAndPrintSlip();
    ASSERT_TRUE(page().submitted().has_value());
    EXPECT_TRUE(squeezed(readPdf(forms).text).contains(squeezed(QStringLiteral("梅田1-1-1"))));
    EXPECT_TRUE(squeezed(readPdf(slip).text).contains(squeezed(QStringLiteral("転出証明書"))));
    report(QStringLiteral("tennyu-move-out-certificate"));
}
