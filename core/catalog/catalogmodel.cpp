#include "catalog/catalogmodel.h"

namespace madoguchi::catalog {

QJsonObject Catalog::parameterValues() const
{
    return parameterObject;
}

const System* Catalog::system(const QString& id) const
{
    const auto it = systemIndex.constFind(id);
    return it == systemIndex.constEnd() ? nullptr : &systems.at(*it);
}

const LifeEvent* Catalog::event(const QString& id) const
{
    const auto it = eventIndex.constFind(id);
    return it == eventIndex.constEnd() ? nullptr : &events.at(*it);
}

QList<const Procedure*> Catalog::proceduresOf(const QString& eventId) const
{
    QList<const Procedure*> result;
    for (const qsizetype i : proceduresByEvent.value(eventId))
        result.append(&procedures.at(i));
    return result;
}

} // namespace madoguchi::catalog

namespace madoguchi::catalog {

const CertificateType* Catalog::certificate(const QString& id) const
{
    for (const CertificateType& c : certificates)
        if (c.id == id)
            return &c;
    return nullptr;
}

const TrustedIssuer* Catalog::issuer(const QString& id) const
{
    for (const TrustedIssuer& i : issuers)
        if (i.id == id)
            return &i;
    return nullptr;
}

const CertificateClaim* CertificateType::claim(const QString& claimId) const
{
    for (const CertificateClaim& c : claims)
        if (c.id == claimId)
            return &c;
    return nullptr;
}

const IssuerKey* TrustedIssuer::key(const QString& kid) const
{
    for (const IssuerKey& k : keys)
        if (k.kid == kid)
            return &k;
    return nullptr;
}

} // namespace madoguchi::catalog
