#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringView>

namespace madoguchi::text {

// Kanji variant folding (異体字の畳み込み): 髙→高, 﨑→崎, 邊→辺, 𠮷→吉 ...
//
// A table of pairs VARIANT → STANDARD, one character each, read from files
// of the format of resources/text/kanji-variants.tsv (UTF-8 lines
// "VARIANT<TAB>STANDARD<TAB>NOTE", # comments; docs/text-folding.md). The
// built-in table is the Qt resource :/text/kanji-variants.tsv; a city may add
// its own file on top: its pairs add to the built-in ones and replace a
// built-in pair with the same VARIANT, and a city line "龍<TAB>龍" (variant =
// standard) removes the built-in pair, keeping 龍 apart from 竜.
//
// Folding works on code points, not UTF-16 units, so 𠮷 (U+20BB7, a
// surrogate pair) folds like any other kanji. Chains across files resolve to
// their end (a city's 竜→X makes 龍 fold to X too); a cycle is an error.
// Besides the table, a CJK compatibility ideograph with a canonical
// decomposition folds to its unified ideograph, as NFKC does (U+F9DC → 隆),
// and the result is looked up again.
//
// A loaded table is immutable and safe to share between threads.
class KanjiVariants {
    Q_DECLARE_TR_FUNCTIONS(KanjiVariants)

public:
    // The resource path of the built-in table.
    static QString builtInPath();

    // An empty table: folds compatibility ideographs only.
    KanjiVariants() = default;

    // The built-in table, then `cityFile` when it is not empty. An error
    // names the file and line ("city.tsv:12: ...") and returns no table.
    static Result<KanjiVariants> load(const QString& cityFile = QString());

    // The built-in table, loaded once per process on first use (thread-safe).
    // The built-in file is part of the program; should it ever fail to load,
    // a critical message is logged and the table is empty.
    static const KanjiVariants& builtIn();

    // Adds the pairs of a file. City semantics: a pair replaces an earlier
    // pair with the same variant, and variant = standard removes it. On an
    // error the table is unchanged.
    Status addFile(const QString& path);
    // The same for text already in memory; `sourceName` names it in errors.
    Status addText(QStringView text, const QString& sourceName);

    // The standard form of one code point (itself when nothing folds it).
    char32_t fold(char32_t codePoint) const;
    // Every code point of `text` folded; other characters are unchanged.
    QString fold(QStringView text) const;

    // The number of pairs in force (after overrides and removals).
    qsizetype size() const { return m_resolved.size(); }

private:
    struct Pair {
        char32_t standard = 0;
        QString source; // file name, for errors
        int line = 0;
        int serial = 0; // reading order, to name the line that closes a cycle
    };
    enum class Origin { BuiltIn, City };

    Status addText(QStringView text, const QString& sourceName, Origin origin);
    static Status parse(QStringView text, const QString& sourceName, Origin origin,
        QHash<char32_t, Pair>* pairs, int* serial);
    static Result<QHash<char32_t, char32_t>> resolve(const QHash<char32_t, Pair>& pairs);

    QHash<char32_t, Pair> m_pairs; // as listed, after overrides
    QHash<char32_t, char32_t> m_resolved; // variant → end of its chain
    int m_serial = 0;
};

} // namespace madoguchi::text
