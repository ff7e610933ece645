#pragma once

// Shared by the pre-entry tests: the demo pre-entry, the 出生 scenario's
// household, the built-in catalog, and codes made by hand (past the
// encoder's checks) to feed the decoder what a phone might.
#include "catalog/catalogloader.h"
#include "certificate/certificateverification.h"
#include "preentry/base45.h"
#include "preentry/preentrycode.h"
#include "preentry/zlibstream.h"
#include "support/qtprinters.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace madoguchi::preentrytest {

inline QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

inline QJsonObject demoJson()
{
    QFile file(QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/demo/preentry-shussei.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "the demo pre-entry";
    return jsonOf(file.readAll());
}

inline preentry::PreEntry demoEntry()
{
    auto entry = preentry::readPreEntry(demoJson());
    EXPECT_TRUE(entry) << entry.error().message.toStdString();
    return entry ? entry.value() : preentry::PreEntry{};
}

// The 出生 household of the desk's scenario (tests/ui/scenariofixture.cpp).
inline QList<certificate::SubjectCandidate> takahashiHousehold()
{
    return {{QStringLiteral("m1"), QStringLiteral("高橋 翔"), QStringLiteral("タカハシ ショウ"),
                QDate(1994, 4, 4)},
        {QStringLiteral("m2"), QStringLiteral("高橋 彩"), QStringLiteral("タカハシ アヤ"),
            QDate(1996, 6, 6)},
        {QStringLiteral("m3"), QStringLiteral("高橋 結衣"), QStringLiteral("タカハシ ユイ"),
            QDate(2026, 11, 18)}};
}

inline const catalog::Catalog& builtInCatalog()
{
    static const catalog::CatalogLoad load
        = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    EXPECT_TRUE(load.ok());
    return *load.catalog;
}

// "MDP1:" + Base45(zlib(bytes)): a code as any encoder could make it,
// whatever the bytes are.
inline QString codeOfBytes(const QByteArray& bytes)
{
    const auto compressed = preentry::zlibCompress(bytes);
    EXPECT_TRUE(compressed);
    return QLatin1String(preentry::kCodePrefix) + preentry::base45Encode(compressed.value());
}

inline QString codeOfJson(const QJsonObject& json)
{
    return codeOfBytes(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The smallest valid pre-entry with `answers` as its answers.
inline QJsonObject minimalJson(const QJsonObject& answers = {})
{
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("madoguchi-preentry")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("event"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("shussei")},
                {QStringLiteral("date"), QStringLiteral("2026-11-18")}}}};
    if (!answers.isEmpty())
        json.insert(QStringLiteral("answers"), answers);
    return json;
}

inline QJsonObject person(const char* name, const char* birthDate)
{
    return {{QStringLiteral("person"),
        QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("birth_date"), QString::fromUtf8(birthDate)}}}};
}

} // namespace madoguchi::preentrytest
