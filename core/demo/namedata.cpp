#include "demo/namedata.h"

#include <QCoreApplication>
#include <QFile>
#include <functional>

namespace madoguchi::demo {
namespace {

// Calls `row` with the fields of every data line of a TSV file; lines that
// are empty or start with '#' are comments. The callback returns an error
// message for a bad row, which comes back with file and line.
Status readTsv(const QString& path, int minColumns, int maxColumns,
    const std::function<QString(const QStringList&)>& row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("DemoData", "cannot read the demo data file %1: %2")
                .arg(path, file.errorString())};
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));
    int dataRows = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        QString problem;
        if (fields.size() < minColumns || fields.size() > maxColumns)
            problem = QCoreApplication::translate(
                "DemoData", "expected %1 to %2 tab-separated columns, found %3")
                          .arg(minColumns)
                          .arg(maxColumns)
                          .arg(fields.size());
        else
            problem = row(fields);
        if (!problem.isEmpty())
            return Error{QCoreApplication::translate("DemoData", "%1, line %2: %3")
                             .arg(path)
                             .arg(i + 1)
                             .arg(problem)};
        ++dataRows;
    }
    if (dataRows == 0)
        return Error{
            QCoreApplication::translate("DemoData", "the demo data file %1 has no rows").arg(path)};
    return {};
}

bool readPositive(const QString& field, int* value)
{
    bool ok = false;
    *value = field.toInt(&ok);
    return ok && *value > 0;
}

QString checkKana(const QString& kana)
{
    return isKatakanaName(kana)
        ? QString()
        : QCoreApplication::translate("DemoData", "'%1' is not written in katakana").arg(kana);
}

Status loadFamilyNames(const QString& dir, NameData& data)
{
    return readTsv(dir + QStringLiteral("/family_names.tsv"), 3, 3, [&](const QStringList& f) {
        int weight = 0;
        if (!readPositive(f[2], &weight))
            return QCoreApplication::translate(
                "DemoData", "the weight '%1' is not a positive number")
                .arg(f[2]);
        if (QString problem = checkKana(f[1]); !problem.isEmpty())
            return problem;
        data.familyNames.names.append({f[0], f[1]});
        data.familyNames.weights.add(std::uint32_t(weight));
        return QString();
    });
}

Status loadGivenNames(const QString& dir, NameData& data)
{
    return readTsv(dir + QStringLiteral("/given_names.tsv"), 5, 5, [&](const QStringList& f) {
        int sex = 0, generation = 0, weight = 0;
        if (!readPositive(f[2], &sex) || sex > 2)
            return QCoreApplication::translate("DemoData", "the sex '%1' is neither 1 nor 2")
                .arg(f[2]);
        if (!readPositive(f[3], &generation) || generation > kNameGenerations)
            return QCoreApplication::translate("DemoData", "the generation '%1' is not 1 to %2")
                .arg(f[3])
                .arg(kNameGenerations);
        if (!readPositive(f[4], &weight))
            return QCoreApplication::translate(
                "DemoData", "the weight '%1' is not a positive number")
                .arg(f[4]);
        if (QString problem = checkKana(f[1]); !problem.isEmpty())
            return problem;
        NameList& list = data.givenNames[std::size_t(sex - 1)][std::size_t(generation - 1)];
        list.names.append({f[0], f[1]});
        list.weights.add(std::uint32_t(weight));
        return QString();
    });
}

Status loadTowns(const QString& dir, NameData& data)
{
    return readTsv(dir + QStringLiteral("/towns.tsv"), 7, 7, [&](const QStringList& f) {
        Town town;
        town.oazaCode = f[0];
        town.name = f[1];
        town.kana = f[2];
        town.postalCode = f[3];
        int weight = 0;
        bool ok = false;
        town.chome = f[4].toInt(&ok);
        if (town.oazaCode.size() != 3 || town.postalCode.size() != 7 || !ok || town.chome < 0
            || town.chome > 9)
            return QCoreApplication::translate(
                "DemoData", "a town needs a 3-digit code, a 7-digit postal code and 0–9 丁目");
        if (!readPositive(f[5], &weight))
            return QCoreApplication::translate(
                "DemoData", "the weight '%1' is not a positive number")
                .arg(f[5]);
        town.apartmentPercent = f[6].toInt(&ok);
        if (!ok || town.apartmentPercent < 0 || town.apartmentPercent > 100)
            return QCoreApplication::translate(
                "DemoData", "the apartment share '%1' is not a percentage")
                .arg(f[6]);
        data.towns.append(town);
        data.townWeights.add(std::uint32_t(weight));
        return QString();
    });
}

Status loadBuildings(const QString& dir, NameData& data)
{
    return readTsv(dir + QStringLiteral("/buildings.tsv"), 2, 2, [&](const QStringList& f) {
        if (f[0] == QLatin1String("prefix"))
            data.buildingPrefixes.append(f[1]);
        else if (f[0] == QLatin1String("suffix"))
            data.buildingSuffixes.append(f[1]);
        else if (f[0] == QLatin1String("standalone"))
            data.buildingNames.append(f[1]);
        else
            return QCoreApplication::translate(
                "DemoData", "unknown kind '%1' (prefix, suffix or standalone)")
                .arg(f[0]);
        return QString();
    });
}

Status loadOtherCities(const QString& dir, NameData& data)
{
    return readTsv(dir + QStringLiteral("/other_cities.tsv"), 3, 3, [&](const QStringList& f) {
        int weight = 0;
        if (!readPositive(f[1], &weight))
            return QCoreApplication::translate(
                "DemoData", "the weight '%1' is not a positive number")
                .arg(f[1]);
        data.otherCities.append({f[0], f[2] == QLatin1String("1")});
        data.otherCityWeights.add(std::uint32_t(weight));
        return QString();
    });
}

Status loadNationalities(const QString& dir, NameData& data)
{
    return readTsv(dir + QStringLiteral("/nationalities.tsv"), 6, 6, [&](const QStringList& f) {
        Nationality n;
        n.name = f[0];
        int weight = 0;
        if (!readPositive(f[1], &weight))
            return QCoreApplication::translate(
                "DemoData", "the weight '%1' is not a positive number")
                .arg(f[1]);
        if (f[2] != QLatin1String("han") && f[2] != QLatin1String("alpha"))
            return QCoreApplication::translate(
                "DemoData", "the writing '%1' is neither han nor alpha")
                .arg(f[2]);
        n.han = f[2] == QLatin1String("han");
        if (f[3] != QLatin1String("keep") && f[3] != QLatin1String("share"))
            return QCoreApplication::translate(
                "DemoData", "the marriage rule '%1' is neither keep nor share")
                .arg(f[3]);
        n.wifeKeepsName = f[3] == QLatin1String("keep");
        n.country = f[4];
        for (const QString& entry : f[5].split(QLatin1Char(';'))) {
            const QStringList parts = entry.split(QLatin1Char(':'));
            int statusWeight = 0;
            if (parts.size() != 2 || !readPositive(parts[1], &statusWeight))
                return QCoreApplication::translate(
                    "DemoData", "the status entry '%1' is not status:weight")
                    .arg(entry);
            n.statuses.append(parts[0]);
            n.statusWeights.add(std::uint32_t(statusWeight));
        }
        data.nationalities.append(n);
        data.nationalityWeights.add(std::uint32_t(weight));
        return QString();
    });
}

Status loadForeignNames(const QString& dir, NameData& data)
{
    return readTsv(dir + QStringLiteral("/foreign_names.tsv"), 5, 7, [&](const QStringList& f) {
        Nationality* nationality = nullptr;
        for (Nationality& n : data.nationalities)
            if (n.name == f[0])
                nationality = &n;
        if (!nationality)
            return QCoreApplication::translate(
                "DemoData", "the nationality '%1' is not in nationalities.tsv")
                .arg(f[0]);
        ForeignName name{f[2], f[3], f[4], {}, {}};
        if (f.size() == 7) {
            name.tsushoFamily = f[5];
            name.tsushoFamilyKana = f[6];
            if (QString problem = checkKana(f[6]); !problem.isEmpty())
                return problem;
        }
        if (QString problem = checkKana(f[4]); !problem.isEmpty())
            return problem;
        if (f[1] == QLatin1String("family"))
            nationality->family.append(name);
        else if (f[1] == QLatin1String("male"))
            nationality->male.append(name);
        else if (f[1] == QLatin1String("female"))
            nationality->female.append(name);
        else
            return QCoreApplication::translate(
                "DemoData", "the part '%1' is not family, male or female")
                .arg(f[1]);
        return QString();
    });
}

} // namespace

int nameGeneration(int birthYear)
{
    if (birthYear < 1946)
        return 1;
    if (birthYear < 1966)
        return 2;
    if (birthYear < 1986)
        return 3;
    if (birthYear < 2006)
        return 4;
    return 5;
}

bool isKatakanaName(const QString& text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))
        || text.contains(QLatin1String("  ")))
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool katakana = u >= 0x30A1 && u <= 0x30FC; // ァ … ヺ, ・, ー
        if (!katakana && u != u' ')
            return false;
    }
    return true;
}

const KanaName& NameData::givenName(Random& random, int sex, int birthYear) const
{
    const int generation = nameGeneration(birthYear);
    return givenNames[std::size_t(sex == 2 ? 1 : 0)][std::size_t(generation - 1)].pick(random);
}

Result<NameData> NameData::load(const QString& directory)
{
    NameData data;
    for (auto loader : {loadFamilyNames, loadGivenNames, loadTowns, loadBuildings, loadOtherCities,
             loadNationalities, loadForeignNames}) {
        if (Status loaded = loader(directory, data); !loaded)
            return loaded.error();
    }
    for (const auto& bySex : data.givenNames)
        for (const NameList& list : bySex)
            if (list.names.isEmpty())
                return Error{QCoreApplication::translate(
                    "DemoData", "given_names.tsv lacks names for a sex and generation")};
    for (const Nationality& n : data.nationalities)
        if (n.family.isEmpty() || n.male.isEmpty() || n.female.isEmpty())
            return Error{
                QCoreApplication::translate("DemoData", "foreign_names.tsv lacks names for %1")
                    .arg(n.name)};
    if (data.buildingPrefixes.isEmpty() || data.buildingSuffixes.isEmpty()
        || data.buildingNames.isEmpty())
        return Error{QCoreApplication::translate(
            "DemoData", "buildings.tsv needs prefixes, suffixes and standalone names")};
    return data;
}

} // namespace madoguchi::demo
