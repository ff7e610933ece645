#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace madoguchi::registry {

// DV等支援措置 (COUNTER-DOMAIN §6): how strongly the desk must guard a person.
// Ordered: a stronger level compares greater.
enum class SupportLevel { None, Alert, Error };

// none | alert | error: the keywords of the database and of every JSON.
QString supportLevelKeyword(SupportLevel level);
// The level a stored keyword names; nullopt for anything else.
std::optional<SupportLevel> supportLevelFromKeyword(QStringView keyword);

// Whether a measure from `startsOn` to `endsOn` (storage dates, both days
// included) protects the person on `on`. Fails closed: a bound that is not
// an exact ISO day counts as no bound, so an unreadable period is active.
// A provisional measure is judged the same way: it covers the gap between
// the request and the decision from the day it was entered.
bool isSupportMeasureActive(QStringView startsOn, QStringView endsOn, QDate on);

// Whether an active measure ends within a month of `on` (the desk alerts a
// month before expiry so that an extension is not missed).
bool isSupportMeasureEndingSoon(QStringView endsOn, QDate on);

// One support_measures row with what it means on the profile's day.
struct SupportMeasure {
    qint64 id = 0; // internal row id; not in the JSON
    SupportLevel level = SupportLevel::Error;
    bool provisional = false;
    QString startsOn;
    QString endsOn;
    std::optional<QString> restrictedParty;
    std::optional<QString> note;
    qint64 version = 0;
    qint64 changeSeq = 0;
    // The processes it covers (supportguard.h): showing the address,
    // printing, issuing copies.
    bool scopeAddress = true;
    bool scopePrint = true;
    bool scopeCopies = true;
    bool active = false;
    bool endingSoon = false;
};

} // namespace madoguchi::registry
