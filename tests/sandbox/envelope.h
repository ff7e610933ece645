#pragma once

#include "httpclient.h"

#include <QJsonObject>
#include <QString>

namespace madoguchi::testing {

// A well-formed envelope (docs/backend-api.md) for `key` and `system`.
QJsonObject envelope(const QString& key, const QString& system,
    const QString& procedure = QStringLiteral("kokuho-shikaku-shutoku"));
QByteArray toBody(const QJsonObject& envelope);
// The headers Madoguchi sends: JSON, the key, a bearer token, the attempt.
Headers deliveryHeaders(const QString& key, const QByteArray& token = QByteArrayLiteral("secret"));
// A fresh UUID without braces.
QString newKey();

} // namespace madoguchi::testing
