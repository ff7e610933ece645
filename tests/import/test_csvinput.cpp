// The CSV reader (RFC 4180 edge cases, malformed quoting with line and
// column) and the encodings (UTF-8 with and without BOM, CP932, detection).
#include "importtestsupport.h"
#include "registry/csvreader.h"
#include "registry/textsource.h"

#include <QStringEncoder>

namespace madoguchi::registry {
namespace {

struct Parsed {
    QList<QStringList> records;
    QList<int> lines;
    QString error;
};

Parsed parse(const QByteArray& bytes, std::optional<TextEncoding> encoding = TextEncoding::Utf8)
{
    QTemporaryDir dir;
    const QString path = importtest::writeFile(dir, QStringLiteral("x.csv"), bytes);
    Parsed p;
    TextSource source;
    if (!encoding)
        encoding = detectEncoding(path).value();
    EXPECT_TRUE(source.open(path, *encoding).ok());
    CsvReader reader(source);
    while (reader.next()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << reader.field(i).toString();
        p.records << fields;
        p.lines << reader.line();
    }
    if (reader.error())
        p.error = reader.error()->message;
    return p;
}

TEST(CsvReader, ReadsQuotedFieldsDoubledQuotesCommasAndNewlines)
{
    const Parsed p
        = parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\nlast,\"\",\"\"\"\"");
    ASSERT_TRUE(p.error.isEmpty()) << p.error.toStdString();
    ASSERT_EQ(p.records.size(), 3);
    EXPECT_EQ(p.records[0], (importtest::strings({"a", "b,c", "say \"hi\""})));
    EXPECT_EQ(p.records[1], (importtest::strings({"two\nlines", "", "x"})));
    EXPECT_EQ(p.records[2], (importtest::strings({"last", "", "\""})));
    EXPECT_EQ(p.lines, (QList<int>{1, 2, 4}));
}

TEST(CsvReader, AcceptsLfCrlfBomAndSkipsEmptyLines)
{
    const Parsed p = parse("\xEF\xBB\xBF"
                           "h1,h2\n\r\n1,2\r\n\n3,4");
    ASSERT_TRUE(p.error.isEmpty());
    ASSERT_EQ(p.records.size(), 3);
    EXPECT_EQ(p.records[0].first(), QStringLiteral("h1")); // BOM dropped
    EXPECT_EQ(p.lines, (QList<int>{1, 3, 5}));
}

TEST(CsvReader, ReportsLineAndColumnOfMalformedQuoting)
{
    EXPECT_EQ(parse("a,b\nab\"c,d\n").error,
        QStringLiteral(
            "line 2, column 3: a quote inside a field that does not start with a quote"));
    EXPECT_TRUE(
        parse("a,b\n\"x\"y,z\n").error.startsWith(QStringLiteral("line 2, column 4: text after")));
    EXPECT_EQ(parse("a,b\nc,\"open\nmore").error,
        QStringLiteral("line 2, column 3: the quoted field that starts here is never closed"));
}

TEST(TextEncoding, DetectsUtf8WithAndWithoutBomAndCp932)
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("髙橋,ｶﾀｶﾅ\r\n");
    const QByteArray utf8 = name.toUtf8();
    QStringEncoder cp932("windows-31j");
    const QByteArray sjis = cp932.encode(name);
    ASSERT_FALSE(cp932.hasError());
    EXPECT_EQ(sjis.left(2), QByteArray("\xFB\xFC")); // 髙 is an IBM extension of CP932
    EXPECT_EQ(
        detectEncoding(importtest::writeFile(dir, "u.csv", utf8)).value(), TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding(importtest::writeFile(dir, "b.csv", "\xEF\xBB\xBF" + utf8)).value(),
        TextEncoding::Utf8);
    EXPECT_EQ(
        detectEncoding(importtest::writeFile(dir, "s.csv", sjis)).value(), TextEncoding::Cp932);
    EXPECT_EQ(detectEncoding(importtest::writeFile(dir, "a.csv", "ascii,only\n")).value(),
        TextEncoding::Utf8);

    const Parsed p = parse(sjis, std::nullopt);
    ASSERT_TRUE(p.error.isEmpty());
    EXPECT_EQ(p.records.first(), (importtest::strings({"髙橋", "ｶﾀｶﾅ"})));
}

TEST(TextEncoding, RefusesBytesThatAreNotInTheNamedEncoding)
{
    QStringEncoder cp932("windows-31j");
    const Parsed p = parse(cp932.encode(QStringLiteral("髙橋\n")), TextEncoding::Utf8);
    EXPECT_TRUE(p.error.contains(QStringLiteral("not valid utf-8"))) << p.error.toStdString();
    EXPECT_EQ(encodingFromName(QStringLiteral("CP932")), TextEncoding::Cp932);
    EXPECT_EQ(encodingFromName(QStringLiteral("windows-31j")), TextEncoding::Cp932);
    EXPECT_EQ(encodingFromName(QStringLiteral("UTF-8")), TextEncoding::Utf8);
    EXPECT_FALSE(encodingFromName(QStringLiteral("latin1")));
}

} // namespace
} // namespace madoguchi::registry
