// resources/catalog/catalog.schema.json describes what the loader checks:
// the same objects with the same keys.
#include "catalog/catalogkeys.h"
#include "catalogtest.h"

#include <QSet>

using namespace madoguchi;

TEST(CatalogSchema, DescribesTheKeysTheLoaderAccepts)
{
    QFile file(QStringLiteral(":/catalog/catalog.schema.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(schema.value(QStringLiteral("$schema")).toString(),
        QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
    const QHash<QString, QStringList>& loader = catalog::catalogObjectKeys();
    QSet<QString> described;
    for (auto it = defs.constBegin(); it != defs.constEnd(); ++it) {
        const QJsonObject def = it.value().toObject();
        if (!def.contains(QStringLiteral("properties")))
            continue; // "rule": any JSON but null
        described.insert(it.key());
        EXPECT_FALSE(def.value(QStringLiteral("additionalProperties")).toBool(true))
            << it.key().toStdString();
        QStringList keys = def.value(QStringLiteral("properties")).toObject().keys();
        keys.removeAll(QStringLiteral("$comment"));
        QStringList expected = loader.value(it.key());
        keys.sort();
        expected.sort();
        EXPECT_EQ(keys, expected) << it.key().toStdString();
    }
    const QStringList kinds = loader.keys();
    EXPECT_EQ(described, QSet<QString>(kinds.begin(), kinds.end()));
}
