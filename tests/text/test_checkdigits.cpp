// Check digits of 個人番号, 宛名番号/世帯番号 and 全国地方公共団体コード: known
// values, the r ≤ 1 edge the common bug gets wrong, and wrong input.
#include "support/qtprinters.h"
#include "text/checkdigits.h"

#include <gtest/gtest.h>

using namespace madoguchi::text;

namespace {

QString str(const char16_t* s)
{
    return QString::fromUtf16(s);
}

// The My Number rule written out independently of the production code.
int referenceRemainder(const QString& body)
{
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = body.at(body.size() - n).digitValue();
        sum += p * (n <= 6 ? n + 1 : n - 5);
    }
    return sum % 11;
}
int referenceCheck(int r)
{
    return r <= 1 ? 0 : 11 - r;
}
// The common bug: the test is made on 11 − r instead of r.
int buggyCheck(int r)
{
    return 11 - r <= 1 ? 0 : 11 - r;
}

// --- 個人番号 ----------------------------------------------------------------

TEST(MyNumber, KnownValidNumber)
{
    EXPECT_EQ(myNumberCheckDigit(u"12345678901"), 8);
    EXPECT_EQ(validateMyNumber(u"123456789018").value(), str(u"123456789018"));
}

struct Body {
    const char16_t* body;
    int remainder;
    int check;
};

TEST(MyNumber, RemaindersWhereTheCommonBugDiffers)
{
    // Found by search (r = 0, 1, 10: the only remainders where the two rules differ).
    const Body table[] = {
        {u"99826808035", 0, 0}, // the bug gives 11, not even a digit
        {u"29157344790", 1, 0}, // the bug gives 10
        {u"92079639062", 10, 1}, // the bug gives 0
    };
    for (const Body& b : table) {
        SCOPED_TRACE(QString::fromUtf16(b.body).toStdString());
        ASSERT_EQ(referenceRemainder(str(b.body)), b.remainder);
        EXPECT_EQ(myNumberCheckDigit(b.body), b.check);
        EXPECT_NE(buggyCheck(b.remainder), b.check);
        EXPECT_TRUE(validateMyNumber(QString(str(b.body) + QString::number(b.check))).ok());
    }
}

TEST(MyNumber, AgreesWithTheReferenceOverManyBodies)
{
    // A deterministic walk over bodies (a linear congruential sequence).
    quint64 x = 12345;
    int differences = 0;
    for (int i = 0; i < 20000; ++i) {
        x = (x * 6364136223846793005ULL + 1442695040888963407ULL);
        const QString body
            = QString::number((x >> 11) % 100000000000ULL).rightJustified(11, QLatin1Char('0'));
        const int r = referenceRemainder(body);
        ASSERT_EQ(myNumberCheckDigit(body), referenceCheck(r)) << body.toStdString();
        // Q(n) is the 2–7 cycle, so the generic mod-11 rule gives the same digit.
        ASSERT_EQ(mod11CheckDigit(body), referenceCheck(r)) << body.toStdString();
        differences += buggyCheck(r) != referenceCheck(r);
    }
    EXPECT_GT(differences, 1000); // about 3 in 11 bodies: the bug is not rare
}

struct Input {
    const char16_t* input;
    const char16_t* normalized; // empty: rejected
    const char16_t* reason; // a substring of the error
};

void expectValidation(IdentifierKind kind, const Input& c)
{
    SCOPED_TRACE(QString::fromUtf16(c.input).toStdString());
    const auto r = validateIdentifier(kind, str(c.input));
    if (*c.normalized) {
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_EQ(r.value(), str(c.normalized));
    } else {
        ASSERT_FALSE(r.ok()) << "accepted as " << r.value().toStdString();
        EXPECT_TRUE(r.error().message.contains(str(c.reason))) << r.error().message.toStdString();
    }
}

TEST(MyNumber, ValidationTable)
{
    const Input table[] = {
        {u"123456789018", u"123456789018", u""},
        {u"  123456789018  ", u"123456789018", u""},
        {u"1234 5678 9018", u"123456789018", u""},
        {u"1234-5678-9018", u"123456789018", u""},
        {u"１２３４５６７８９０１８", u"123456789018", u""},
        {u"１２３４　５６７８　９０１８", u"123456789018", u""},
        {u"１２３４5678９０１８", u"123456789018", u""}, // mixed widths
        {u"1234－5678ー9018", u"123456789018", u""},
        {u"123456789013", u"", u"wrong check digit: expected 8, got 3"},
        {u"123456789010", u"", u"expected 8, got 0"},
        {u"99826808035"
         u"11",
            u"", u"has 12 digits, this has 13"},
        {u"12345678901", u"", u"has 12 digits, this has 11"},
        {u"1234567890180", u"", u"has 12 digits, this has 13"},
        {u"1234567890123456789012345678901234567890", u"", u"this has 40"},
        {u"12345678901a", u"", u"'a' is not a digit"},
        {u"123.456.789.018", u"", u"'.' is not a digit"},
        {u"１２３４５６７８９０１８円", u"", u"'円' is not a digit"},
        {u"", u"", u"nothing given"},
        {u"   ", u"", u"nothing given"},
        {u"---", u"", u"has no digits"},
        {u"+123456789018", u"", u"'+' is not a digit"},
    };
    for (const Input& c : table)
        expectValidation(IdentifierKind::MyNumber, c);
}

TEST(MyNumber, BodyFunctionRejectsWhatIsNotAnAsciiBody)
{
    EXPECT_EQ(myNumberCheckDigit(u""), -1);
    EXPECT_EQ(myNumberCheckDigit(u"1234567890"), -1);
    EXPECT_EQ(myNumberCheckDigit(u"123456789012"), -1);
    EXPECT_EQ(myNumberCheckDigit(u"1234567890a"), -1);
    EXPECT_EQ(myNumberCheckDigit(u"１２３４５６７８９０１"), -1);
}

// --- 宛名番号 / 世帯番号 -------------------------------------------------------

TEST(Mod11, CheckDigits)
{
    const Body table[] = {
        {u"1234567890", 8, 3}, {u"0000000001", 2, 9}, {u"0000012345", 6, 5}, {u"7648620483", 0, 0},
        {u"4141555364", 1, 0}, {u"4454486618", 10, 1}, {u"0000000000", 0, 0}, {u"1", 2, 9},
        {u"9", 7, 4}, {u"99", 1, 0},
        {u"12345678901234567890", 0, 0}, // any length: the weights cycle 2–7
    };
    for (const Body& b : table) {
        SCOPED_TRACE(QString::fromUtf16(b.body).toStdString());
        EXPECT_EQ(mod11CheckDigit(b.body), b.check);
        EXPECT_EQ(appendMod11CheckDigit(b.body), QString(str(b.body) + QString::number(b.check)));
    }
}

TEST(Mod11, BodyFunctionsRejectWhatIsNotAnAsciiBody)
{
    for (const char16_t* body : {u"", u"12a", u"１２", u" 12", u"1-2"}) {
        SCOPED_TRACE(QString::fromUtf16(body).toStdString());
        EXPECT_EQ(mod11CheckDigit(body), -1);
        EXPECT_TRUE(appendMod11CheckDigit(body).isEmpty());
    }
}

TEST(AtenaNumber, ValidationTable)
{
    const Input table[] = {
        {u"12345678903", u"12345678903", u""},
        {u"1234567890-3", u"12345678903", u""},
        {u"１２３４５６７８９０３", u"12345678903", u""},
        {u"76486204830", u"76486204830", u""},
        {u"44544866181", u"44544866181", u""},
        {u"12345678904", u"", u"expected 3, got 4"},
        {u"44544866180", u"", u"expected 1, got 0"},
        {u"1234567890", u"", u"has 11 digits, this has 10"},
        {u"123456789012", u"", u"has 11 digits, this has 12"},
        {u"1234567890X", u"", u"'X' is not a digit"},
        {u"", u"", u"nothing given"},
    };
    for (const Input& c : table)
        expectValidation(IdentifierKind::AtenaNumber, c);
}

TEST(SetaiNumber, SameRuleAsAtena)
{
    EXPECT_TRUE(validateSetaiNumber(u"00000000019").ok());
    EXPECT_TRUE(validateSetaiNumber(appendMod11CheckDigit(u"0000012345")).ok());
    const auto wrong = validateSetaiNumber(u"00000000018");
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("expected 9, got 8")));
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("世帯番号")));
}

// --- 全国地方公共団体コード ----------------------------------------------------

TEST(LocalGovernmentCode, ValidationTable)
{
    const Input table[] = {
        {u"012084", u"012084", u""}, // 北見市
        {u"011002", u"011002", u""}, // 札幌市
        {u"131016", u"131016", u""}, // 千代田区
        {u"010006", u"010006", u""}, // 北海道
        {u"271004", u"271004", u""}, // 大阪市
        {u"141003", u"141003", u""}, // 横浜市
        {u"472018", u"472018", u""}, // 那覇市
        {u"010031", u"010031", u""}, // r = 0: check 1
        {u"010090", u"010090", u""}, // r = 1: check 0
        {u"13101-6", u"131016", u""},
        {u"１３１０１６", u"131016", u""},
        {u"131017", u"", u"expected 6, got 7"},
        {u"010030", u"", u"expected 1, got 0"},
        {u"010091", u"", u"expected 0, got 1"},
        {u"13101", u"", u"has 6 digits, this has 5"},
        {u"1310160", u"", u"has 6 digits, this has 7"},
        {u"001007", u"", u"00 is not a prefecture code"},
        {u"481001", u"", u"48 is not a prefecture code"},
        {u"13101a", u"", u"'a' is not a digit"},
        {u"", u"", u"nothing given"},
    };
    for (const Input& c : table)
        expectValidation(IdentifierKind::LocalGovernmentCode, c);
}

TEST(LocalGovernmentCode, CheckDigitIsTheLastDigitOfElevenMinusRemainder)
{
    EXPECT_EQ(localGovernmentCodeCheckDigit(u"01208"), 4);
    EXPECT_EQ(localGovernmentCodeCheckDigit(u"01003"), 1); // 11 − 0 = 11 → 1
    EXPECT_EQ(localGovernmentCodeCheckDigit(u"01009"), 0); // 11 − 1 = 10 → 0
    EXPECT_EQ(localGovernmentCodeCheckDigit(u"0120"), -1);
    EXPECT_EQ(localGovernmentCodeCheckDigit(u"012084"), -1);
    EXPECT_EQ(localGovernmentCodeCheckDigit(u"0120x"), -1);
}

TEST(Identifier, LengthsAndNames)
{
    EXPECT_EQ(identifierLength(IdentifierKind::MyNumber), 12);
    EXPECT_EQ(identifierLength(IdentifierKind::AtenaNumber), 11);
    EXPECT_EQ(identifierLength(IdentifierKind::SetaiNumber), 11);
    EXPECT_EQ(identifierLength(IdentifierKind::LocalGovernmentCode), 6);
    EXPECT_FALSE(identifierName(IdentifierKind::MyNumber).isEmpty());
}

} // namespace
