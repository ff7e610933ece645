#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace madoguchi::text {

class KanjiVariants;

// Search keys for finding residents (COUNTER-DOMAIN.md §5, 住民記録システム標準
// 仕様書 2.1.2). Two spellings of a name match when their keys are equal:
// searchKey(u"ｻﾄｳ ﾕｰｺ") == searchKey(u"さとう　ゆうこ") == u"サトオユウコ".
// The key is for comparing only; never show it. docs/text-folding.md has the
// rules with more examples.
//
// The rules, applied in this order:
//  1. Width and compatibility forms (NFKC): ｶﾞ → ガ (the half-width voiced
//     marks ﾞﾟ join their kana), ＡＢＣ１２３ → ABC123, ㈱ → (株), ㌔ → キロ,
//     compatibility ideographs U+F900–U+FAFF → their unified kanji.
//  2. Latin case is folded (Abe = ABE = abe) and Latin diacritics are
//     dropped (José = Jose; a foreign resident's alphabet name is often
//     typed without them).
//  3. Ignored entirely: spaces of every kind (ASCII, U+3000, tabs, no-break
//     space), control and format characters (zero-width space, BOM),
//     variation selectors (so 葛 + IVS = 葛), the name separators ・ ゠ = and
//     lone voiced marks ゛゜ (U+3099–U+309C).
//  4. Hiragana becomes katakana: さとう → サトウ.
//  5. Voiced and semi-voiced marks are dropped: ガ → カ, パ → ハ, バ → ハ.
//     ジ/ヂ and ズ/ヅ must match each other, and ヴ must match ブ, so these
//     go to the class of their usual spelling first: ヂ → ジ → シ,
//     ヅ → ズ → ス, ヴ → ブ → フ. Hence ヂ = ジ = シ and ヅ = ズ = ス, while
//     チ and ツ stay themselves (チ ≠ ヂ: ヂ is spelled ジ nearly always).
//  6. Small kana are large: ァ → ア, ッ → ツ, ャ → ヤ, ュ → ユ, ョ → ヨ,
//     ヮ → ワ, ヵ → カ, ヶ → ケ (and the small Ainu katakana ㇰ … ㇿ).
//     Obsolete kana read as their modern sound: ヲ → オ, ヰ → イ, ヱ → エ.
//  7. Iteration marks repeat the kana before them: いすゞ → イスス,
//     ヽ/ヾ after a kana → that kana (kanji 々 is left as it is).
//  8. Long vowels are one sound however they are written. Every dash-like
//     character (ー ― － ‐ ｰ - ‑ – — ─ −) is a long-vowel mark; after a kana it
//     stands for that kana's vowel (サトー → サトオ, ユーコ → ユウコ); anywhere
//     else (at the start, after ン, a kanji, a digit, another mark) it is
//     ignored: 1-2-3 → 123. A ウ after an オ-row kana (オ コ ソ ト ノ ホ モ ヨ
//     ロ and their voiced, small and ヲ forms) becomes オ, from the second
//     character on: サトウ = サトオ = サトー → サトオ, ショウ = ショー → シヨオ.
//     The vowel is kept, not dropped, so that ユウキ ≠ ユキ and オオノ ≠ オノ.
//  9. A カ/ケ (from ヶ ヵ ケ カ が ガ ...) between two kanji is カ, because ヶ
//     in place names reads ga: 霞ヶ関 = 霞ケ関 = 霞が関 → 霞カ関.
// 10. searchKey only: kanji variants fold (髙 → 高, 﨑 → 崎, 𠮷 → 吉,
//     KanjiVariants). Kanji otherwise pass through unchanged.
//
// The rules work on code points (𠮷 is one character); an unpaired surrogate
// passes through unchanged. Both functions are idempotent:
// searchKey(searchKey(x)) == searchKey(x). Empty or space-only input gives an
// empty key.
//
// Because spaces vanish, rule 8 runs across the family/given boundary:
// "サトウ ウタ" → サトオオタ. To search by the given name alone, fold the
// parts of splitName() separately; each part then keeps its first ウ.

// Rules 1–9: kana matching without kanji variant folding.
QString foldKana(QStringView input);

// Rules 1–10 with the built-in kanji variant table (KanjiVariants::builtIn()).
QString searchKey(QStringView input);

// Rules 1–10 with a city's table (KanjiVariants::load(cityFile)). Keys made
// with different tables do not compare: rebuild stored keys when the table
// changes.
QString searchKey(QStringView input, const KanjiVariants& variants);

// The parts of a name separated by whitespace of any kind (ASCII space,
// U+3000, tab ...), in order, unchanged and without empty parts:
// "佐藤　花子" → {"佐藤", "花子"}. Fold each part for given-name-only search.
QStringList splitName(QStringView name);

} // namespace madoguchi::text
