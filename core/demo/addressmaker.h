#pragma once

#include "demo/household.h"
#include "demo/namedata.h"
#include "demo/random.h"

#include <QDate>
#include <QString>

namespace madoguchi::demo {

// The fictitious city the demo lives in (docs/demo-city.md).
struct DemoCityIdentity {
    QString prefecture; // 東京都
    QString name; // みどり野市
    QString codeBody; // 5 digits: prefecture 2 + city 3 (unused by any real city)
};
const DemoCityIdentity& demoCityIdentity();

// Where a household lives and since when: a town (町名) and 丁目 of the
// city with its 住所コード and postal code, house numbers, an apartment and
// room (方書) for a share of households that depends on the town; the day
// the household was formed there; for each member the day they became a
// resident, moved in and notified, the address before moving in (another
// city, a foreign country, or another address in the city) as 転入前住所
// and as address history; dogs; 本籍 and 筆頭者. It also drops former names
// from before a member lived here: the city only knows changes it
// registered.
class AddressMaker {
public:
    AddressMaker(const NameData& data, QDate asOf);

    void place(Random& r, Household& h) const;

private:
    struct Place {
        QString addressCode;
        QString postalCode;
        QString address;
        QString katagaki;
    };
    Place cityPlace(Random& r, int apartmentBias) const;
    QString otherCityAddress(Random& r) const;
    void registerHonseki(Random& r, Household& h) const;
    QDate randomDate(Random& r, QDate first, QDate last) const;

    const NameData& m_data;
    QDate m_asOf;
    QString m_cityPrefix; // 東京都みどり野市
};

} // namespace madoguchi::demo
