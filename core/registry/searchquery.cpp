#include "registry/searchquery.h"

#include "registry/searchkeys.h"
#include "text/checkdigits.h"
#include "text/dateformat.h"
#include "text/folding.h"
#include "text/japanesedate.h"

#include <QRegularExpression>

namespace madoguchi::registry {
namespace {

std::optional<SearchQuery> asIdentifier(QStringView input)
{
    SearchQuery q;
    if (Result<QString> digits = text::identifierDigits(input); digits) {
        if (digits->size() == text::kMyNumberLength)
            q.identifierKind = IdentifierKind::MyNumber;
        else if (digits->size() == text::kAtenaNumberLength)
            q.identifierKind = IdentifierKind::Number11;
        else
            return std::nullopt;
        q.identifier = digits.value();
        return q;
    }
    static const QRegularExpression card(QStringLiteral("^[A-Z]{2}[0-9]{8}[A-Z]{2}$"));
    const QString folded = spellingKey(input);
    if (card.match(folded).hasMatch()) {
        q.identifierKind = IdentifierKind::ResidenceCard;
        q.identifier = folded;
        return q;
    }
    return std::nullopt;
}

// A word that is a birth date: an exact day only. Years or months alone
// ("S50") are too easily something else (a room number, a name part).
std::optional<QString> asBirthDate(const QString& word)
{
    const Result<text::JapaneseDate> date = text::parseJapaneseDate(word);
    if (!date || !date->isExact())
        return std::nullopt;
    return text::formatIso(date.value());
}

} // namespace

SearchQuery interpretQuery(QStringView input)
{
    if (std::optional<SearchQuery> id = asIdentifier(input))
        return *id;
    SearchQuery q;
    QStringList words;
    for (const QString& word : text::splitName(input)) {
        if (!q.birthDate) {
            if (std::optional<QString> iso = asBirthDate(word)) {
                q.birthDate = iso;
                continue;
            }
        }
        words << word;
    }
    q.text = words.join(QString());
    q.words = words;
    q.spelling = spellingKey(q.text);
    q.folded = foldedKey(q.text);
    return q;
}

} // namespace madoguchi::registry
