#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace madoguchi::registry {

// What a clerk typed into the one search box, read as terms
// (docs/search.md, "What the box understands").
enum class IdentifierKind {
    None,
    MyNumber, // 12 digits: 個人番号 (every lookup is logged)
    Number11, // 11 digits: 宛名番号, 住民票コード or 世帯番号 (all three are tried)
    ResidenceCard, // AB12345678CD: 在留カード番号
};

struct SearchQuery {
    // The whole query is an identifier (spaces and hyphens between digits
    // allowed, full-width digits read as digits).
    IdentifierKind identifierKind = IdentifierKind::None;
    QString identifier; // bare digits / upper-case card number

    // A word that is an exact day in any 和暦 or 西暦 form: the birth date,
    // ISO (YYYY-MM-DD). Combined with the text by AND.
    std::optional<QString> birthDate;

    // The other words, joined without their spaces: a name (whole, family
    // or given, current or former) or an address fragment.
    QString text;
    QStringList words; // the same words apart (a name and an address, maybe)
    QString spelling; // spellingKey(text)
    QString folded; // foldedKey(text)

    bool isEmpty() const
    {
        return identifierKind == IdentifierKind::None && !birthDate && folded.isEmpty();
    }
};

SearchQuery interpretQuery(QStringView input);

} // namespace madoguchi::registry
