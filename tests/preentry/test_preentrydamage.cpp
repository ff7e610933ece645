// Damaged and hostile codes: a character changed, left out or cut off,
// random text, the wrong prefix, bytes after the data, a zip bomb, data
// that is not UTF-8 JSON. Each is refused with a message, never a crash,
// and never read as a different pre-entry.
#include "preentrytestsupport.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace madoguchi;
using namespace madoguchi::preentrytest;

namespace {

QString demoCode()
{
    const auto code = preentry::encodePreEntry(demoEntry());
    EXPECT_TRUE(code);
    return code ? code.value() : QString();
}

QString refusal(const QString& text)
{
    const auto entry = preentry::decodePreEntry(text);
    EXPECT_FALSE(entry) << text.left(60).toStdString();
    return entry ? QString() : entry.error().message;
}

const QLatin1String kAlphabet(preentry::kBase45Alphabet);
const qsizetype kPrefixLength = 5;

} // namespace

TEST(PreEntryDamage, OneCharacterChangedIsRefusedOrReadsTheSame)
{
    // zlib's Adler-32 and the deflate structure catch a changed character.
    // The one harmless exception: bits of the last deflate byte that are
    // padding, which change nothing the code says.
    const QString code = demoCode();
    const QJsonObject original = demoJson();
    int refused = 0;
    int same = 0;
    for (qsizetype i = kPrefixLength; i < code.size(); ++i)
        for (int step : {1, 7, 22}) {
            QString damaged = code;
            const qsizetype value = kAlphabet.indexOf(code.at(i));
            damaged[i] = kAlphabet.at((value + step) % kAlphabet.size());
            const auto entry = preentry::decodePreEntry(damaged);
            if (!entry) {
                ++refused;
                EXPECT_FALSE(entry.error().message.isEmpty());
                continue;
            }
            ++same;
            EXPECT_EQ(preentry::preentryJson(entry.value()), original)
                << "position " << i << " read as a different pre-entry";
        }
    EXPECT_GT(refused, 3 * (code.size() - kPrefixLength) * 9 / 10);
    std::cout << "[ damage ] " << refused << " refused, " << same << " read the same\n";
}

TEST(PreEntryDamage, OneCharacterLeftOutOrAddedIsRefused)
{
    const QString code = demoCode();
    for (qsizetype i = kPrefixLength; i < code.size(); ++i) {
        QString shorter = code;
        shorter.remove(i, 1);
        EXPECT_FALSE(preentry::decodePreEntry(shorter)) << "without position " << i;
        QString longer = code;
        longer.insert(i, QLatin1Char('Q'));
        EXPECT_FALSE(preentry::decodePreEntry(longer)) << "Q before position " << i;
    }
}

TEST(PreEntryDamage, EveryTruncationIsRefused)
{
    const QString code = demoCode();
    for (qsizetype n = 0; n < code.size(); ++n) {
        const auto entry = preentry::decodePreEntry(code.left(n));
        ASSERT_FALSE(entry) << "cut after " << n;
    }
    // The usual messages: Base45 groups, then zlib.
    EXPECT_TRUE(refusal(code.chopped(1)).contains(u"cannot be read"));
    const QString lastGroupGone = code.left(code.size() - (code.size() - kPrefixLength) % 3 - 3);
    EXPECT_TRUE(refusal(lastGroupGone).contains(u"cut short"))
        << refusal(lastGroupGone).toStdString();
}

TEST(PreEntryDamage, RandomGarbageIsRefused)
{
    QRandomGenerator random(20261118);
    for (int i = 0; i < 3000; ++i) {
        QString text = i % 2 ? QStringLiteral("MDP1:") : QString();
        const int length = random.bounded(400);
        for (int k = 0; k < length; ++k)
            text += i % 3 ? QChar(kAlphabet.at(random.bounded(int(kAlphabet.size()))))
                          : QChar(char16_t(random.bounded(1, 0xD800)));
        EXPECT_FALSE(preentry::decodePreEntry(text)) << text.toStdString();
    }
}

TEST(PreEntryDamage, TheWrongPrefixIsNamed)
{
    const QString body = demoCode().mid(kPrefixLength);
    EXPECT_EQ(refusal(QString()), QStringLiteral("the pre-entry code is empty"));
    EXPECT_EQ(refusal(QStringLiteral("MDX1:") + body),
        QStringLiteral("not a pre-entry code: it must begin with MDP1: (it begins with \"MDX1:")
            + body.left(3) + QStringLiteral("\")"));
    EXPECT_TRUE(refusal(QStringLiteral("eyJhbGciOiJFZERTQSJ9.e30.c2ln"))
                    .startsWith(u"not a pre-entry code"));
    EXPECT_TRUE(
        refusal(QStringLiteral("MDP2:") + body)
            .startsWith(
                u"a pre-entry code of format version 2 (MDP2:); this desk reads version 1 (MDP1:)"))
        << refusal(QStringLiteral("MDP2:") + body).toStdString();
    // A US-layout scanner on a JIS keyboard types '+' for ':'.
    EXPECT_TRUE(refusal(QStringLiteral("MDP1+") + body).contains(u"keyboard layout"));
    EXPECT_TRUE(refusal(QStringLiteral("MDP1") + body).startsWith(u"not a pre-entry code"));
}

TEST(PreEntryDamage, BytesAfterTheDataAreRefused)
{
    const auto compressed
        = preentry::zlibCompress(QJsonDocument(minimalJson()).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(compressed);
    const QString code = QStringLiteral("MDP1:")
        + preentry::base45Encode(compressed.value() + QByteArray("\0\x01", 2));
    EXPECT_EQ(refusal(code),
        QStringLiteral("the pre-entry code cannot be read: 2 byte(s) follow the end of the "
                       "compressed data (something was added to the code)"));
}

TEST(PreEntryDamage, AZipBombIsRefusedUnread)
{
    // 300 KB of JSON that compresses to a few hundred bytes.
    QJsonObject json
        = minimalJson({{QStringLiteral("honseki"), QString(300000, QLatin1Char('a'))}});
    const QString code = codeOfJson(json);
    ASSERT_LE(code.size(), preentry::kMaxCodeLength) << "small enough to get past the length";
    EXPECT_EQ(refusal(code),
        QStringLiteral("the pre-entry code cannot be read: the data decompresses to more than "
                       "65536 bytes; a pre-entry is never that large"));
}

TEST(PreEntryDamage, DataThatIsNotTheFormatIsRefused)
{
    EXPECT_EQ(refusal(codeOfBytes(QByteArray("\xFF\xFE{}", 4))),
        QStringLiteral("the pre-entry code cannot be read: its data is not UTF-8 text"));
    EXPECT_TRUE(
        refusal(codeOfBytes("hello"))
            .startsWith(u"the pre-entry code cannot be read: its data is not JSON (at byte"));
    EXPECT_EQ(refusal(codeOfBytes("[1,2]")),
        QStringLiteral("the pre-entry code cannot be read: its data is JSON but not an object"));
    EXPECT_TRUE(refusal(codeOfBytes("{\"format\":\"other\"}")).startsWith(u"format: expected"));
    EXPECT_TRUE(refusal(codeOfBytes(QByteArray())).contains(u"cannot be read"))
        << refusal(codeOfBytes(QByteArray())).toStdString();
    // Raw deflate without the zlib header and check.
    QByteArray raw = preentry::zlibCompress("{}").value().mid(2);
    EXPECT_TRUE(
        refusal(QStringLiteral("MDP1:") + preentry::base45Encode(raw)).contains(u"corrupt"));
}
