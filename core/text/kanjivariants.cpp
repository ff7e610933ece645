#include "text/kanjivariants.h"

#include <QFile>
#include <QList>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <algorithm>

namespace madoguchi::text {
namespace {

Q_LOGGING_CATEGORY(lcVariants, "madoguchi.text.variants")

// The code points of `s`; an unpaired surrogate stays as its own value, so
// nothing is lost and nothing is invented.
QList<char32_t> codePoints(QStringView s)
{
    QList<char32_t> out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else {
            out.append(c.unicode());
        }
    }
    return out;
}

QString fromCodePoint(char32_t cp)
{
    return QString::fromUcs4(&cp, 1);
}

QString hex(char32_t cp)
{
    return QStringLiteral("U+%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
}

bool isKanji(char32_t cp)
{
    return QChar::script(cp) == QChar::Script_Han;
}

// The unified ideograph a compatibility ideograph stands for (U+F9DC → U+9686),
// or 0. Only singleton canonical decompositions count: that is exactly what
// NFC and NFKC do to these characters.
char32_t unifiedForm(char32_t cp)
{
    if (QChar::decompositionTag(cp) != QChar::Canonical)
        return 0;
    const QList<char32_t> d = codePoints(QChar::decomposition(cp));
    return d.size() == 1 && isKanji(d.first()) ? d.first() : 0;
}

QString location(const QString& source, int line)
{
    return QStringLiteral("%1:%2: ").arg(source).arg(line);
}

} // namespace

QString KanjiVariants::builtInPath()
{
    return QStringLiteral(":/text/kanji-variants.tsv");
}

Result<KanjiVariants> KanjiVariants::load(const QString& cityFile)
{
    KanjiVariants table;
    QFile file(builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: the built-in kanji variant table is missing from this build")
                         .arg(builtInPath())};
    if (Status s = table.addText(QString::fromUtf8(file.readAll()), builtInPath(), Origin::BuiltIn);
        !s)
        return s.error();
    if (!cityFile.isEmpty()) {
        if (Status s = table.addFile(cityFile); !s)
            return s.error();
    }
    return table;
}

const KanjiVariants& KanjiVariants::builtIn()
{
    // A function-local static is initialised once, thread-safely (C++11).
    static const KanjiVariants instance = [] {
        Result<KanjiVariants> loaded = load();
        if (!loaded) {
            qCCritical(lcVariants).noquote() << loaded.error().message;
            return KanjiVariants();
        }
        return std::move(loaded).value();
    }();
    return instance;
}

Status KanjiVariants::addFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("%1: cannot read the kanji variant file: %2").arg(path, file.errorString())};
    // Decode line by line so that bad UTF-8 is reported with its line.
    const QList<QByteArray> lines = file.readAll().split('\n');
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(lines.at(i));
        if (decoder.hasError())
            return Error{location(path, int(i + 1)) + tr("the line is not valid UTF-8")};
        if (i > 0)
            text += QLatin1Char('\n');
        text += line;
    }
    return addText(text, path, Origin::City);
}

Status KanjiVariants::addText(QStringView text, const QString& sourceName)
{
    return addText(text, sourceName, Origin::City);
}

Status KanjiVariants::addText(QStringView text, const QString& sourceName, Origin origin)
{
    QHash<char32_t, Pair> pairs = m_pairs;
    int serial = m_serial;
    if (Status s = parse(text, sourceName, origin, &pairs, &serial); !s)
        return s;
    Result<QHash<char32_t, char32_t>> resolved = resolve(pairs);
    if (!resolved)
        return resolved.error();
    m_pairs = std::move(pairs);
    m_serial = serial;
    m_resolved = std::move(resolved).value();
    return {};
}

Status KanjiVariants::parse(QStringView text, const QString& source, Origin origin,
    QHash<char32_t, Pair>* pairs, int* serial)
{
    QHash<char32_t, int> lineOf; // variant → its line in this file
    int lineNo = 0;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        ++lineNo;
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF))) // a byte order mark
            line = line.mid(1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QString where = location(source, lineNo);
        const QList<QStringView> fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2 || fields.size() > 3)
            return Error{where
                + tr("expected VARIANT<TAB>STANDARD<TAB>NOTE, found “%1”").arg(line.toString())};

        char32_t cp[2] = {0, 0};
        for (int f = 0; f < 2; ++f) {
            const QList<char32_t> one = codePoints(fields.at(f));
            if (one.size() != 1)
                return Error{where
                    + (f == 0 ? tr("the variant “%1” must be exactly one kanji")
                              : tr("the standard “%1” must be exactly one kanji"))
                          .arg(fields.at(f).toString())};
            if (!isKanji(one.first()))
                return Error{where
                    + tr("“%1” (%2) is not a kanji")
                          .arg(fields.at(f).toString(), hex(one.first()))};
            if (const char32_t unified = unifiedForm(one.first()))
                return Error{where
                    + tr("“%1” (%2) is a compatibility ideograph that NFKC already folds to "
                         "“%3” (%4); write “%3” instead")
                          .arg(fields.at(f).toString(), hex(one.first()), fromCodePoint(unified),
                              hex(unified))};
            cp[f] = one.first();
        }
        const char32_t variant = cp[0];
        const char32_t standard = cp[1];
        if (const auto seen = lineOf.constFind(variant); seen != lineOf.cend())
            return Error{where
                + tr("“%1” is already listed on line %2").arg(fromCodePoint(variant)).arg(*seen)};
        lineOf.insert(variant, lineNo);

        if (variant == standard) {
            if (origin == Origin::BuiltIn)
                return Error{
                    where + tr("“%1” is listed as its own standard").arg(fromCodePoint(variant))};
            pairs->remove(variant); // a city keeps this character apart
            continue;
        }
        pairs->insert(variant, Pair{standard, source, lineNo, ++*serial});
    }
    return {};
}

Result<QHash<char32_t, char32_t>> KanjiVariants::resolve(const QHash<char32_t, Pair>& pairs)
{
    QHash<char32_t, char32_t> resolved;
    resolved.reserve(pairs.size());
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        QList<char32_t> chain{it.key()};
        char32_t end = it->standard;
        while (pairs.contains(end)) {
            if (const qsizetype start = chain.indexOf(end); start >= 0) {
                // Name the pair that closes the cycle: the one read last.
                const QList<char32_t> cycle = chain.mid(start);
                const auto readLast
                    = std::max_element(cycle.cbegin(), cycle.cend(), [&](char32_t a, char32_t b) {
                          return pairs.value(a).serial < pairs.value(b).serial;
                      });
                const Pair last = pairs.value(*readLast);
                QString path;
                for (char32_t v : cycle)
                    path += fromCodePoint(v) + QStringLiteral(" → ");
                path += fromCodePoint(end);
                return Error{location(last.source, last.line)
                    + tr("“%1” → “%2” closes a cycle: %3")
                          .arg(fromCodePoint(*readLast), fromCodePoint(last.standard), path)};
            }
            chain.append(end);
            end = pairs.value(end).standard;
        }
        resolved.insert(it.key(), end);
    }
    return resolved;
}

char32_t KanjiVariants::fold(char32_t codePoint) const
{
    if (const auto it = m_resolved.constFind(codePoint); it != m_resolved.cend())
        return *it;
    if (const char32_t unified = unifiedForm(codePoint))
        return m_resolved.value(unified, unified);
    return codePoint;
}

QString KanjiVariants::fold(QStringView text) const
{
    QString out;
    out.reserve(text.size());
    for (char32_t cp : codePoints(text)) {
        const char32_t folded = fold(cp);
        if (QChar::requiresSurrogates(folded)) {
            out.append(QChar(QChar::highSurrogate(folded)));
            out.append(QChar(QChar::lowSurrogate(folded)));
        } else {
            out.append(QChar(char16_t(folded)));
        }
    }
    return out;
}

} // namespace madoguchi::text
