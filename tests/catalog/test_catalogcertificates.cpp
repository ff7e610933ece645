// The catalog's certificate files (docs/certificates.md, "The city's trust
// store"): certificates.json and trust.json are read and checked like every
// other file, documents name a certificate type, and evidence.<type>.<claim>
// is a path of the rules context only for declared types and claims.
#include "catalog/interviewsession.h"
#include "catalog/checklistinput.h"
#include "catalogtest.h"

using namespace madoguchi;
using catalogtest::TempCatalog;

namespace {

constexpr const char* kCertificates = R"json({"certificates": [
  {"id": "birth", "credential_type": "BirthCertificate", "names": {"ja": "出生証明書", "en": "Birth certificate"},
   "claims": [
     {"id": "weight", "labels": {"ja": "体重", "en": "Weight"}, "type": "number", "required": true},
     {"id": "place", "labels": {"ja": "場所", "en": "Place"}, "type": "address"}]}
]})json";

constexpr const char* kTrust = R"json({"issuers": [
  {"id": "https://hospital.example", "names": {"ja": "病院", "en": "Hospital"}, "certificates": ["birth"],
   "keys": [{"kid": "k1", "jwk": {"kty": "OKP", "crv": "Ed25519", "x": "c5Z-J6eg5XL69wHdQbjh8AUGh_x2bkMhqPtOVWkADy4"},
             "valid_from": "2026-01-01", "valid_to": "2030-12-31"}]}
]})json";

// a.todoke with a document a certificate stands for and a field bound to a claim.
QJsonObject todokeWithEvidence(const QString& document, const QString& bind)
{
    QJsonObject p = TempCatalog::object(catalogtest::kTodoke);
    p.insert(QStringLiteral("documents"),
        QJsonArray{QJsonObject{{QStringLiteral("ja"), QStringLiteral("出生証明書")},
            {QStringLiteral("en"), QStringLiteral("Birth certificate")},
            {QStringLiteral("certificate"), document}}});
    QJsonObject form = p.value(QStringLiteral("form")).toObject();
    QJsonArray fields = form.value(QStringLiteral("fields")).toArray();
    fields.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("weight")},
        {QStringLiteral("labels"),
            QJsonObject{{QStringLiteral("ja"), QStringLiteral("体重")},
                {QStringLiteral("en"), QStringLiteral("Weight")}}},
        {QStringLiteral("type"), QStringLiteral("number")},
        {QStringLiteral("required"), true}, {QStringLiteral("bind"), bind},
        {QStringLiteral("ask_once"), QStringLiteral("weight")}});
    form.insert(QStringLiteral("fields"), fields);
    p.insert(QStringLiteral("form"), form);
    return p;
}

bool anyContains(const QStringList& lines, const QString& text)
{
    for (const QString& line : lines)
        if (line.contains(text))
            return true;
    return false;
}

} // namespace

TEST(CatalogCertificates, TheBuiltInCatalogTrustsTheDemoIssuersPerType)
{
    const catalog::CatalogLoad load = catalog::loadCatalog(QStringLiteral(":/catalog"));
    ASSERT_TRUE(load.ok());
    const catalog::CertificateType* birth = load.catalog->certificate(QStringLiteral("shussei_shoumei"));
    ASSERT_NE(birth, nullptr);
    EXPECT_EQ(birth->credentialType, QStringLiteral("BirthCertificate"));
    ASSERT_NE(birth->claim(QStringLiteral("weight_grams")), nullptr);
    EXPECT_EQ(birth->claim(QStringLiteral("weight_grams"))->type, catalog::FieldType::Number);
    const catalog::TrustedIssuer* hospital
        = load.catalog->issuer(QStringLiteral("https://hospital.midorino.example"));
    ASSERT_NE(hospital, nullptr);
    EXPECT_EQ(hospital->certificates, QStringList{QStringLiteral("shussei_shoumei")});
    ASSERT_EQ(hospital->keys.size(), 1);
    EXPECT_EQ(hospital->keys.first().publicKey.size(), 32);
    EXPECT_EQ(hospital->keys.first().validTo, QDate(2030, 12, 31));
    // The 出生届's first document can come as that certificate.
    for (const catalog::Procedure& p : load.catalog->procedures)
        if (p.id == QLatin1String("shussei.todoke")) {
            EXPECT_EQ(p.documents.first().certificate, QStringLiteral("shussei_shoumei"));
        }
}

TEST(CatalogCertificates, WithoutTheFilesNoCertificateIsAccepted)
{
    TempCatalog dir;
    const catalog::CatalogLoad load = dir.load();
    ASSERT_TRUE(load.ok()) << load.problems.size();
    EXPECT_TRUE(load.catalog->certificates.isEmpty());
    EXPECT_TRUE(load.catalog->issuers.isEmpty());
}

TEST(CatalogCertificates, ReadsTypesIssuersAndABindToAClaim)
{
    TempCatalog dir;
    dir.write(QStringLiteral("certificates.json"), kCertificates);
    dir.write(QStringLiteral("trust.json"), kTrust);
    dir.write(QStringLiteral("procedures/a.todoke.json"),
        todokeWithEvidence(QStringLiteral("birth"), QStringLiteral("evidence.birth.weight")));
    const catalog::CatalogLoad load = dir.load();
    ASSERT_TRUE(load.ok()) << dir.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(load.catalog->certificates.size(), 1);
    EXPECT_EQ(load.catalog->issuers.first().keys.first().kid, QStringLiteral("k1"));
}

TEST(CatalogCertificates, RefusesAnUnknownTypeClaimOrBadKeyWithThePlace)
{
    TempCatalog dir;
    dir.write(QStringLiteral("certificates.json"), kCertificates);
    QJsonObject trust = TempCatalog::object(kTrust);
    QJsonArray issuers = trust.value(QStringLiteral("issuers")).toArray();
    QJsonObject issuer = issuers.at(0).toObject();
    issuer.insert(QStringLiteral("certificates"), QJsonArray{QStringLiteral("brith")});
    QJsonObject key = issuer.value(QStringLiteral("keys")).toArray().at(0).toObject();
    key.insert(QStringLiteral("jwk"),
        QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
            {QStringLiteral("crv"), QStringLiteral("Ed25519")},
            {QStringLiteral("x"), QStringLiteral("c5Z-J6eg5XL69wHdQbjh8AUGh_x2bkMhqPtOVWkADy4=")}});
    issuer.insert(QStringLiteral("keys"), QJsonArray{key});
    issuers.replace(0, issuer);
    trust.insert(QStringLiteral("issuers"), issuers);
    dir.write(QStringLiteral("trust.json"), trust);
    dir.write(QStringLiteral("procedures/a.todoke.json"),
        todokeWithEvidence(QStringLiteral("death"), QStringLiteral("evidence.birth.wieght")));
    const QStringList problems = dir.problems();
    EXPECT_TRUE(anyContains(problems,
        QStringLiteral("trust.json: /issuers/0/certificates/0: there is no certificate type "
                       "\"brith\"")))
        << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(problems, QStringLiteral("trust.json: /issuers/0/keys/0/jwk/x")));
    EXPECT_TRUE(anyContains(problems,
        QStringLiteral("procedures/a.todoke.json: /documents/0/certificate: there is no "
                       "certificate type \"death\"")));
    EXPECT_TRUE(anyContains(problems,
        QStringLiteral("the certificate type \"birth\" has no claim \"wieght\"")));
}

TEST(CatalogCertificates, AClaimFillsItsFieldAsEvidenceAndIsAskedWithoutIt)
{
    TempCatalog dir;
    dir.write(QStringLiteral("certificates.json"), kCertificates);
    dir.write(QStringLiteral("procedures/a.todoke.json"),
        todokeWithEvidence(QStringLiteral("birth"), QStringLiteral("evidence.birth.weight")));
    const catalog::CatalogLoad load = dir.load();
    ASSERT_TRUE(load.ok()) << dir.problems().join(QLatin1Char('\n')).toStdString();
    QJsonObject input = catalogtest::context(catalogtest::event(QStringLiteral("tennyu"),
                                                 QStringLiteral("2026-11-20")),
        QJsonArray{catalogtest::member(QStringLiteral("m1"), QStringLiteral("1980-01-01"),
            QStringLiteral("世帯主"))});

    const auto asked = catalog::prepareContext(*load.catalog, input, QStringLiteral("test"));
    ASSERT_TRUE(asked) << asked.error().message.toStdString();
    const auto without = catalog::fillForms(*load.catalog, asked.value());
    ASSERT_TRUE(without) << without.error().message.toStdString();
    bool weightAsked = false;
    for (const catalog::Question& q : without->interview)
        weightAsked |= q.key == QLatin1String("weight");
    EXPECT_TRUE(weightAsked) << "no certificate: the ask_once question";

    input.insert(QStringLiteral("evidence"),
        QJsonObject{{QStringLiteral("birth"), QJsonObject{{QStringLiteral("weight"), 3120}}}});
    const auto derived = catalog::prepareContext(*load.catalog, input, QStringLiteral("test"));
    ASSERT_TRUE(derived) << derived.error().message.toStdString();
    const auto forms = catalog::fillForms(*load.catalog, derived.value());
    ASSERT_TRUE(forms) << forms.error().message.toStdString();
    const catalog::FilledField* weight = nullptr;
    for (const catalog::FilledField& f : forms->forms.first().fields)
        if (f.field->id == QLatin1String("weight"))
            weight = &f;
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(weight->value.toInt(), 3120);
    EXPECT_EQ(weight->provenance, catalog::Provenance::Evidence);
    EXPECT_TRUE(weight->prefilled);
    EXPECT_EQ(catalog::provenanceName(weight->provenance), QStringLiteral("evidence"));
}
