#include "registersamples.h"

#include "catalog/catalogmodel.h"
#include "catalog/checklistinput.h"
#include "catalog/contextfromregister.h"
#include "catalog/interviewsession.h"
#include "demo/demoanswers.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <optional>

namespace madoguchi::desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterSamples)
};

const QString kTennyu = QStringLiteral("tennyu");

// The forms of a 転入 of `atenaNo`, or why there are none.
Result<int> tennyuForms(storage::Database& db, const catalog::Catalog& catalog,
    const QString& atenaNo, QDate eventDate, QDate today, const QJsonObject& eventAnswers)
{
    auto input = catalog::contextFromRegister(db, atenaNo, kTennyu, eventDate, today);
    if (!input)
        return input.error();
    QJsonObject event = input->value(QStringLiteral("event")).toObject();
    for (auto it = eventAnswers.begin(); it != eventAnswers.end(); ++it)
        event.insert(it.key(), it.value());
    input->insert(QStringLiteral("event"), event);
    auto derived = catalog::prepareContext(catalog, input.value(), QStringLiteral("tour"));
    if (!derived)
        return derived.error();
    auto forms = catalog::fillForms(catalog, derived.value());
    if (!forms)
        return forms.error();
    QRandomGenerator random(7);
    if (Status answered = demo::answerDemoInterview(forms.value(), random); !answered)
        return answered.error();
    return int(forms->forms.size());
}

} // namespace

Result<TourVisit> chooseTourVisit(
    storage::Database& db, const catalog::Catalog& catalog, QDate today)
{
    if (!catalog.event(kTennyu))
        return Error{Text::tr("the catalog has no 転入 (tennyu) life event")};
    // Streams through the heads in id order: stops after a dozen, however
    // large the register.
    auto heads = storage::exec(db.sql(),
        QStringLiteral(
            "SELECT p.atena_no, p.name_kanji, p.name_kana FROM persons p "
            "WHERE p.status = 'resident' AND p.relationship = '世帯主' "
            "AND p.nationality IS NULL "
            "AND (SELECT COUNT(*) FROM persons m WHERE m.household_id = p.household_id "
            "     AND m.status = 'resident') BETWEEN 4 AND 5 "
            "ORDER BY p.id LIMIT 12"),
        {}, Text::tr("looking for a household to show"));
    if (!heads)
        return heads.error();
    QList<TourVisit> candidates;
    while (heads->next()) {
        TourVisit visit;
        visit.atenaNo = heads->value(0).toString();
        visit.nameKanji = heads->value(1).toString();
        visit.nameKana = heads->value(2).toString();
        visit.eventDate = today.addDays(-3);
        visit.eventAnswers = QJsonObject{
            {QStringLiteral("planned_move_out_date"),
                visit.eventDate.addDays(-5).toString(Qt::ISODate)},
            {QStringLiteral("from_prefecture_code"), QStringLiteral("27")}, // 大阪府
            {QStringLiteral("inkan_touroku"), QJsonArray{QStringLiteral("m1")}},
        };
        candidates << visit;
    }
    heads->finish();

    std::optional<TourVisit> best;
    QString lastProblem;
    for (TourVisit& visit : candidates) {
        auto forms = tennyuForms(
            db, catalog, visit.atenaNo, visit.eventDate, today, visit.eventAnswers);
        if (!forms) {
            lastProblem = forms.error().message;
            continue;
        }
        visit.forms = forms.value();
        if (!best || visit.forms > best->forms)
            best = visit;
    }
    if (best)
        return *best;
    if (candidates.isEmpty())
        return Error{Text::tr("no resident found for the tour: the register has no Japanese "
                              "household head with 4 or 5 members (seed a demo city with "
                              "'madoguchi-cli demo seed')")};
    return Error{Text::tr("no resident found for the tour: none of %n household head(s) "
                          "makes a 転入 visit a demo clerk can complete (%1)",
        nullptr, int(candidates.size()))
                     .arg(lastProblem)};
}

QString toHiragana(const QString& katakana)
{
    QString out = katakana;
    for (QChar& c : out)
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6)
            c = QChar(char16_t(c.unicode() - 0x60));
    return out;
}

Result<QStringList> sampleQueries(storage::Database& db, int count, quint32 seed)
{
    auto range = storage::exec(db.sql(),
        QStringLiteral("SELECT MIN(id), MAX(id) FROM persons WHERE status = 'resident'"), {},
        Text::tr("counting the residents"));
    if (!range)
        return range.error();
    if (!range->next() || range->value(0).isNull())
        return Error{Text::tr("the register has no residents to search for")};
    const qint64 low = range->value(0).toLongLong();
    const qint64 high = range->value(1).toLongLong();
    range->finish();

    QRandomGenerator random(seed);
    QStringList queries;
    for (int tries = 0; queries.size() < count && tries < count * 4; ++tries) {
        auto drawn = storage::exec(db.sql(),
            QStringLiteral("SELECT atena_no, name_kana, birth_date FROM persons "
                           "WHERE status = 'resident' AND id >= ? ORDER BY id LIMIT 1"),
            {low + qint64(random.bounded(quint32(high - low + 1)))},
            Text::tr("drawing a resident to search for"));
        if (!drawn)
            return drawn.error();
        if (!drawn->next())
            continue;
        const QString atenaNo = drawn->value(0).toString();
        const QString kana = toHiragana(drawn->value(1).toString());
        const QString birth = drawn->value(2).toString();
        drawn->finish();
        switch (queries.size() % 4) {
        case 0: { // the first kana of the family name, as typed before a pause
            const QString family = kana.section(QLatin1Char(' '), 0, 0);
            queries << family.left(std::min<qsizetype>(family.size(), 2 + random.bounded(2)));
            break;
        }
        case 1:
            queries << kana;
            break;
        case 2:
            queries << atenaNo;
            break;
        default: {
            const auto date = text::parseJapaneseDate(birth);
            if (!date)
                continue;
            queries << text::formatWarekiShort(date.value());
            break;
        }
        }
    }
    return queries;
}

} // namespace madoguchi::desk
