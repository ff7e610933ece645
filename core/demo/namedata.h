#pragma once

#include "common/result.h"
#include "demo/random.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace madoguchi::demo {

// The word lists of the demo city, kept as UTF-8 TSV files in
// resources/demo/ (embedded under :/demo) so that names and towns are data
// a reader can check against the sources named in each file's header.

struct KanaName {
    QString written; // kanji (or kana) as registered
    QString kana; // reading in katakana
};

// Names with their weights, ready for weighted draws.
struct NameList {
    QList<KanaName> names;
    WeightedTable weights;
    const KanaName& pick(Random& random) const { return names[qsizetype(weights.pick(random))]; }
};

struct Town {
    QString oazaCode; // 3 digits of the 住所コード
    QString name; // 町名
    QString kana;
    QString postalCode; // 7 digits
    int chome = 0; // number of 丁目; 0: addressed 大字 … 番地
    int apartmentPercent = 0;
};

struct OtherCity {
    QString prefix; // prefecture + city + town
    bool chome = true;
};

struct ForeignName {
    QString alphabet; // as on the residence card
    QString written; // 氏名: Chinese characters or katakana
    QString kana;
    QString tsushoFamily; // a Japanese family name used as 通称 (Korean)
    QString tsushoFamilyKana;
};

struct Nationality {
    QString name; // 国籍・地域 as registered
    bool han = false; // names written in Chinese characters
    bool wifeKeepsName = false; // a married woman keeps her family name
    QString country; // 転入前住所 for those who came from abroad
    QStringList statuses; // 在留資格
    WeightedTable statusWeights;
    QList<ForeignName> family;
    QList<ForeignName> male;
    QList<ForeignName> female;
};

// Birth generations of given names (given_names.tsv): 1 before 1946 …
// 5 from 2006.
inline constexpr int kNameGenerations = 5;
int nameGeneration(int birthYear);

class NameData {
public:
    // Reads every file from `directory` (the embedded resources by default);
    // the error names the file and line of the first bad row.
    static Result<NameData> load(const QString& directory = QStringLiteral(":/demo"));

    NameList familyNames;
    // [sex - 1][generation - 1]
    std::array<std::array<NameList, kNameGenerations>, 2> givenNames;
    QList<Town> towns;
    WeightedTable townWeights;
    QList<OtherCity> otherCities;
    WeightedTable otherCityWeights;
    QList<Nationality> nationalities;
    WeightedTable nationalityWeights;
    QStringList buildingPrefixes;
    QStringList buildingSuffixes;
    QStringList buildingNames;

    const KanaName& givenName(Random& random, int sex, int birthYear) const;
};

// True when every character is katakana (ァ–ヺ, ・, ー) or a single ASCII
// space between words.
bool isKatakanaName(const QString& text);

} // namespace madoguchi::demo
