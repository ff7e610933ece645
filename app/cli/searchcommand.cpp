#include "searchcommand.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "registry/registeraccess.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

// Columns on a terminal: East Asian wide characters take two cells.
int cells(const QString& text)
{
    int width = 0;
    for (const uint c : text.toUcs4())
        width += (c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFFDC)) ? 2 : 1;
    return width;
}

QString pad(const QString& text, int width)
{
    return text + QString(std::max(0, width - cells(text)), QLatin1Char(' '));
}

QString fullAddress(const registry::SearchResult& r)
{
    return r.katagaki.isEmpty() ? r.address : r.address + QLatin1Char(' ') + r.katagaki;
}

QString shownAddress(const registry::SearchResult& r)
{
    return r.addressWithheld
        ? QCoreApplication::translate("SearchCommand", "(address withheld: support measure)")
        : fullAddress(r);
}

QJsonObject toJson(const registry::SearchResult& r)
{
    return QJsonObject{
        {QStringLiteral("atena_no"), r.atenaNo},
        {QStringLiteral("setai_no"), r.setaiNo},
        {QStringLiteral("name_kanji"), r.nameKanji},
        {QStringLiteral("name_kana"), r.nameKana},
        {QStringLiteral("birth_date"), r.birthDate},
        {QStringLiteral("age"), r.age ? QJsonValue(*r.age) : QJsonValue()},
        {QStringLiteral("address"), fullAddress(r)},
        {QStringLiteral("katagaki"), r.katagaki},
        {QStringLiteral("address_withheld"), r.addressWithheld},
        {QStringLiteral("household"),
            QJsonObject{
                {QStringLiteral("setai_no"), r.setaiNo}, {QStringLiteral("head"), r.headName}}},
        {QStringLiteral("match"), registry::matchKeyword(r.match)},
        {QStringLiteral("support_measure"), registry::supportLevelKeyword(r.supportMeasure)},
    };
}

QString mark(registry::SupportLevel level)
{
    switch (level) {
    case registry::SupportLevel::Error:
        return QCoreApplication::translate("SearchCommand", "[SUPPORT MEASURE: blocks]");
    case registry::SupportLevel::Alert:
        return QCoreApplication::translate("SearchCommand", "[SUPPORT MEASURE: warns]");
    case registry::SupportLevel::None:
        break;
    }
    return {};
}

} // namespace

QString SearchCommand::summary() const
{
    return QCoreApplication::translate(
        "SearchCommand", "Find residents by name, kana, birth date, address or number");
}

void SearchCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("limit"),
        QCoreApplication::translate("SearchCommand", "At most N results, 1 to 1000 (default 20)."),
        QCoreApplication::translate("SearchCommand", "N")});
    parser.addOption({QStringLiteral("office"),
        QCoreApplication::translate("SearchCommand",
            "The office recorded in the audit log for the console (default 本庁); a staff "
            "member's office comes from the account."),
        QCoreApplication::translate("SearchCommand", "NAME")});
    parser.addOption(staffOption());
    parser.addPositionalArgument(QStringLiteral("QUERY"),
        QCoreApplication::translate("SearchCommand",
            "What the resident says: kana, kanji, a birth date, an address fragment or a number."),
        QStringLiteral("QUERY…"));
}

int SearchCommand::run(const QCommandLineParser& parser, Output& out)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        out.error(QCoreApplication::translate(
            "SearchCommand", "--db LOCATION is required (an SQLite file or a postgresql:// URL)"));
        return ExitUsage;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        out.error(
            QCoreApplication::translate("SearchCommand", "nothing to search for: give a QUERY"));
        return ExitUsage;
    }
    int limit = registry::kDefaultSearchLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > registry::kMaxSearchLimit) {
            out.error(QCoreApplication::translate(
                "SearchCommand", "--limit must be a whole number from 1 to %1, not '%2'")
                          .arg(registry::kMaxSearchLimit)
                          .arg(parser.value(QStringLiteral("limit"))));
            return ExitUsage;
        }
    }
    const QString office = parser.isSet(QStringLiteral("office"))
        ? parser.value(QStringLiteral("office"))
        : QStringLiteral("本庁");
    auto opened = storage::Database::open(parser.value(QStringLiteral("db")), {false, true});
    if (!opened) {
        out.error(opened.error().message);
        return ExitFailure;
    }
    storage::Database& db = *opened.value();
    auto command = CommandAccess::start(parser, db, out, office);
    if (!command)
        return ExitFailure;
    security::AccessControl& access = command->control();
    registry::RegisterAccess reg(db, access);
    const auto found = reg.search(query, limit);
    if (!found) {
        out.error(found.error().message);
        return ExitFailure;
    }
    QJsonArray array;
    for (const registry::SearchResult& r : found.value())
        array.append(toJson(r));
    out.result(array);
    if (found->isEmpty())
        out.line(
            QCoreApplication::translate("SearchCommand", "No resident found for '%1'.").arg(query));
    for (const registry::SearchResult& r : found.value()) {
        const QString age = r.age ? QCoreApplication::translate("SearchCommand", "%1 y").arg(*r.age)
                                  : QStringLiteral("-");
        const QString head
            = QCoreApplication::translate("SearchCommand", "head: %1").arg(r.headName);
        QString line = r.atenaNo + QStringLiteral("  ") + r.setaiNo + QStringLiteral("  ")
            + pad(r.nameKanji, 16) + pad(r.nameKana, 22) + pad(r.birthDate, 11) + pad(age, 6)
            + pad(registry::matchKeyword(r.match), 12) + pad(head, 18) + shownAddress(r);
        if (r.supportMeasure != registry::SupportLevel::None)
            line = mark(r.supportMeasure) + QLatin1Char(' ') + line;
        out.line(line);
    }
    return ExitOk;
}

} // namespace madoguchi::cli
