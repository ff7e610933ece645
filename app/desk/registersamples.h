#pragma once

// What the screenshot tour and the desk bench read from the register
// before they drive the desk: the demo city's day, a household to walk a
// visit with, a mix of queries a counter types. The only SQL of app/desk;
// read-only, and kept apart from the widgets (STYLE.md habit 4).
#include "common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::catalog {
struct Catalog;
}
namespace madoguchi::storage {
class Database;
}

namespace madoguchi::desk {

// A 転入 visit worth showing: a Japanese household head with several
// members, the event's date and its questions answered.
struct TourVisit {
    QString atenaNo;
    QString nameKanji;
    QString nameKana; // katakana, as stored
    QDate eventDate;
    QJsonObject eventAnswers; // {question id: value}
    int forms = 0; // the forms the checklist fills
};

// Of the first household heads with 4 or 5 members, the one whose 転入 on
// `today` - 3 fills the most forms and whose interview a demo clerk can
// complete. Fails with the reason when the register has none.
Result<TourVisit> chooseTourVisit(
    storage::Database& db, const catalog::Catalog& catalog, QDate today);

// `count` queries as a clerk types them, drawn (deterministically from
// `seed`) from current residents: family-name kana prefixes, full kana
// names, 宛名番号 and birth dates in turn (query i is of kind i % 4).
Result<QStringList> sampleQueries(storage::Database& db, int count, quint32 seed);

// Katakana to hiragana (サトウ → さとう): what a clerk types.
QString toHiragana(const QString& katakana);

} // namespace madoguchi::desk
