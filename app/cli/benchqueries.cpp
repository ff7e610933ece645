#include "benchqueries.h"

#include "storage/sqlerror.h"
#include "text/dateformat.h"
#include "text/folding.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::cli {
namespace {

struct Row {
    QString nameKanji, nameKana, birthDate, atenaNo, residentCode, setaiNo, address;
    QString formerAddress; // the first of address_history, if any
};

// 4 characters of an address after the city's name.
QString afterCity(const QString& address, const QString& city)
{
    const qsizetype at = address.indexOf(city);
    const qsizetype start = at < 0 ? 3 : at + city.size();
    return address.mid(start, 4);
}

// xorshift64*: enough to spread draws over the register, and the same on
// every machine (no std:: distributions).
class Draw {
public:
    explicit Draw(std::uint64_t seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL)
    { }
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }

private:
    std::uint64_t m_state;
};

QString hiragana(const QString& katakana)
{
    QString out;
    for (const QChar c : katakana) {
        const char16_t u = c.unicode();
        if (u == u' ')
            continue;
        out.append(u >= 0x30A1 && u <= 0x30F6 ? QChar(char16_t(u - 0x60)) : c);
    }
    return out;
}

// Family names with a 異体字 spelling in the demo city, both ways.
const QHash<QString, QString>& variants()
{
    static const QHash<QString, QString> map = [] {
        const std::pair<const char16_t*, const char16_t*> pairs[]
            = {{u"高橋", u"髙橋"}, {u"斎藤", u"齋藤"}, {u"渡辺", u"渡邊"}, {u"浜田", u"濱田"},
                {u"山崎", u"山﨑"}, {u"宮崎", u"宮﨑"}, {u"沢田", u"澤田"}, {u"吉田", u"𠮷田"},
                {u"高木", u"髙木"}, {u"桜井", u"櫻井"}};
        QHash<QString, QString> m;
        for (const auto& [standard, variant] : pairs) {
            m.insert(QString::fromUtf16(standard), QString::fromUtf16(variant));
            m.insert(QString::fromUtf16(variant), QString::fromUtf16(standard));
        }
        return m;
    }();
    return map;
}

std::optional<QString> queryFor(QueryClass c, const Row& r, const QString& city, int turn)
{
    const QStringList kanji = text::splitName(r.nameKanji);
    const QStringList kana = text::splitName(r.nameKana);
    if (kanji.size() != 2 || kana.size() != 2)
        return std::nullopt; // foreign residents' names have other shapes
    switch (c) {
    case QueryClass::FullKana:
        return hiragana(r.nameKana);
    case QueryClass::KanaPrefix:
        return r.nameKana.left(2);
    case QueryClass::GivenOnly:
        return kana.at(1);
    case QueryClass::KanjiVariant: {
        const auto it = variants().constFind(kanji.at(0));
        if (it == variants().constEnd())
            return std::nullopt;
        return *it + QLatin1Char(' ') + kanji.at(1);
    }
    case QueryClass::DateAndName: {
        const auto date = text::JapaneseDate::fromStorageString(r.birthDate);
        if (!date || !date->isExact())
            return std::nullopt;
        return hiragana(kana.at(0)) + QLatin1Char(' ') + text::formatWarekiShort(date.value());
    }
    case QueryClass::AddressFragment:
        return afterCity(r.address, city);
    case QueryClass::Identifier:
        return turn % 3 == 0 ? r.atenaNo : turn % 3 == 1 ? r.setaiNo : r.residentCode;
    case QueryClass::NameAndPlace:
        return kanji.at(0) + QLatin1Char(' ') + afterCity(r.address, city);
    case QueryClass::FormerAddress: {
        // From another municipality: the part after its 市, 区, 町 or 村.
        if (r.formerAddress.isEmpty() || (!city.isEmpty() && r.formerAddress.contains(city)))
            return std::nullopt;
        static const QRegularExpression municipality(QStringLiteral("^.+?[都道府県].+?[市区町村]"));
        const QRegularExpressionMatch m = municipality.match(r.formerAddress);
        if (!m.hasMatch())
            return std::nullopt;
        return r.formerAddress.mid(m.capturedLength(), 7);
    }
    }
    return std::nullopt;
}

} // namespace

QString queryClassName(QueryClass c)
{
    static const char* const names[] = {"full_kana", "kana_prefix", "given_only", "kanji_variant",
        "date_and_name", "address_fragment", "identifier", "name_and_place", "former_address"};
    return QString::fromLatin1(names[int(c)]);
}

Result<QList<BenchQuery>> drawBenchQueries(QSqlDatabase& db, int perClass, std::uint64_t seed)
{
    const QString doing
        = QCoreApplication::translate("BenchSearchCommand", "drawing the bench queries");
    auto maxId = storage::exec(db, QStringLiteral("SELECT MAX(id) FROM persons"), {}, doing);
    if (!maxId)
        return maxId.error();
    const qint64 last = maxId->next() ? maxId->value(0).toLongLong() : 0;
    QString city;
    if (auto meta = storage::exec(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
            {QStringLiteral("city_name")}, doing);
        meta && meta->next())
        city = meta->value(0).toString();
    QList<BenchQuery> queries;
    if (last <= 0)
        return queries;
    Draw draw(seed);
    for (int ci = 0; ci < kQueryClassCount; ++ci) {
        const auto c = QueryClass(ci);
        int made = 0;
        for (int attempt = 0; made < perClass && attempt < perClass * 20; ++attempt) {
            const qint64 from = qint64(draw.next() % std::uint64_t(last)) + 1;
            auto rows = storage::exec(db,
                QStringLiteral("SELECT p.name_kanji, p.name_kana, p.birth_date, p.atena_no, "
                               "p.resident_code, h.setai_no, h.address, "
                               "(SELECT a.address FROM address_history a WHERE a.person_id = p.id "
                               "ORDER BY a.id LIMIT 1) FROM persons p "
                               "JOIN households h ON h.id = p.household_id "
                               "WHERE p.id >= ? AND p.status = 'resident' ORDER BY p.id LIMIT 200"),
                {from}, doing);
            if (!rows)
                return rows.error();
            while (rows->next()) {
                const Row r{rows->value(0).toString(), rows->value(1).toString(),
                    rows->value(2).toString(), rows->value(3).toString(), rows->value(4).toString(),
                    rows->value(5).toString(), rows->value(6).toString(),
                    rows->value(7).toString()};
                if (auto text = queryFor(c, r, city, made); text && !text->isEmpty()) {
                    queries.append({c, *text});
                    ++made;
                    break;
                }
            }
        }
    }
    return queries;
}

} // namespace madoguchi::cli
