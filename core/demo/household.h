#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <vector>

namespace madoguchi::demo {

// One household of the demo city on its way to the database. The planner
// fills in who lives there (householdplanner.h), the namer their names
// (personnamer.h), the address maker where and since when
// (addressmaker.h), the entitlement rules what the business systems know
// (entitlementrules.h); the writer stores it (demowriter.h).

// 続柄 (COUNTER-DOMAIN §3), always relative to the head.
enum class Relation {
    Head, // 世帯主
    Husband, // 夫
    Wife, // 妻
    WifeUnregistered, // 妻（未届）
    Child, // 子
    ChildsWife, // 子の妻
    Grandchild, // 子の子
    Father, // 父
    Mother, // 母
    OlderBrother, // 兄
    OlderSister, // 姉
    YoungerBrother, // 弟
    YoungerSister, // 妹
    Kin, // 縁故者
    Lodger, // 同居人
};
QString relationText(Relation relation);

// What a grown-up does for a living, which decides insurance and pension.
enum class Work {
    Child, // under 15
    Student,
    Employee, // company or public employment: 社会保険, 厚生年金
    SelfEmployed, // 国保, 国民年金 第1号
    Homemaker,
    Unemployed,
    Retired,
};

// 不詳 in a birth date: the register keeps what is known (japanesedate.h).
enum class BirthPrecision { Exact, YearOnly, MonthOnly, Unknown };

struct FormerName {
    QString kanji;
    QString kana;
    QDate until;
};

struct PastAddress {
    QString addressCode; // empty outside the city
    QString postalCode;
    QString address;
    QString katagaki;
    QDate from; // invalid when not known to this city
    QDate until;
};

struct Entitlements {
    QString insurance = QStringLiteral("none");
    QDate insuranceSince;
    QString kaigo = QStringLiteral("none");
    QString kaigoLevel;
    QString nenkin = QStringLiteral("none");
    bool jidouTeate = false;
    QDate jidouTeateSince;
    bool myNumberCard = false;
    QDate myNumberCardExpiry;
    bool disability = false;
    bool childMedical = false;
    bool singleParentMedical = false;
    bool sealRegistered = false;
};

struct Member {
    Relation relation = Relation::Head;
    int sex = 1; // ISO 5218: 1 male, 2 female
    QDate birth; // always exact inside the generator
    BirthPrecision birthPrecision = BirthPrecision::Exact;
    int age = 0; // 満年齢 on the reference date
    Work work = Work::Child;
    int spouse = -1; // index in the household, -1 when not living here
    int mother = -1;
    int father = -1;
    QDate marriedOn; // when this member's current marriage began
    bool changedSurname = false; // took the spouse's family name at marriage
    bool divorced = false; // a single parent after a divorce
    int familyLine = 0; // members with the same line share a family name

    // Foreign residents (nationality < 0: Japanese national).
    int nationality = -1;
    QString nationalityName; // 国籍・地域 as registered
    QString residenceStatus;
    QDate residenceExpiry;

    // Names (personnamer).
    QString nameKanji;
    QString nameKana;
    QString kyuuji;
    QString kyuujiKana;
    QString tsusho;
    QString tsushoKana;
    QString alphabetName;
    QList<FormerName> formerNames;
    bool kanaConfirmed = false; // the resident confirmed the reading
    QString honseki; // 本籍 (Japanese nationals)
    QString hittousha; // 筆頭者 of that 戸籍

    // Residency (addressmaker).
    QDate becameResident;
    QDate movedIn;
    QDate notified;
    QString previousAddress;
    QList<PastAddress> pastAddresses;

    Entitlements entitlements;
    bool supportMeasure = false; // DV等支援措置 asked for

    bool foreign() const { return nationality >= 0; }
    bool isSpouseRelation() const
    {
        return relation == Relation::Wife || relation == Relation::Husband
            || relation == Relation::WifeUnregistered;
    }
};

// The kinds of household the planner builds; the shares are in
// householdplanner.cpp.
enum class HouseholdKind {
    Single,
    Couple,
    CoupleWithChildren,
    SingleParent,
    ThreeGenerations,
    Siblings,
    WithLodger,
    ForeignWorkers, // a shared flat of trainees: head and 同居人
};

struct Household {
    HouseholdKind kind = HouseholdKind::Single;
    bool seiho = false; // 生活保護, the whole household
    std::vector<Member> members; // in register order: head, spouse, children …

    // Address (addressmaker).
    QString addressCode;
    QString postalCode;
    QString address;
    QString katagaki;
    QDate formedOn;
    int dogs = 0;
};

// Cuts the household to its first `count` members (the last household of
// the city, to hit the resident count exactly), forgetting links to the
// members that left.
void truncateHousehold(Household& household, int count);

} // namespace madoguchi::demo
