// Fault injection, persistence, signals and the command line of the real
// madoguchi-sandbox process.
#include "envelope.h"
#include "httpclient.h"
#include "sandboxprocess.h"
#include "support/qtprinters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <csignal>
#include <gtest/gtest.h>

using namespace madoguchi::testing;

namespace {

QUrl applicationsUrl(const SandboxProcess& sandbox, const QString& system)
{
    return sandbox.url(QStringLiteral("/systems/%1/applications").arg(system));
}

TEST(SandboxFaults, FailRateOneAnswers503WithRetryAfterAndStoresNothing)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--fail-rate"), QStringLiteral("1")}))
        << sandbox.err().toStdString();
    HttpClient http;
    const QString key = newKey();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const HttpAnswer answer = http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
            deliveryHeaders(key), toBody(envelope(key, QStringLiteral("kokuho"))));
        EXPECT_EQ(answer.status, 503);
        EXPECT_EQ(answer.header("Retry-After"), QByteArrayLiteral("1"));
        EXPECT_FALSE(answer.json().object().value(QStringLiteral("error")).toString().isEmpty());
    }
    EXPECT_TRUE(http.get(sandbox.url(QStringLiteral("/applications"))).json().array().isEmpty());
    EXPECT_TRUE(sandbox.stop());
}

TEST(SandboxFaults, DropAfterCommitStoresButDoesNotAnswer)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--drop-after-commit"), QStringLiteral("1")}))
        << sandbox.err().toStdString();
    HttpClient http;
    const QString key = newKey();
    const QUrl url = applicationsUrl(sandbox, QStringLiteral("kokuho"));
    const QByteArray body = toBody(envelope(key, QStringLiteral("kokuho")));

    const HttpAnswer lost = http.postOnce(url, deliveryHeaders(key), body);
    EXPECT_EQ(lost.status, 0) << lost.body.toStdString();
    EXPECT_NE(lost.error, QNetworkReply::NoError);
    EXPECT_NE(lost.error, QNetworkReply::TimeoutError) << lost.error;

    const QJsonArray list = http.get(sandbox.url(QStringLiteral("/applications"))).json().array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("idempotency_key")).toString(), key);
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("posts")).toInteger(), 1);

    // The retry of the same key learns the receipt it missed.
    const HttpAnswer retry = http.post(url, deliveryHeaders(key), body);
    ASSERT_EQ(retry.status, 200) << retry.body.toStdString();
    EXPECT_EQ(retry.json().object().value(QStringLiteral("receipt")).toString(),
        list.at(0).toObject().value(QStringLiteral("receipt")).toString());
    EXPECT_TRUE(sandbox.stop());
}

TEST(SandboxFaults, PlainQnamResendsALostPostAndGetsTheOriginalReceipt)
{
    // What a relay on QNetworkAccessManager (Qt 6.4) meets: after the lost
    // answer the HTTP stack sends the same request again by itself, and the
    // key makes that harmless: one application, one receipt.
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--drop-after-commit"), QStringLiteral("1")}))
        << sandbox.err().toStdString();
    HttpClient http;
    const QString key = newKey();
    const HttpAnswer answer = http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
        deliveryHeaders(key), toBody(envelope(key, QStringLiteral("kokuho"))));
    const QJsonArray list = http.get(sandbox.url(QStringLiteral("/applications"))).json().array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_GE(list.at(0).toObject().value(QStringLiteral("posts")).toInteger(), 1);
    if (answer.status != 0) {
        EXPECT_EQ(answer.status, 200);
        EXPECT_EQ(answer.json().object().value(QStringLiteral("receipt")).toString(),
            QStringLiteral("KOKUHO-000001"));
    }
    EXPECT_TRUE(sandbox.stop());
}

TEST(SandboxFaults, SeededPartialRatesRepeat)
{
    // The same seed and the same requests meet the same faults.
    QList<int> runs[2];
    for (QList<int>& statuses : runs) {
        SandboxProcess sandbox;
        ASSERT_TRUE(sandbox.start({QStringLiteral("--fail-rate"), QStringLiteral("0.5"),
            QStringLiteral("--seed"), QStringLiteral("42")}))
            << sandbox.err().toStdString();
        HttpClient http;
        for (int i = 0; i < 12; ++i) {
            const QString key = newKey();
            statuses.append(
                http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")), deliveryHeaders(key),
                        toBody(envelope(key, QStringLiteral("kokuho"))))
                    .status);
        }
        EXPECT_TRUE(sandbox.stop());
    }
    EXPECT_EQ(runs[0], runs[1]);
    EXPECT_TRUE(runs[0].contains(201));
    EXPECT_TRUE(runs[0].contains(503));
}

TEST(SandboxFaults, LatencyStillAnswers)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("200")}))
        << sandbox.err().toStdString();
    HttpClient http;
    const QString key = newKey();
    const HttpAnswer answer = http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
        deliveryHeaders(key), toBody(envelope(key, QStringLiteral("kokuho"))));
    EXPECT_EQ(answer.status, 201); // no timing assert: tests never fail on timing
    EXPECT_TRUE(sandbox.stop());
}

TEST(SandboxStore, RestartWithTheSameDatabaseKeepsEverything)
{
    SandboxProcess sandbox;
    const QString db = sandbox.path(QStringLiteral("kept.db"));
    HttpClient http;
    const QString key = newKey();
    QJsonArray before;
    {
        ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), db})) << sandbox.err().toStdString();
        ASSERT_EQ(http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
                          deliveryHeaders(key), toBody(envelope(key, QStringLiteral("kokuho"))))
                      .status,
            201);
        before = http.get(sandbox.url(QStringLiteral("/applications"))).json().array();
        ASSERT_TRUE(sandbox.stop()) << sandbox.err().toStdString();
    }
    ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), db})) << sandbox.err().toStdString();
    EXPECT_EQ(http.get(sandbox.url(QStringLiteral("/applications"))).json().array(), before);
    const HttpAnswer repeat = http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")),
        deliveryHeaders(key), toBody(envelope(key, QStringLiteral("kokuho"))));
    EXPECT_EQ(repeat.status, 200);
    EXPECT_EQ(repeat.json().object().value(QStringLiteral("receipt")).toString(),
        QStringLiteral("KOKUHO-000001"));
    // The serial goes on where it stopped.
    const QString next = newKey();
    EXPECT_EQ(http.post(applicationsUrl(sandbox, QStringLiteral("kokuho")), deliveryHeaders(next),
                      toBody(envelope(next, QStringLiteral("kokuho"))))
                  .json()
                  .object()
                  .value(QStringLiteral("receipt"))
                  .toString(),
        QStringLiteral("KOKUHO-000002"));
    EXPECT_TRUE(sandbox.stop());
}

TEST(SandboxCommandLine, BadOptionsExitWith2)
{
    const QStringList bad[] = {
        {QStringLiteral("--fail-rate"), QStringLiteral("1.5")},
        {QStringLiteral("--drop-after-commit"), QStringLiteral("-0.1")},
        {QStringLiteral("--port"), QStringLiteral("70000")},
        {QStringLiteral("--latency-ms"), QStringLiteral("soon")},
        {QStringLiteral("--seed"), QStringLiteral("x")},
        {QStringLiteral("--token"), QString()},
        {QStringLiteral("--no-such-option")},
        {QStringLiteral("stray")},
    };
    for (const QStringList& arguments : bad) {
        SandboxProcess sandbox;
        ASSERT_TRUE(sandbox.run(arguments)) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(sandbox.exitCode(), 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(sandbox.err().isEmpty()) << arguments.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(SandboxCommandLine, HelpNamesTheOptions)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.run({QStringLiteral("--help")}));
    EXPECT_EQ(sandbox.exitCode(), 0);
    for (const char* option : {"--port", "--db", "--fail-rate", "--drop-after-commit",
             "--latency-ms", "--reject", "--token", "--seed"})
        EXPECT_TRUE(sandbox.out().contains(QLatin1String(option))) << option;
}

TEST(SandboxCommandLine, SigtermAndSigintStopCleanly)
{
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        SandboxProcess sandbox;
        ASSERT_TRUE(sandbox.start({QStringLiteral("--db"), sandbox.path(QStringLiteral("s.db"))}))
            << sandbox.err().toStdString();
        EXPECT_TRUE(sandbox.stop(signalNumber)) << signalNumber << sandbox.err().toStdString();
    }
}

} // namespace
