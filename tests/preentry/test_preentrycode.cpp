// The MDP1: code: round trips (the demo, Japanese text, every kind of
// value), what a scanner does to the text, the size limit, the format's
// checks and the 個人番号 rule.
#include "preentry/qrcode.h"
#include "preentrytestsupport.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace madoguchi;
using namespace madoguchi::preentrytest;

namespace {

QString encoded(const QJsonObject& json)
{
    const auto entry = preentry::readPreEntry(json);
    EXPECT_TRUE(entry) << entry.error().message.toStdString();
    if (!entry)
        return {};
    const auto code = preentry::encodePreEntry(entry.value());
    EXPECT_TRUE(code) << code.error().message.toStdString();
    return code ? code.value() : QString();
}

QJsonObject decodedJson(const QString& code)
{
    const auto entry = preentry::decodePreEntry(code);
    EXPECT_TRUE(entry) << entry.error().message.toStdString();
    return entry ? preentry::preentryJson(entry.value()) : QJsonObject();
}

QString readError(const QJsonObject& json)
{
    const auto entry = preentry::readPreEntry(json);
    EXPECT_FALSE(entry) << QJsonDocument(json).toJson().constData();
    return entry ? QString() : entry.error().message;
}

// Random text of `n` kanji: compresses badly, as names and addresses of
// many people would.
QString randomKanji(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QString text;
    for (int i = 0; i < n; ++i)
        text.append(QChar(char16_t(0x4E00 + random.bounded(0x5000))));
    return text;
}

QJsonObject withAnswer(const QString& key, const QJsonValue& value)
{
    return minimalJson({{key, value}});
}

} // namespace

TEST(PreEntryCode, TheDemoRoundTrips)
{
    const QJsonObject json = demoJson();
    const QString code = encoded(json);
    ASSERT_TRUE(code.startsWith(QLatin1String("MDP1:"))) << code.toStdString();
    EXPECT_TRUE(preentry::isQrAlphanumeric(code));
    EXPECT_LE(code.size(), preentry::kMaxCodeLength);
    EXPECT_EQ(decodedJson(code), json);
    const auto entry = preentry::decodePreEntry(code);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->eventType, QStringLiteral("shussei"));
    EXPECT_EQ(entry->eventDate, QDate(2026, 11, 18));
    EXPECT_EQ(
        entry->created, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::OffsetFromUTC, 9 * 3600));
    ASSERT_TRUE(entry->applicant.has_value());
    EXPECT_EQ(entry->applicant->birthDate, QDate(1996, 6, 6));
}

TEST(PreEntryCode, JapaneseTextRoundTrips)
{
    const QString address
        = QStringLiteral("東京都みどり野市本町一丁目5番地　グリーンハイツ１０１号室（髙橋方）");
    const QJsonObject json = minimalJson({{QStringLiteral("honseki"), address},
        {QStringLiteral("notifier"), QStringLiteral("髙橋 彩")},
        {QStringLiteral("birthplace"), QStringLiteral("🏥 みどり野市立病院")}});
    EXPECT_EQ(decodedJson(encoded(json)), json);
}

TEST(PreEntryCode, EveryKindOfValueRoundTrips)
{
    const QJsonObject eventAnswers{{QStringLiteral("subject"), person("高橋 結衣", "2026-11-18")},
        {QStringLiteral("inkan_touroku"),
            QJsonArray{person("高橋 翔", "1994-04-04"), person("高橋 彩", "R8.6.6")}},
        {QStringLiteral("shien_request"), QJsonArray{}}, {QStringLiteral("born_abroad"), false},
        {QStringLiteral("leaves_prefecture"), true},
        {QStringLiteral("planned_move_out_date"), QStringLiteral("令和8年11月1日")},
        {QStringLiteral("address_change"), QStringLiteral("tenkyo")},
        {QStringLiteral("funeral_date"), QJsonValue()}};
    QJsonObject json = minimalJson({{QStringLiteral("phone"), QStringLiteral("09012345678")},
        {QStringLiteral("birth_weight"), 3120}, {QStringLiteral("ratio"), 0.25},
        {QStringLiteral("has_car"), true}, {QStringLiteral("nothing"), QJsonValue()},
        {QStringLiteral("notifier"), person("高橋 彩", "1996-06-06")},
        {QStringLiteral("allergy"),
            QJsonObject{{QStringLiteral("by_person"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("person"), person("高橋 結衣", "2026-11-18").value(u"person")},
                    {QStringLiteral("value"), QStringLiteral("なし")}}}}}}});
    QJsonObject event = json.value(u"event").toObject();
    event.insert(QStringLiteral("answers"), eventAnswers);
    json.insert(QStringLiteral("event"), event);
    EXPECT_EQ(decodedJson(encoded(json)), json);
}

TEST(PreEntryCode, WhatAScannerOrAPasteDoesIsUndone)
{
    const QString code = encoded(demoJson());
    const QJsonObject expected = demoJson();
    // The scanner's Enter, a paste's spaces and line breaks around it.
    EXPECT_EQ(decodedJson(code + QStringLiteral("\r\n")), expected);
    EXPECT_EQ(decodedJson(QStringLiteral("  \t") + code + QStringLiteral(" \n")), expected);
    // Caps Lock on: the scanner types lower case.
    EXPECT_EQ(decodedJson(code.toLower()), expected);
    // An input method left on: full-width forms.
    QString wide;
    for (QChar c : code)
        wide
            += c == QLatin1Char(' ') ? QChar(0x3000) : QChar(char16_t(c.unicode() - 0x20 + 0xFF00));
    EXPECT_EQ(decodedJson(wide), expected);
}

TEST(PreEntryCode, LooksLikePreEntryTellsCodesFromCertificates)
{
    EXPECT_TRUE(preentry::looksLikePreEntry(encoded(demoJson())));
    EXPECT_TRUE(preentry::looksLikePreEntry(QStringLiteral("mdp1:abc")));
    EXPECT_TRUE(preentry::looksLikePreEntry(QStringLiteral(" ＭＤＰ１：")));
    EXPECT_TRUE(preentry::looksLikePreEntry(QStringLiteral("MDP2:XYZ")))
        << "a newer code: decode says so";
    EXPECT_FALSE(preentry::looksLikePreEntry(QStringLiteral("eyJhbGciOiJFZERTQSJ9.eyJ.sig")));
    EXPECT_FALSE(preentry::looksLikePreEntry(QString()));
    EXPECT_FALSE(preentry::looksLikePreEntry(QStringLiteral("MDP")));
}

TEST(PreEntryCode, ACodeAtTheLimitFitsQrVersion25AndOnePastIsRefusedWithTheSizes)
{
    // Grow incompressible text until the code passes the limit.
    QString lastGood;
    Error refused;
    for (int n = 100; n < 1000; n += 2) {
        const auto entry
            = preentry::readPreEntry(withAnswer(QStringLiteral("honseki"), randomKanji(n, 7)));
        ASSERT_TRUE(entry);
        const auto code = preentry::encodePreEntry(entry.value());
        if (!code) {
            refused = code.error();
            break;
        }
        lastGood = code.value();
    }
    ASSERT_FALSE(refused.message.isEmpty()) << "never refused";
    EXPECT_GT(lastGood.size(), preentry::kMaxCodeLength - 30);
    EXPECT_LE(lastGood.size(), preentry::kMaxCodeLength);
    const auto qr = preentry::makeQrCode(lastGood);
    ASSERT_TRUE(qr);
    EXPECT_LE(qr->version, 25);
    const QRegularExpression sizes(
        QStringLiteral("the code would have (\\d+) characters, more than the 1451 .* JSON is "
                       "(\\d+) bytes, (\\d+) compressed"));
    const auto match = sizes.match(refused.message);
    ASSERT_TRUE(match.hasMatch()) << refused.message.toStdString();
    EXPECT_GT(match.captured(1).toInt(), preentry::kMaxCodeLength);
}

TEST(PreEntryCode, ADecodedTextPastTheLimitIsRefusedUnread)
{
    const QString text = QStringLiteral("MDP1:") + QString(1500, QLatin1Char('0'));
    const auto entry = preentry::decodePreEntry(text);
    ASSERT_FALSE(entry);
    EXPECT_EQ(entry.error().message,
        QStringLiteral("the code has 1505 characters; a pre-entry code has at most 1451"));
}

TEST(PreEntryCode, TheFormatIsChecked)
{
    QJsonObject json = demoJson();
    json.remove(QStringLiteral("format"));
    EXPECT_TRUE(readError(json).startsWith(u"format: expected \"madoguchi-preentry\""));

    json = demoJson();
    json.insert(QStringLiteral("version"), 2);
    EXPECT_TRUE(readError(json).contains(u"version 2 is newer than this desk reads (1)"));
    json.insert(QStringLiteral("version"), QStringLiteral("1"));
    EXPECT_TRUE(readError(json).startsWith(u"version: expected a whole number"));

    json = demoJson();
    json.insert(QStringLiteral("answer"), QJsonObject());
    EXPECT_TRUE(readError(json).contains(u"unknown field \"answer\""))
        << readError(json).toStdString();

    json = demoJson();
    json.insert(QStringLiteral("created"), QStringLiteral("2026-11-20T09:00:00"));
    EXPECT_TRUE(readError(json).startsWith(u"created: expected a date and time with its offset"));

    QJsonObject event = demoJson().value(u"event").toObject();
    event.remove(QStringLiteral("date"));
    json = demoJson();
    json.insert(QStringLiteral("event"), event);
    EXPECT_TRUE(readError(json).startsWith(u"event.date: missing"))
        << readError(json).toStdString();
    event.insert(QStringLiteral("date"), QStringLiteral("2026-02-30"));
    json.insert(QStringLiteral("event"), event);
    EXPECT_TRUE(readError(json).startsWith(u"event.date: ")) << readError(json).toStdString();

    // A person needs a birth date; by_person is for the interview's answers only.
    EXPECT_TRUE(
        readError(withAnswer(QStringLiteral("notifier"),
                      QJsonObject{{QStringLiteral("person"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("高橋 彩")}}}}))
            .startsWith(u"answers.notifier.person.birth_date: missing"));
    event = demoJson().value(u"event").toObject();
    event.insert(QStringLiteral("answers"),
        QJsonObject{
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("by_person"), QJsonArray()}}}});
    json = demoJson();
    json.insert(QStringLiteral("event"), event);
    EXPECT_TRUE(readError(json).startsWith(u"event.answers.subject: expected a text, number"))
        << readError(json).toStdString();
    EXPECT_TRUE(readError(withAnswer(QStringLiteral("x"), QJsonArray{QStringLiteral("m1")}))
                    .startsWith(u"answers.x[0]: a list holds person references"));
    EXPECT_TRUE(readError(withAnswer(QStringLiteral("x"),
                              QJsonObject{{QStringLiteral("by_person"),
                                  QJsonArray{QJsonObject{{QStringLiteral("person"),
                                      person("高橋 彩", "1996-06-06").value(u"person")}}}}}))
                    .startsWith(u"answers.x.by_person[0].value: missing"));
}

TEST(PreEntryCode, AMyNumberIsRefusedOnEncode)
{
    struct Case {
        QString key;
        QJsonValue value;
        const char* path;
    };
    const QJsonObject byPerson{{QStringLiteral("by_person"),
        QJsonArray{QJsonObject{
            {QStringLiteral("person"), person("高橋 彩", "1996-06-06").value(u"person")},
            {QStringLiteral("value"), QStringLiteral("１２３４ ５６７８ ９０１８")}}}}};
    const Case cases[] = {
        {QStringLiteral("my_number"), QJsonObject{{QStringLiteral("by_person"), QJsonArray()}},
            "answers.my_number"},
        {QStringLiteral("claimant_my_number"), QStringLiteral("see the card"),
            "answers.claimant_my_number"},
        {QStringLiteral("Kojin-Bangou"), QJsonValue(), "answers.Kojin-Bangou"},
        {QStringLiteral("note"), QStringLiteral("1234-5678-9018"), "answers.note"},
        {QStringLiteral("note"), QStringLiteral("123456789012"), "answers.note"},
        {QStringLiteral("note"), 123456789018.0, "answers.note"},
        {QStringLiteral("allergy"), byPerson, "answers.allergy.by_person[0].value"},
    };
    for (const Case& c : cases) {
        preentry::PreEntry entry = demoEntry();
        entry.answers.insert(c.key, c.value);
        const auto code = preentry::encodePreEntry(entry);
        ASSERT_FALSE(code) << c.path;
        EXPECT_TRUE(code.error().message.startsWith(QString::fromUtf8(c.path) + u": "))
            << code.error().message.toStdString();
        EXPECT_TRUE(code.error().message.contains(u"個人番号"))
            << code.error().message.toStdString();
        EXPECT_FALSE(code.error().message.contains(u"9018")) << "never repeats the number";
    }
    // In the event's answers too.
    preentry::PreEntry entry = demoEntry();
    entry.eventAnswers.insert(QStringLiteral("mynumber"), QStringLiteral("x"));
    EXPECT_FALSE(preentry::encodePreEntry(entry));
    // A phone (11 digits) and a bank account (14) are not 個人番号.
    EXPECT_TRUE(preentry::encodePreEntry(demoEntry()));
}

TEST(PreEntryCode, AMyNumberIsRefusedOnDecode)
{
    // A code made elsewhere, past any encoder's check.
    const QString code = codeOfJson(withAnswer(QStringLiteral("my_number"),
        QJsonObject{{QStringLiteral("by_person"),
            QJsonArray{QJsonObject{
                {QStringLiteral("person"), person("高橋 彩", "1996-06-06").value(u"person")},
                {QStringLiteral("value"), QStringLiteral("123456789018")}}}}}));
    const auto entry = preentry::decodePreEntry(code);
    ASSERT_FALSE(entry);
    EXPECT_TRUE(entry.error().message.startsWith(
        u"answers.my_number: a pre-entry code must never carry a 個人番号"))
        << entry.error().message.toStdString();

    const auto hidden = preentry::decodePreEntry(
        codeOfJson(withAnswer(QStringLiteral("memo"), QStringLiteral("1234 5678 9018"))));
    ASSERT_FALSE(hidden);
    EXPECT_TRUE(hidden.error().message.contains(u"12 digits of a 個人番号"));
}
