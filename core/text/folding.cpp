// The search-key rules of folding.h. One pass over the code points after
// NFKC; the rules that look back (long vowels, ウ after オ, iteration marks)
// look at the key already written, never at the input, which is what makes
// the key idempotent.
#include "text/folding.h"

#include "text/kanjivariants.h"

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace madoguchi::text {
namespace {

bool isKanji(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

// Rule 3: characters that never count.
bool isIgnored(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width space and joiners, BOM, soft hyphen
        return true;
    default:
        break;
    }
    return (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
        || (c >= 0xE0100 && c <= 0xE01EF) // ideographic variation selectors (IVS)
        || (c >= 0x180B && c <= 0x180F) // Mongolian variation selectors
        || c == U'・' || c == U'゠' || c == U'=' // name separators (NFKC made ･ ＝ these)
        || (c >= 0x3099 && c <= 0x309C) // voiced marks left alone by NFKC
        || (c >= 0x0300 && c <= 0x036F); // diacritics NFKC could not attach
}

// Rule 8: the long-vowel marks and every dash clerks type for them. NFKC has
// already made ｰ into ー and － ﹣ into -.
bool isDash(char32_t c)
{
    switch (c) {
    case U'ー':
    case U'-':
    case U'‐':
    case U'‑':
    case U'‒':
    case U'–':
    case U'—':
    case U'―':
    case U'−':
    case U'⁃':
    case U'─':
    case U'━':
    case U'⸺':
    case U'⸻':
        return true;
    default:
        return false;
    }
}

bool isKatakanaLetter(char32_t c)
{
    return (c >= U'ァ' && c <= U'ヺ') || (c >= 0x31F0 && c <= 0x31FF);
}

// Rule 4: hiragana (and ゝゞ) sit 0x60 below their katakana.
char32_t toKatakana(char32_t c)
{
    if ((c >= U'ぁ' && c <= U'ゖ') || c == U'ゝ' || c == U'ゞ')
        return c + 0x60;
    return c;
}

// Rule 6: small and obsolete kana.
constexpr std::array<std::pair<char32_t, char32_t>, 31> kLargeForm{{
    {U'ァ', U'ア'},
    {U'ィ', U'イ'},
    {U'ゥ', U'ウ'},
    {U'ェ', U'エ'},
    {U'ォ', U'オ'},
    {U'ッ', U'ツ'},
    {U'ャ', U'ヤ'},
    {U'ュ', U'ユ'},
    {U'ョ', U'ヨ'},
    {U'ヮ', U'ワ'},
    {U'ヵ', U'カ'},
    {U'ヶ', U'ケ'},
    {U'ヰ', U'イ'},
    {U'ヱ', U'エ'},
    {U'ヲ', U'オ'},
    {U'ㇰ', U'ク'},
    {U'ㇱ', U'シ'},
    {U'ㇲ', U'ス'},
    {U'ㇳ', U'ト'},
    {U'ㇴ', U'ヌ'},
    {U'ㇵ', U'ハ'},
    {U'ㇶ', U'ヒ'},
    {U'ㇷ', U'フ'},
    {U'ㇸ', U'ヘ'},
    {U'ㇹ', U'ホ'},
    {U'ㇺ', U'ム'},
    {U'ㇻ', U'ラ'},
    {U'ㇼ', U'リ'},
    {U'ㇽ', U'ル'},
    {U'ㇾ', U'レ'},
    {U'ㇿ', U'ロ'},
}};

// Rules 5 and 6 for one katakana letter.
char32_t baseKatakana(char32_t c)
{
    switch (c) { // the voiced pairs that must meet their usual spelling first
    case U'ヂ':
        return U'シ';
    case U'ヅ':
        return U'ス';
    case U'ヴ':
        return U'フ';
    default:
        break;
    }
    if (QChar::decompositionTag(c) == QChar::Canonical) {
        const QString d = QChar::decomposition(c); // e.g. カ + U+3099
        if (d.size() == 2 && (d.at(1).unicode() == 0x3099 || d.at(1).unicode() == 0x309A))
            c = d.at(0).unicode();
    }
    for (const auto& [small, large] : kLargeForm) {
        if (c == small)
            return large;
    }
    return c;
}

// The vowel of a folded kana (ア イ ウ エ オ), or 0 for ン and non-kana.
char32_t vowelOf(char32_t c)
{
    static constexpr std::array<std::pair<std::u32string_view, char32_t>, 5> kRows{{
        {U"アカサタナハマヤラワ", U'ア'},
        {U"イキシチニヒミリ", U'イ'},
        {U"ウクスツヌフムユル", U'ウ'},
        {U"エケセテネヘメレ", U'エ'},
        {U"オコソトノホモヨロ", U'オ'},
    }};
    for (const auto& [row, vowel] : kRows) {
        if (row.find(c) != std::u32string_view::npos)
            return vowel;
    }
    return 0;
}

bool isFoldedKana(char32_t c)
{
    return c >= U'ァ' && c <= U'ヺ';
}

// Rule 2: é → e. Only Latin letters, so that no other script loses a mark.
bool appendWithoutDiacritics(char32_t c, std::u32string* out)
{
    if (!((c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF)))
        return false;
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
    for (QChar part : decomposed) {
        if (part.category() != QChar::Mark_NonSpacing)
            out->push_back(part.unicode());
    }
    return true;
}

void appendCodePoint(char32_t c, QString* out)
{
    if (QChar::requiresSurrogates(c)) {
        out->append(QChar(QChar::highSurrogate(c)));
        out->append(QChar(QChar::lowSurrogate(c)));
    } else {
        out->append(QChar(char16_t(c))); // an unpaired surrogate stays itself
    }
}

QString fold(QStringView input, const KanjiVariants* variants)
{
    // Rules 1 and 2 (case). NFKC again after case folding, because a folded
    // letter can have a compatibility form of its own.
    const QString prepared = input.toString()
                                 .normalized(QString::NormalizationForm_KC)
                                 .toCaseFolded()
                                 .normalized(QString::NormalizationForm_KC);
    std::u32string key;
    key.reserve(size_t(prepared.size()));
    bool afterDash = false; // "サトーー" is one long vowel, not two
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        char32_t c = prepared.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < prepared.size()
            && prepared.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(prepared.at(i), prepared.at(i + 1));
            ++i;
        }

        if (isIgnored(c))
            continue;
        if (isDash(c)) {
            const char32_t vowel = key.empty() || afterDash ? 0 : vowelOf(key.back());
            if (vowel)
                key.push_back(vowel);
            afterDash = true;
            continue;
        }
        afterDash = false;

        c = toKatakana(c);
        if (isKatakanaLetter(c))
            c = baseKatakana(c);
        if (c == U'ヽ' || c == U'ヾ') {
            c = !key.empty() && isFoldedKana(key.back()) ? key.back() : U'ヽ';
        } else if (c == U'ウ' && !key.empty() && vowelOf(key.back()) == U'オ') {
            c = U'オ';
        } else if (appendWithoutDiacritics(c, &key)) {
            continue;
        } else if (variants && isKanji(c)) {
            c = variants->fold(c);
        }
        key.push_back(c);
    }

    // Rule 9, once every neighbour is final.
    for (size_t i = 1; i + 1 < key.size(); ++i) {
        if ((key[i] == U'カ' || key[i] == U'ケ') && isKanji(key[i - 1]) && isKanji(key[i + 1]))
            key[i] = U'カ';
    }

    QString out;
    out.reserve(qsizetype(key.size()));
    for (char32_t c : key)
        appendCodePoint(c, &out);
    // Dropping an ignored character can bring two pieces together that NFKC
    // composes (Hangul jamo around a zero-width space); compose them now so
    // that folding the key again changes nothing.
    return out.normalized(QString::NormalizationForm_KC);
}

} // namespace

QString foldKana(QStringView input)
{
    return fold(input, nullptr);
}

QString searchKey(QStringView input)
{
    return fold(input, &KanjiVariants::builtIn());
}

QString searchKey(QStringView input, const KanjiVariants& variants)
{
    return fold(input, &variants);
}

QStringList splitName(QStringView name)
{
    QStringList parts;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        const bool space = i == name.size() || name.at(i).isSpace();
        if (space && start >= 0) {
            parts.append(name.mid(start, i - start).toString());
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return parts;
}

} // namespace madoguchi::text
