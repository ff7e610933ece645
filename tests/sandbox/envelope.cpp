#include "envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace madoguchi::testing {

QJsonObject envelope(const QString& key, const QString& system, const QString& procedure)
{
    return QJsonObject{
        {QStringLiteral("application_id"), key},
        {QStringLiteral("system"), system},
        {QStringLiteral("procedure"),
            QJsonObject{{QStringLiteral("id"), procedure}, {QStringLiteral("version"), 1}}},
        {QStringLiteral("municipality_code"), QStringLiteral("139999")},
        {QStringLiteral("resident"),
            QJsonObject{{QStringLiteral("atena_no"), QStringLiteral("10000000012")},
                {QStringLiteral("setai_no"), QStringLiteral("50000000019")},
                {QStringLiteral("name_kanji"), QStringLiteral("山田 太郎")},
                {QStringLiteral("name_kana"), QStringLiteral("ヤマダ タロウ")},
                {QStringLiteral("birth_date"), QStringLiteral("1975-04-01")}}},
        {QStringLiteral("visit"),
            QJsonObject{{QStringLiteral("reference"), QStringLiteral("V20261126-000001")},
                {QStringLiteral("office"), QStringLiteral("本庁")},
                {QStringLiteral("terminal"), QStringLiteral("desk-1")}}},
        {QStringLiteral("staff"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("k.sato")},
                {QStringLiteral("role"), QStringLiteral("clerk")}}},
        {QStringLiteral("submitted_at"), QStringLiteral("2026-11-26T10:00:00.000Z")},
        {QStringLiteral("sent_at"), QStringLiteral("2026-11-26T10:00:01.250Z")},
        {QStringLiteral("form"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("kokuho-shutoku-todoke")},
                {QStringLiteral("fields"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("name")},
                        {QStringLiteral("label"), QStringLiteral("氏名")},
                        {QStringLiteral("value"), QStringLiteral("山田 太郎")},
                        {QStringLiteral("provenance"), QStringLiteral("register")}}}}}},
    };
}

QByteArray toBody(const QJsonObject& envelope)
{
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

Headers deliveryHeaders(const QString& key, const QByteArray& token)
{
    return Headers{{"Content-Type", "application/json"}, {"Idempotency-Key", key.toUtf8()},
        {"Authorization", "Bearer " + token}, {"X-Madoguchi-Attempt", "1"}};
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace madoguchi::testing
