// The desk's scenarios (issue #7, 5): a clerk runs three whole visits on the
// real widgets, offscreen — every value typed or chosen through QTest
// events (clerk.h counts them) — and each visit's checklist, pre-filled
// values, printed PDFs and outbox rows are checked. The run writes
// scenario-report.json (KLM clerk time, paper baseline) into the build
// directory.
#include "checklistpanel.h"
#include "delivery/connectorset.h"
#include "delivery/outbox.h"
#include "delivery/relay.h"
#include "eventpanel.h"
#include "fieldeditor.h"
#include "import/importtestsupport.h"
#include "interviewpanel.h"
#include "pdftext.h"
#include "scenariofixture.h"
#include "storage/fakesecretstore.h"
#include "storage/sqlerror.h"
#include "submitpanel.h"
#include "visitpage.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <iostream>

using namespace madoguchi;
using namespace madoguchi::testing;

namespace {

QSet<QString> checklistKeys(const ui::VisitPage& page)
{
    QSet<QString> keys;
    for (qsizetype i : page.visit()->sentForms())
        keys.insert(page.visit()->keyOf(i));
    return keys;
}

QString keysText(const QSet<QString>& keys)
{
    QStringList list(keys.begin(), keys.end());
    list.sort();
    return list.join(QStringLiteral(", "));
}

int outboxRows(storage::Database& db, const QString& ref)
{
    auto rows = storage::exec(db.sql(),
        QStringLiteral("SELECT COUNT(*) FROM outbox o JOIN applications a ON a.id = o.id "
                       "WHERE a.visit_ref = ? AND o.state = 'queued'"),
        {ref});
    EXPECT_TRUE(rows && rows->next());
    return rows ? rows->value(0).toInt() : -1;
}

// The value of a form's field and where it came from.
std::pair<QJsonValue, catalog::Provenance> fieldOf(
    const ui::VisitPage& page, const char* procedure, const char* member, const char* field)
{
    for (const catalog::FilledForm& form : page.visit()->forms().forms)
        if (form.procedure->id == QLatin1String(procedure) && form.member == QLatin1String(member))
            for (const catalog::FilledField& f : form.fields)
                if (f.field->id == QLatin1String(field))
                    return {f.value, f.provenance};
    ADD_FAILURE() << "no field " << procedure << "/" << member << " " << field;
    return {};
}

// "Choose m2 from the household's names" (FieldEditor's ↓ list).
QJsonObject member(const char* id)
{
    return {{QStringLiteral("member"), QString::fromUtf8(id)}};
}

QJsonObject typed(const char* text, const char* reading)
{
    return {{QStringLiteral("text"), QString::fromUtf8(text)},
        {QStringLiteral("reading"), QString::fromUtf8(reading)}};
}

// What every scenario checks once the visit is submitted: the PDFs and the outbox.
void checkPrintedAndQueued(ui::VisitPage& page, storage::Database& db, const QString& formsPdf,
    const QString& slipPdf, const QStringList& mustRead)
{
    ASSERT_TRUE(page.submitted().has_value());
    const QString ref = page.submitted()->ref;
    const qsizetype sent = page.visit()->sentForms().size();
    const PdfRead forms = readPdf(formsPdf);
    ASSERT_TRUE(forms.error.isEmpty()) << forms.error.toStdString();
    EXPECT_GE(forms.pages, int(sent));
    const QString text = squeezed(forms.text);
    EXPECT_TRUE(text.contains(ref)) << "the forms carry the visit reference";
    for (const QString& wanted : mustRead)
        EXPECT_TRUE(text.contains(squeezed(wanted))) << wanted.toStdString();
    for (qsizetype i : page.visit()->sentForms())
        EXPECT_TRUE(text.contains(squeezed(page.visit()->forms().forms[i].procedure->names.ja)))
            << page.visit()->forms().forms[i].procedure->names.ja.toStdString();
    EXPECT_EQ(outboxRows(db, ref), int(sent));
    EXPECT_EQ(page.submitted()->applications.size(), sent);
    const QString slip = squeezed(readPdf(slipPdf).text);
    EXPECT_TRUE(slip.contains(ref));
}

} // namespace

TEST_F(ScenarioTest, TennyuOfAFamilyOfFourFromAnotherPrefecture)
{
    takeTennyuFromOsaka();
    if (::testing::Test::HasFatalFailure())
        return;

    // 漏れない: every procedure for every member.
    const QSet<QString> keys = checklistKeys(page());
    std::cout << "[ checklist ] " << keysText(keys).toStdString() << "\n";
    for (const char* expected : {"tennyu.todoke", "kokuho.kanyu/m1", "kokuho.kanyu/m2",
             "kokuho.kanyu/m3", "kouki.tennyu/m4", "gakko.tennyugaku/m3"})
        EXPECT_TRUE(keys.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(keys.contains(QStringLiteral("kokuho.kanyu/m4"))) << "76: 後期, not 国保";
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Interview);

    // 書かない: the register fills names, birth dates, the address; the
    // numbers come from the register with F9.
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_F9);
    answerInterview(
        // The former address from the paper 転出証明書: its postal code
        // fills in 大阪府大阪市北区梅田, the clerk types the rest.
        {{QStringLiteral("previous_address"), QStringLiteral("53000011-1-1")},
            {QStringLiteral("notifier"), member("m1")},
            {QStringLiteral("phone"), QStringLiteral("0425551234")},
            {QStringLiteral("claimant_my_number"), member("m1")},
            {QStringLiteral("bank_account"), QStringLiteral("0179-011-1234567")},
            {QStringLiteral("former_school"),
                typed("大阪市立梅田小学校", "うめだしょうがっこう")}});
    ASSERT_TRUE(page().visit()->readyToSubmit())
        << page().visit()->incompleteForms().join(QStringLiteral(", ")).toStdString();
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page().current(), ui::VisitStep::Review)
        << window->statusBar()->currentMessage().toStdString() << " incomplete "
        << page().visit()->incompleteForms().join(QStringLiteral(",")).toStdString();

    // 書かない: names, birth dates, the address from the register; the 個人番号
    // from the register (F9), not typed.
    const auto address = fieldOf(page(), "tennyu.todoke", "", "address");
    EXPECT_EQ(address.first.toString(), QStringLiteral("東京都みどり野市本町一丁目1番1号"));
    EXPECT_EQ(address.second, catalog::Provenance::Register);
    const auto grandmother = fieldOf(page(), "kouki.tennyu", "m4", "name");
    EXPECT_EQ(grandmother.first.toString(), QStringLiteral("佐藤 トメ"));
    EXPECT_EQ(grandmother.second, catalog::Provenance::Register);
    EXPECT_EQ(fieldOf(page(), "kokuho.kanyu", "m3", "my_number").first.toString(),
        importtest::myNumber(3));
    const auto previous = fieldOf(page(), "tennyu.todoke", "", "previous_address");
    EXPECT_EQ(previous.first.toString(), QStringLiteral("大阪府大阪市北区梅田1-1-1"));
    EXPECT_EQ(previous.second, catalog::Provenance::ClerkEntry);

    const QString forms = printForms();
    const QString slip = submitAndPrintSlip();
    checkPrintedAndQueued(page(), window->database(), forms, slip,
        {QStringLiteral("佐藤 健一"), QStringLiteral("佐藤 トメ"),
            QStringLiteral("東京都みどり野市本町一丁目1番1号")});
    report(QStringLiteral("tennyu-family-of-four"));
}

TEST_F(ScenarioTest, ShusseiInAShahoFamily)
{
    findAndOpen(QStringLiteral("たかはし あや"), people.shusseiMother);
    chooseEvent(3, QStringLiteral("R8.11.18"));
    clerk.key(QApplication::focusWidget(), Qt::Key_Return); // to the child
    clerk.decide();
    // It starts as the mother the clerk found (m2): one down to the newborn.
    clerk.key(QApplication::focusWidget(), Qt::Key_Down);
    clerk.key(QApplication::focusWidget(), Qt::Key_Tab); // to the mother
    clerk.decide();
    for (int i = 0; i < 2; ++i) // m2
        clerk.key(QApplication::focusWidget(), Qt::Key_Down);
    confirmEvent();
    if (::testing::Test::HasFatalFailure())
        return;

    const QSet<QString> keys = checklistKeys(page());
    std::cout << "[ checklist ] " << keysText(keys).toStdString() << "\n";
    for (const char* expected : {"shussei.todoke", "jidouteate.nintei"})
        EXPECT_TRUE(keys.contains(QString::fromUtf8(expected))) << expected;
    for (const QString& key : keys)
        EXPECT_FALSE(key.startsWith(QStringLiteral("kokuho.kanyu")))
            << "社保: no 国保 " << key.toStdString();
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    if (page().current() == ui::VisitStep::Interview) {
        clerk.decide();
        clerk.key(QApplication::focusWidget(), Qt::Key_F9);
        answerInterview(
            {{QStringLiteral("birthplace"), typed("東京都みどり野市", "とうきょうとみどりのし")},
                // No 出生証明書 code: the clerk copies its four facts.
                {QStringLiteral("birth_time"), typed("午前3時12分", "ごぜん3じ12ふん")},
                {QStringLiteral("birth_weight"), QStringLiteral("3050")},
                {QStringLiteral("birth_plurality"), typed("単胎", "たんたい")},
                {QStringLiteral("birth_certifier"), typed("医師", "いし")},
                {QStringLiteral("honseki"),
                    typed("東京都みどり野市本町一丁目5番", "みどりのしほんまち 1ちょうめ5ばん")},
                {QStringLiteral("notifier"), member("m2")},
                {QStringLiteral("phone"), QStringLiteral("09012345678")},
                {QStringLiteral("claimant_my_number"), member("m1")},
                {QStringLiteral("bank_account"), QStringLiteral("0179-011-7654321")}});
        clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    }
    ASSERT_EQ(page().current(), ui::VisitStep::Review)
        << page().visit()->incompleteForms().join(QStringLiteral(", ")).toStdString();
    const QString forms = printForms();
    const QString slip = submitAndPrintSlip();
    checkPrintedAndQueued(page(), window->database(), forms, slip,
        {QStringLiteral("高橋 結衣"), QStringLiteral("高橋 翔")});
    report(QStringLiteral("shussei-shaho-family"));

    // A relay delivers (here to a folder); the Submit step follows it live.
    QTemporaryDir drop;
    auto connectors = delivery::ConnectorSet::fromJson(
        QJsonObject{{QStringLiteral("default"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                {QStringLiteral("directory"), drop.path()}}}},
        QStringLiteral("test"));
    ASSERT_TRUE(connectors);
    madoguchi::testing::FakeSecretStore secrets;
    delivery::RelayOptions options;
    options.owner = QStringLiteral("scenario");
    delivery::Relay relay(window->database(), connectors.value(), secrets, options);
    ASSERT_TRUE(relay.runOnce());
    QTest::qWait(1500); // the page reads the delivery once a second
    for (const visit::ApplicationStatus& a : page().submitted()->applications)
        EXPECT_EQ(a.state, delivery::OutboxState::Delivered) << a.procedureId.toStdString();
    QTableWidget* table = page().submitPanel()->statusTable();
    ASSERT_GT(table->rowCount(), 0);
    EXPECT_TRUE(table->item(0, 4)->text().startsWith(QStringLiteral("file:")))
        << table->item(0, 4)->text().toStdString();
}

TEST_F(ScenarioTest, ShibouOfAHouseholdHeadLeavingTwo)
{
    findAndOpen(QStringLiteral("スズキ マサオ"), people.shibouHead);
    chooseEvent(4, QStringLiteral("R8.11.22"));
    clerk.decide(); // who died: already the head the clerk found (m1)
    confirmEvent();
    if (::testing::Test::HasFatalFailure())
        return;

    const QSet<QString> keys = checklistKeys(page());
    std::cout << "[ checklist ] " << keysText(keys).toStdString() << "\n";
    for (const char* expected : {"shibou.todoke", "setainushi.henkou"})
        EXPECT_TRUE(keys.contains(QString::fromUtf8(expected))) << expected;
    clerk.decide();
    clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    if (page().current() == ui::VisitStep::Interview) {
        clerk.decide();
        clerk.key(QApplication::focusWidget(), Qt::Key_F9);
        answerInterview({{QStringLiteral("event.funeral_date"), QStringLiteral("R8.11.25")},
            {QStringLiteral("honseki"),
                typed("東京都みどり野市本町一丁目3番", "みどりのしほんまち 1ちょうめ3ばん")},
            {QStringLiteral("place_of_death"),
                typed("東京都みどり野市中央病院", "みどりのしちゅうおうびょういん")},
            {QStringLiteral("notifier"), member("m3")},
            {QStringLiteral("phone"), QStringLiteral("0425559876")},
            {QStringLiteral("funeral_host"), member("m3")},
            {QStringLiteral("crematorium"), typed("みどり野市斎場", "みどりのしさいじょう")},
            {QStringLiteral("new_head"), member("m2")},
            {QStringLiteral("pension_claimant"), member("m2")},
            {QStringLiteral("claimant_my_number"), member("m2")},
            {QStringLiteral("bank_account"), QStringLiteral("0179-011-1112223")}});
        clerk.key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    }
    ASSERT_EQ(page().current(), ui::VisitStep::Review)
        << page().visit()->incompleteForms().join(QStringLiteral(", ")).toStdString();
    const QString forms = printForms();
    const QString slip = submitAndPrintSlip();
    checkPrintedAndQueued(page(), window->database(), forms, slip, {QStringLiteral("鈴木 正雄")});
    report(QStringLiteral("shibou-head-leaves-two"));
}
