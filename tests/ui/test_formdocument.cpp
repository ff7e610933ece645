// The printed forms of a visit and the guidance slip (issue #7, 1f and 1g):
// real forms of the built-in catalog written to PDF and read back with the
// poppler tools (pdfinfo, pdftotext).
#include "catalog/catalogloader.h"
#include "catalog/checklistinput.h"
#include "catalog/interviewsession.h"
#include "pdftext.h"
#include "slipdocument.h"
#include "text/checkdigits.h"
#include "visit/visitstatus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace madoguchi;
using madoguchi::testing::PdfRead;
using madoguchi::testing::readPdf;
using madoguchi::testing::squeezed;
using namespace Qt::StringLiterals;

namespace {

// An answer any field of the question's type takes.
QJsonValue answerFor(const catalog::Question& q)
{
    const QString body = u"12345678901"_s;
    switch (q.field->type) {
    case catalog::FieldType::Date:
    case catalog::FieldType::EraDate:
        return u"2025-11-21"_s;
    case catalog::FieldType::Checkbox:
        return true;
    case catalog::FieldType::Number:
        return 1;
    case catalog::FieldType::Select:
        return q.field->options.constFirst().value;
    case catalog::FieldType::Member:
        return u"m1"_s;
    case catalog::FieldType::Members:
        return QJsonArray{u"m1"_s};
    case catalog::FieldType::MyNumber:
        return QString(body + QString::number(text::myNumberCheckDigit(body)));
    case catalog::FieldType::Phone:
        return u"0312345678"_s;
    default:
        return u"回答"_s;
    }
}

class FormDocumentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_load = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
        ASSERT_TRUE(m_load.ok());
        QFile caseFile(u":/catalog/cases/01-tennyu-family.json"_s);
        ASSERT_TRUE(caseFile.open(QIODevice::ReadOnly));
        const QJsonObject input
            = QJsonDocument::fromJson(caseFile.readAll()).object().value(u"context"_s).toObject();
        const auto derived = catalog::prepareContext(catalog(), input, u"01-tennyu-family"_s);
        ASSERT_TRUE(derived) << derived.error().message.toStdString();
        auto forms = catalog::fillForms(catalog(), derived.value());
        ASSERT_TRUE(forms) << forms.error().message.toStdString();
        m_forms = std::move(forms.value());
        // The clerk answers everything the interview asks.
        for (int round = 0; round < 10 && !m_forms.interview.isEmpty(); ++round) {
            QJsonObject answers;
            for (const catalog::Question& q : m_forms.interview) {
                if (q.member.isEmpty()) {
                    answers.insert(q.key, answerFor(q));
                } else {
                    QJsonObject byMember = answers.value(q.key).toObject();
                    byMember.insert(q.member, answerFor(q));
                    answers.insert(q.key, byMember);
                }
            }
            ASSERT_TRUE(catalog::applyAnswers(m_forms, answers));
        }
        ASSERT_GE(m_forms.forms.size(), 3);
    }

    const catalog::Catalog& catalog() const { return *m_load.catalog; }

    ui::PrintHeader header(const QString& language = u"ja"_s) const
    {
        ui::PrintHeader h;
        h.visitRef = u"V20261126-000001"_s;
        h.cityName = u"みどり野市"_s;
        h.office = u"市民課 1番窓口"_s;
        h.printedOn = QDate(2026, 11, 26);
        h.language = language;
        return h;
    }

    QList<qsizetype> all() const
    {
        QList<qsizetype> indexes;
        for (qsizetype i = 0; i < m_forms.forms.size(); ++i)
            indexes << i;
        return indexes;
    }

    qsizetype formOf(const QString& procedure, const QString& member = {}) const
    {
        for (qsizetype i = 0; i < m_forms.forms.size(); ++i) {
            const catalog::FilledForm& f = m_forms.forms.at(i);
            if (f.procedure->id == procedure && f.member == member)
                return i;
        }
        return -1;
    }

    PdfRead print(const catalog::Forms& forms, const QList<qsizetype>& indexes,
        const ui::PrintHeader& h, const QString& name = u"forms.pdf"_s) const
    {
        const QString file = m_dir.filePath(name);
        const Status written = ui::FormDocument(forms, indexes, h).writePdf(file);
        EXPECT_TRUE(written) << (written ? std::string() : written.error().message.toStdString());
        PdfRead read = readPdf(file);
        EXPECT_TRUE(read.error.isEmpty()) << read.error.toStdString();
        return read;
    }

    QTemporaryDir m_dir;
    catalog::CatalogLoad m_load;
    catalog::Forms m_forms;
};

} // namespace

TEST_F(FormDocumentTest, PrintsEveryFormOfTheVisitInJapanese)
{
    const PdfRead pdf = print(m_forms, all(), header());
    EXPECT_GE(pdf.pages, m_forms.forms.size());
    const QString text = squeezed(pdf.text);
    for (const catalog::FilledForm& f : m_forms.forms)
        EXPECT_TRUE(text.contains(squeezed(f.procedure->names.ja)))
            << f.procedure->id.toStdString();
    EXPECT_TRUE(text.contains(squeezed(u"佐藤健"_s))) << pdf.text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(u"V20261126-000001"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"受付番号"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"みどり野市"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"署名"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"住民記録"_s))); // a provenance mark
    // The birth date of 佐藤 健 in 和暦 and 西暦.
    EXPECT_TRUE(text.contains(squeezed(u"昭和60年4月10日"_s))) << pdf.text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(u"1985年4月10日"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"ページ1/%1"_s.arg(pdf.pages))));
    EXPECT_TRUE(text.contains(squeezed(u"ページ%1/%1"_s.arg(pdf.pages))));
}

TEST_F(FormDocumentTest, PrintsMembersNamesMyNumberGroupedAndNoHiddenField)
{
    const qsizetype kanyu = formOf(u"kokuho.kanyu"_s, u"m1"_s);
    ASSERT_GE(kanyu, 0);
    catalog::Forms forms = m_forms;
    catalog::FilledForm& form = forms.forms[kanyu];
    // A hidden field is not printed, whatever its value.
    ASSERT_GE(form.fields.size(), 2);
    form.fields[1].visible = false;
    form.fields[1].value = u"見えない値"_s;
    const QString hiddenLabel = form.fields[1].field->labels.ja;
    const PdfRead pdf = print(forms, {kanyu}, header());
    EXPECT_EQ(pdf.pages, 1);
    const QString text = squeezed(pdf.text);
    EXPECT_TRUE(text.contains(squeezed(u"国民健康保険"_s))
        || text.contains(squeezed(form.procedure->names.ja)));
    EXPECT_TRUE(text.contains(squeezed(u"佐藤健"_s)));
    EXPECT_TRUE(pdf.text.contains(u"1234 5678 901"_s)) << pdf.text.toStdString();
    EXPECT_FALSE(text.contains(squeezed(u"見えない値"_s)));
    EXPECT_FALSE(text.contains(squeezed(hiddenLabel))) << hiddenLabel.toStdString();
}

TEST_F(FormDocumentTest, ALongFormContinuesOnAFurtherPage)
{
    const qsizetype kanyu = formOf(u"kokuho.kanyu"_s, u"m1"_s);
    const qsizetype todoke = formOf(u"tennyu.todoke"_s);
    ASSERT_GE(kanyu, 0);
    ASSERT_GE(todoke, 0);
    catalog::Forms forms = m_forms;
    catalog::FilledForm& form = forms.forms[kanyu];
    const QList<catalog::FilledField> fields = form.fields;
    // 7 fields × 5 = 35 rows, one with a value that wraps over many lines:
    // more than a page holds, less than two.
    for (int i = 0; i < 4; ++i)
        form.fields += fields;
    ASSERT_EQ(form.fields.size(), 35);
    form.fields[2].value = QString(u"とても長い記入内容です。"_s).repeated(30);

    const PdfRead one = print(forms, {kanyu}, header(), u"long.pdf"_s);
    EXPECT_EQ(one.pages, 2);
    EXPECT_TRUE(squeezed(one.text).contains(squeezed(u"（続き）"_s)));
    EXPECT_TRUE(squeezed(one.text).contains(squeezed(u"ページ2/2"_s)));
    // The signature box only once, at the end of the form.
    EXPECT_EQ(squeezed(one.text).count(squeezed(u"署名欄"_s)), 1);

    const PdfRead both = print(forms, {todoke, kanyu}, header(), u"both.pdf"_s);
    EXPECT_EQ(both.pages, 3);
    EXPECT_EQ(squeezed(both.text).count(squeezed(u"署名欄"_s)), 2);
    EXPECT_TRUE(squeezed(both.text).contains(squeezed(u"ページ3/3"_s)));
}

TEST_F(FormDocumentTest, PrintsEnglishLabelsWhenTheHeaderSaysSo)
{
    const PdfRead pdf = print(m_forms, all(), header(u"en"_s));
    EXPECT_GE(pdf.pages, m_forms.forms.size());
    const QString text = squeezed(pdf.text);
    for (const catalog::FilledForm& f : m_forms.forms)
        EXPECT_TRUE(text.contains(squeezed(f.procedure->names.en)))
            << f.procedure->id.toStdString();
    EXPECT_TRUE(pdf.text.contains(u"Reference: V20261126-000001"_s)) << pdf.text.toStdString();
    EXPECT_TRUE(pdf.text.contains(u"Signature"_s));
    EXPECT_TRUE(pdf.text.contains(u"I confirm that the above is correct."_s));
    EXPECT_TRUE(pdf.text.contains(u"register"_s));
    EXPECT_TRUE(pdf.text.contains(u"asked at the counter"_s));
    EXPECT_TRUE(pdf.text.contains(u"page 1 / %1"_s.arg(pdf.pages)));
    EXPECT_TRUE(text.contains(squeezed(u"1985-04-10(昭和60年4月10日)"_s)));
    // Names and addresses stay as they are; no Japanese label is left.
    EXPECT_TRUE(text.contains(squeezed(u"佐藤健"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"東京都みどり野市中央1-2-3"_s)));
    for (const QString& japanese :
        {u"署名欄"_s, u"受付番号"_s, u"住民記録"_s, u"ページ"_s, u"対象者"_s})
        EXPECT_FALSE(text.contains(japanese)) << japanese.toStdString();
}

TEST_F(FormDocumentTest, SaysTheReferenceComesAtSubmissionWhenThereIsNone)
{
    ui::PrintHeader h = header();
    h.visitRef.clear();
    const PdfRead pdf = print(m_forms, {0}, h);
    EXPECT_TRUE(squeezed(pdf.text).contains(squeezed(u"受付番号：提出時に採番"_s)))
        << pdf.text.toStdString();
    h.language = u"en"_s;
    const PdfRead en = print(m_forms, {0}, h, u"en.pdf"_s);
    EXPECT_TRUE(en.text.contains(u"Reference: given at submission"_s)) << en.text.toStdString();
}

TEST_F(FormDocumentTest, WritingIntoAMissingFolderFailsNamingTheFile)
{
    const QString file = m_dir.filePath(u"missing/forms.pdf"_s);
    const Status written = ui::FormDocument(m_forms, all(), header()).writePdf(file);
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().message.contains(QDir::toNativeSeparators(file)))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(u"missing"_s)));
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_F(FormDocumentTest, RefusesAFormThatIsNotThere)
{
    const QString file = m_dir.filePath(u"forms.pdf"_s);
    const Status written
        = ui::FormDocument(m_forms, {m_forms.forms.size()}, header()).writePdf(file);
    ASSERT_FALSE(written);
    EXPECT_FALSE(QFileInfo::exists(file));
}

namespace {

QJsonObject slipOfAVisit()
{
    visit::VisitStatus v;
    v.ref = u"V20261126-000001"_s;
    v.atenaNo = u"10000011954"_s;
    v.eventType = u"tennyu"_s;
    v.eventDate = u"2026-11-19"_s;
    v.office = u"本庁舎 市民課"_s;
    v.submittedAt = u"2026-11-26T11:28:36.618Z"_s;
    visit::ApplicationStatus todoke;
    todoke.id = u"a1"_s;
    todoke.procedureId = u"tennyu.todoke"_s;
    todoke.system = u"juki"_s;
    todoke.deadline = u"2026-12-03"_s;
    todoke.state = delivery::OutboxState::Delivered;
    todoke.receipt = u"JUKI-000001"_s;
    visit::ApplicationStatus kanyu;
    kanyu.id = u"a2"_s;
    kanyu.procedureId = u"kokuho.kanyu"_s;
    kanyu.system = u"kokuho"_s;
    kanyu.member = u"m2"_s;
    kanyu.memberAtenaNo = u"10000011962"_s;
    kanyu.deadline = u"2026-12-03"_s;
    kanyu.documents
        = {QJsonObject{{u"ja"_s, u"本人確認書類"_s}, {u"en"_s, u"Proof of identity"_s}}};
    kanyu.state = delivery::OutboxState::RetryWait;
    visit::ApplicationStatus inu;
    inu.id = u"a3"_s;
    inu.procedureId = u"inu.idou"_s;
    inu.system = u"inu"_s;
    inu.state = delivery::OutboxState::Rejected;
    v.applications = {todoke, kanyu, inu};
    QJsonObject slip = visit::guidanceSlip(v);
    // The desk adds the names it knows.
    const QList<QJsonObject> names{{{u"ja"_s, u"転入届"_s}, {u"en"_s, u"Moving-in notification"_s}},
        {{u"ja"_s, u"国民健康保険 加入"_s}, {u"en"_s, u"Joining National Health Insurance"_s}},
        {{u"ja"_s, u"犬の登録事項変更"_s}, {u"en"_s, u"Dog registration change"_s}}};
    QJsonArray items = slip.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(u"procedure_name"_s, names.at(i));
        items[i] = item;
    }
    slip.insert(u"items"_s, items);
    slip.insert(u"resident"_s, u"佐藤 健"_s);
    slip.insert(u"next"_s,
        QJsonObject{{u"ja"_s, u"2階 保険年金課へお越しください"_s},
            {u"en"_s, u"Please go to the Insurance and Pension Division, 2nd floor"_s}});
    return slip;
}

ui::PrintHeader slipHeader(const QString& language)
{
    ui::PrintHeader h;
    h.visitRef = u"V20261126-000001"_s;
    h.cityName = u"みどり野市"_s;
    h.printedOn = QDate(2026, 11, 26);
    h.language = language;
    return h;
}

} // namespace

TEST(SlipDocument, ListsEachApplicationWithItsStatus)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"slip.pdf"_s);
    const Status written = ui::SlipDocument(slipOfAVisit(), slipHeader(u"ja"_s)).writePdf(file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const PdfRead pdf = readPdf(file);
    ASSERT_TRUE(pdf.error.isEmpty()) << pdf.error.toStdString();
    EXPECT_EQ(pdf.pages, 1);
    const QString text = squeezed(pdf.text);
    EXPECT_TRUE(text.contains(squeezed(u"受付案内票"_s))) << pdf.text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(u"V20261126-000001"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"佐藤健"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"転入届"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"国民健康保険加入"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"犬の登録事項変更"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"登録済み（受理番号JUKI-000001）"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"手続き中"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"受付できませんでした"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"令和8年12月3日（2026年12月3日）"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"本人確認書類"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"次の窓口"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"保険年金課"_s)));
    EXPECT_TRUE(text.contains(squeezed(u"ページ1/1"_s)));
}

TEST(SlipDocument, PrintsInEnglish)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"slip.pdf"_s);
    const Status written = ui::SlipDocument(slipOfAVisit(), slipHeader(u"en"_s)).writePdf(file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const PdfRead pdf = readPdf(file);
    ASSERT_TRUE(pdf.error.isEmpty()) << pdf.error.toStdString();
    EXPECT_TRUE(pdf.text.contains(u"Receipt and guidance"_s)) << pdf.text.toStdString();
    EXPECT_TRUE(pdf.text.contains(u"Moving-in notification"_s));
    EXPECT_TRUE(pdf.text.contains(u"Registered (receipt JUKI-000001)"_s));
    EXPECT_TRUE(pdf.text.contains(u"Refused"_s));
    EXPECT_TRUE(pdf.text.contains(u"Proof of identity"_s));
    EXPECT_TRUE(pdf.text.contains(u"Where to go next"_s));
    EXPECT_TRUE(pdf.text.contains(u"2026-12-03"_s));
}

TEST(SlipDocument, AManyApplicationSlipContinuesAndAMissingFolderFails)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QJsonObject slip = slipOfAVisit();
    QJsonArray items = slip.value(u"items"_s).toArray();
    const QJsonArray three = items;
    for (int i = 0; i < 8; ++i) {
        for (const QJsonValue& v : three)
            items.append(v);
    }
    slip.insert(u"items"_s, items);
    const QString file = dir.filePath(u"slip.pdf"_s);
    ASSERT_TRUE(ui::SlipDocument(slip, slipHeader(u"ja"_s)).writePdf(file));
    const PdfRead pdf = readPdf(file);
    EXPECT_GE(pdf.pages, 2);
    EXPECT_TRUE(squeezed(pdf.text).contains(squeezed(u"ページ%1/%1"_s.arg(pdf.pages))));

    const QString missing = dir.filePath(u"missing/slip.pdf"_s);
    const Status written = ui::SlipDocument(slipOfAVisit(), slipHeader(u"ja"_s)).writePdf(missing);
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().message.contains(QDir::toNativeSeparators(missing)));
    EXPECT_FALSE(QFileInfo::exists(missing));
}
