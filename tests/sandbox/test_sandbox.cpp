// The sandbox back-end's contract (docs/backend-api.md) through the real
// madoguchi-sandbox process and real HTTP.
#include "envelope.h"
#include "httpclient.h"
#include "sandboxprocess.h"
#include "support/qtprinters.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace madoguchi::testing;

namespace {

QUrl applicationsUrl(const SandboxProcess& sandbox, const QString& system)
{
    return sandbox.url(QStringLiteral("/systems/%1/applications").arg(system));
}

class SandboxContract : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(
            sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("sandbox.db"))}))
            << sandbox.err().toStdString();
    }

    HttpAnswer postNew(const QString& key, const QString& system)
    {
        return http.post(
            applicationsUrl(sandbox, system), deliveryHeaders(key), toBody(envelope(key, system)));
    }

    SandboxProcess sandbox;
    HttpClient http;
};

TEST_F(SandboxContract, HealthSaysOk)
{
    const HttpAnswer answer = http.get(sandbox.url(QStringLiteral("/health")));
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(
        answer.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

TEST_F(SandboxContract, NewKeyGetsReceiptAndRepeatGetsTheSameOne)
{
    const QString key = newKey();
    const HttpAnswer first = postNew(key, QStringLiteral("kokuho"));
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_TRUE(first.header("Content-Type").startsWith("application/json"));
    const QJsonObject receipt = first.json().object();
    EXPECT_EQ(receipt.value(QStringLiteral("receipt")).toString(), QStringLiteral("KOKUHO-000001"));
    EXPECT_EQ(receipt.value(QStringLiteral("system")).toString(), QStringLiteral("kokuho"));
    EXPECT_EQ(receipt.value(QStringLiteral("application_id")).toString(), key);
    EXPECT_TRUE(receipt.value(QStringLiteral("received_at")).toString().endsWith(QLatin1Char('Z')));

    // Same key, a different body: still the original answer.
    QJsonObject changed = envelope(key, QStringLiteral("kokuho"));
    changed.insert(QStringLiteral("sent_at"), QStringLiteral("2026-11-26T10:05:00.000Z"));
    const HttpAnswer second = http.post(
        applicationsUrl(sandbox, QStringLiteral("kokuho")), deliveryHeaders(key), toBody(changed));
    ASSERT_EQ(second.status, 200) << second.body.toStdString();
    EXPECT_EQ(second.json().object(), receipt);

    const QJsonArray list = http.get(sandbox.url(QStringLiteral("/applications"))).json().array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("posts")).toInteger(), 2);
}

TEST_F(SandboxContract, SerialsCountPerSystem)
{
    EXPECT_EQ(postNew(newKey(), QStringLiteral("kokuho"))
                  .json()
                  .object()
                  .value(QStringLiteral("receipt"))
                  .toString(),
        QStringLiteral("KOKUHO-000001"));
    EXPECT_EQ(postNew(newKey(), QStringLiteral("juki"))
                  .json()
                  .object()
                  .value(QStringLiteral("receipt"))
                  .toString(),
        QStringLiteral("JUKI-000001"));
    EXPECT_EQ(postNew(newKey(), QStringLiteral("kokuho"))
                  .json()
                  .object()
                  .value(QStringLiteral("receipt"))
                  .toString(),
        QStringLiteral("KOKUHO-000002"));
    // Any system id of the allowed characters is accepted.
    EXPECT_EQ(postNew(newKey(), QStringLiteral("city.tax_v2-a"))
                  .json()
                  .object()
                  .value(QStringLiteral("receipt"))
                  .toString(),
        QStringLiteral("CITY.TAX_V2-A-000001"));
}

TEST_F(SandboxContract, ListShowsEveryKeyInOrderAndFiltersBySystem)
{
    // Two posts may share a millisecond; then the key orders them.
    QString a = newKey();
    QString b = newKey();
    if (b < a)
        std::swap(a, b);
    ASSERT_EQ(postNew(a, QStringLiteral("kokuho")).status, 201);
    ASSERT_EQ(postNew(b, QStringLiteral("juki")).status, 201);

    const HttpAnswer all = http.get(sandbox.url(QStringLiteral("/applications")));
    ASSERT_EQ(all.status, 200);
    const QJsonArray list = all.json().array();
    ASSERT_EQ(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("idempotency_key")).toString(), a);
    EXPECT_EQ(first.value(QStringLiteral("system")).toString(), QStringLiteral("kokuho"));
    EXPECT_EQ(first.value(QStringLiteral("procedure")).toString(),
        QStringLiteral("kokuho-shikaku-shutoku"));
    EXPECT_EQ(first.value(QStringLiteral("procedure_version")).toInteger(), 1);
    EXPECT_EQ(first.value(QStringLiteral("receipt")).toString(), QStringLiteral("KOKUHO-000001"));
    EXPECT_EQ(first.value(QStringLiteral("posts")).toInteger(), 1);
    EXPECT_FALSE(first.value(QStringLiteral("received_at")).toString().isEmpty());
    EXPECT_LE(first.value(QStringLiteral("received_at")).toString(),
        list.at(1).toObject().value(QStringLiteral("received_at")).toString());

    QUrl filtered = sandbox.url(QStringLiteral("/applications"));
    filtered.setQuery(QStringLiteral("system=juki"));
    const QJsonArray juki = http.get(filtered).json().array();
    ASSERT_EQ(juki.size(), 1);
    EXPECT_EQ(juki.at(0).toObject().value(QStringLiteral("idempotency_key")).toString(), b);
}

// An envelope with the largest scan a counter sends (docs/backend-api.md,
// `attachments`): accepted and stored as received.
TEST_F(SandboxContract, AnEnvelopeWithAScanOfTenMegabytesIsAccepted)
{
    const QByteArray scan = QByteArrayLiteral("%PDF-1.7\n").leftJustified(10 * 1024 * 1024, 'x');
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    const QString key = newKey();
    QJsonObject withScan = envelope(key, QStringLiteral("kokuho"));
    withScan.insert(QStringLiteral("attachments"),
        QJsonArray{QJsonObject{{QStringLiteral("file_name"), QStringLiteral("hokensho.pdf")},
            {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("content_base64"), QString::fromLatin1(scan.toBase64())},
            {QStringLiteral("document"),
                QJsonObject{{QStringLiteral("ja"), QStringLiteral("健康保険資格喪失証明書")},
                    {QStringLiteral("en"),
                        QStringLiteral("Certificate of loss of health insurance")}}}}});
    const HttpAnswer answer = http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
        deliveryHeaders(key), toBody(withScan), 120000);
    ASSERT_EQ(answer.status, 201) << answer.body.left(300).toStdString();

    QByteArray body;
    {
        QSqlDatabase look = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), key);
        look.setDatabaseName(sandbox.path(QStringLiteral("sandbox.db")));
        ASSERT_TRUE(look.open());
        QSqlQuery query(look);
        query.prepare(QStringLiteral("SELECT body FROM applications WHERE idempotency_key = ?"));
        query.addBindValue(key);
        ASSERT_TRUE(query.exec() && query.next());
        body = query.value(0).toByteArray();
    }
    QSqlDatabase::removeDatabase(key);
    const QJsonObject stored = QJsonDocument::fromJson(body).object();
    const QJsonObject attachment
        = stored.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    EXPECT_EQ(attachment.value(QStringLiteral("sha256")).toString(), sha256);
    EXPECT_EQ(QByteArray::fromBase64(
                  attachment.value(QStringLiteral("content_base64")).toString().toLatin1()),
        scan);
}

TEST_F(SandboxContract, MalformedRequestsAre400AndStoreNothing)
{
    const QUrl url = applicationsUrl(sandbox, QStringLiteral("kokuho"));
    const QString key = newKey();
    const QByteArray good = toBody(envelope(key, QStringLiteral("kokuho")));

    struct Case {
        const char* what;
        Headers headers;
        QByteArray body;
    };
    QJsonObject otherId = envelope(newKey(), QStringLiteral("kokuho"));
    QJsonObject otherSystem = envelope(key, QStringLiteral("juki"));
    QJsonObject noProcedure = envelope(key, QStringLiteral("kokuho"));
    noProcedure.remove(QStringLiteral("procedure"));
    QJsonObject emptyProcedure = envelope(key, QStringLiteral("kokuho"), QString());
    QJsonObject noId = envelope(key, QStringLiteral("kokuho"));
    noId.remove(QStringLiteral("application_id"));
    Headers noKey = deliveryHeaders(key);
    noKey.removeIf([](const auto& h) { return h.first == "Idempotency-Key"; });

    const Case cases[] = {
        {"not JSON", deliveryHeaders(key), QByteArrayLiteral("{\"application_id\": ")},
        {"not an object", deliveryHeaders(key), QByteArrayLiteral("[1, 2]")},
        {"no Idempotency-Key", noKey, good},
        {"application_id differs from the key", deliveryHeaders(key), toBody(otherId)},
        {"no application_id", deliveryHeaders(key), toBody(noId)},
        {"system differs from the path", deliveryHeaders(key), toBody(otherSystem)},
        {"no procedure", deliveryHeaders(key), toBody(noProcedure)},
        {"empty procedure id", deliveryHeaders(key), toBody(emptyProcedure)},
    };
    for (const Case& c : cases) {
        const HttpAnswer answer = http.post(url, c.headers, c.body);
        EXPECT_EQ(answer.status, 400) << c.what;
        EXPECT_FALSE(answer.json().object().value(QStringLiteral("error")).toString().isEmpty())
            << c.what;
    }
    const HttpAnswer badSystem = http.post(applicationsUrl(sandbox, QStringLiteral("bad%20id")),
        deliveryHeaders(key), toBody(envelope(key, QStringLiteral("bad id"))));
    EXPECT_EQ(badSystem.status, 400);

    EXPECT_TRUE(http.get(sandbox.url(QStringLiteral("/applications"))).json().array().isEmpty());
}

TEST_F(SandboxContract, SameKeyForAnotherSystemIs409)
{
    const QString key = newKey();
    ASSERT_EQ(postNew(key, QStringLiteral("kokuho")).status, 201);
    const HttpAnswer answer = postNew(key, QStringLiteral("juki"));
    EXPECT_EQ(answer.status, 409);
    EXPECT_TRUE(answer.json()
                    .object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("kokuho")));
    const QJsonArray list = http.get(sandbox.url(QStringLiteral("/applications"))).json().array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("posts")).toInteger(), 1);
}

// Without --token the sandbox asks for no token: the relay's sandbox mode
// (MADOGUCHI_BACKEND_URL) sends none.
TEST_F(SandboxContract, AnyTokenOrNoneWithoutTokenOption)
{
    const QString key = newKey();
    const QByteArray body = toBody(envelope(key, QStringLiteral("kokuho")));
    Headers noAuth = deliveryHeaders(key);
    noAuth.removeIf([](const auto& h) { return h.first == "Authorization"; });
    EXPECT_EQ(
        http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")), noAuth, body).status, 201);
    EXPECT_EQ(http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
                      deliveryHeaders(key, "anything"), body)
                  .status,
        200); // the same key again
}

TEST_F(SandboxContract, UnknownPathIs404AndWrongMethodIs405)
{
    EXPECT_EQ(http.get(sandbox.url(QStringLiteral("/nothing"))).status, 404);
    EXPECT_EQ(http.get(applicationsUrl(sandbox, QStringLiteral("kokuho"))).status, 405);
}

TEST(SandboxToken, OnlyTheGivenTokenIsAccepted)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--token"), QStringLiteral("T0ken")}))
        << sandbox.err().toStdString();
    HttpClient http;
    const QString key = newKey();
    const QUrl url = applicationsUrl(sandbox, QStringLiteral("kokuho"));
    const QByteArray body = toBody(envelope(key, QStringLiteral("kokuho")));
    const HttpAnswer wrong = http.post(url, deliveryHeaders(key, "other"), body);
    EXPECT_EQ(wrong.status, 401);
    Headers noAuth = deliveryHeaders(key);
    noAuth.removeIf([](const auto& h) { return h.first == "Authorization"; });
    EXPECT_EQ(http.post(url, noAuth, body).status, 401);
    EXPECT_FALSE(wrong.json().object().value(QStringLiteral("error")).toString().isEmpty());
    EXPECT_EQ(http.post(url, deliveryHeaders(key, "T0ken"), body).status, 201);
    EXPECT_TRUE(sandbox.stop());
}

TEST(SandboxReject, RejectedProcedureIs422AndNotStored)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(
        sandbox.start({QStringLiteral("--reject"), QStringLiteral("kokuho-shikaku-soushitsu"),
            QStringLiteral("--reject"), QStringLiteral("juki-tenshutsu")}))
        << sandbox.err().toStdString();
    HttpClient http;
    const QString key = newKey();
    const HttpAnswer answer = http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
        deliveryHeaders(key),
        toBody(
            envelope(key, QStringLiteral("kokuho"), QStringLiteral("kokuho-shikaku-soushitsu"))));
    EXPECT_EQ(answer.status, 422);
    EXPECT_EQ(answer.json().object().value(QStringLiteral("error")).toString(),
        QStringLiteral("procedure kokuho-shikaku-soushitsu is not accepted by this system"));
    const QString other = newKey();
    const HttpAnswer second
        = http.post(applicationsUrl(sandbox, QStringLiteral("juki")), deliveryHeaders(other),
            toBody(envelope(other, QStringLiteral("juki"), QStringLiteral("juki-tenshutsu"))));
    EXPECT_EQ(second.status, 422);
    EXPECT_TRUE(http.get(sandbox.url(QStringLiteral("/applications"))).json().array().isEmpty());
    EXPECT_TRUE(sandbox.stop());
}

} // namespace
