// The catalog's fingerprint (catalog/catalogfingerprint.h): the same for the
// same catalog however its files are formatted, named or ordered; another
// when a procedure version, a parameter value or the procedure set changes.
// The built-in catalog is copied to a temporary folder and edited there.
#include "catalog/catalogfingerprint.h"
#include "catalog/catalogloader.h"
#include "catalogtest.h"

#include <QDirIterator>
#include <algorithm>

namespace madoguchi {
namespace {

// The built-in catalog's files (cases left out: they are not the catalog).
class CopiedCatalog {
public:
    CopiedCatalog()
    {
        EXPECT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("procedures"));
        const QString root = QString::fromLatin1(catalog::kBuiltInCatalog);
        for (const QString& folder : {QString(), QStringLiteral("/procedures")}) {
            const QDir source(root + folder);
            for (const QString& name : source.entryList({QStringLiteral("*.json")}, QDir::Files))
                EXPECT_TRUE(QFile::copy(
                    source.filePath(name), m_dir.path() + folder + QLatin1Char('/') + name))
                    << name.toStdString();
        }
        for (const QFileInfo& file :
            QDir(m_dir.path()).entryInfoList(QDir::Files) + procedureFiles())
            QFile(file.filePath()).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    QString path() const { return m_dir.path(); }
    QString file(const QString& relative) const { return m_dir.filePath(relative); }

    QFileInfoList procedureFiles() const
    {
        return QDir(m_dir.filePath(QStringLiteral("procedures"))).entryInfoList(QDir::Files);
    }

    QJsonObject read(const QString& relative) const
    {
        QFile f(file(relative));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    void write(const QString& relative, const QByteArray& bytes) const
    {
        QFile f(file(relative));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << relative.toStdString();
        f.write(bytes);
    }

    QString fingerprint() const
    {
        const catalog::CatalogLoad load = catalog::loadCatalog(path());
        EXPECT_TRUE(load.ok()) << (load.problems.isEmpty()
                ? std::string()
                : load.problems.first().text().toStdString());
        return load.ok() ? catalog::catalogFingerprint(*load.catalog) : QString();
    }

private:
    QTemporaryDir m_dir;
};

QString builtInFingerprint()
{
    const auto load = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    EXPECT_TRUE(load.ok());
    return load.ok() ? catalog::catalogFingerprint(*load.catalog) : QString();
}

TEST(CatalogFingerprint, IsAHexSha256AndTheSameForACopyElsewhere)
{
    const QString builtIn = builtInFingerprint();
    EXPECT_EQ(builtIn.size(), 64);
    EXPECT_EQ(builtIn, builtIn.toLower());
    const CopiedCatalog copy;
    EXPECT_EQ(copy.fingerprint(), builtIn); // the folder's path does not count
}

TEST(CatalogFingerprint, FormattingFileNamesAndOrderDoNotCount)
{
    const CopiedCatalog copy;
    const QString before = copy.fingerprint();
    // Every file re-written: keys sorted, compact, CRLF line ends.
    for (const QString& name : {QStringLiteral("systems.json"), QStringLiteral("events.json")})
        copy.write(name,
            QJsonDocument(copy.read(name)).toJson(QJsonDocument::Compact) + QByteArray("\r\n"));
    for (const QFileInfo& file : copy.procedureFiles()) {
        const QString relative = QStringLiteral("procedures/") + file.fileName();
        QByteArray text = QJsonDocument(copy.read(relative)).toJson(QJsonDocument::Indented);
        copy.write(relative, text.replace("\n", "\r\n"));
    }
    // Parameters in the opposite order, procedure files under other names
    // (read in another order).
    QJsonObject parameters = copy.read(QStringLiteral("parameters.json"));
    QJsonArray reversed;
    for (const QJsonValue& p : parameters.value(QStringLiteral("parameters")).toArray())
        reversed.prepend(p);
    parameters.insert(QStringLiteral("parameters"), reversed);
    copy.write(QStringLiteral("parameters.json"), QJsonDocument(parameters).toJson());
    int n = 0;
    for (const QFileInfo& file : copy.procedureFiles())
        ASSERT_TRUE(QFile::rename(file.filePath(),
            file.dir().filePath(QStringLiteral("%1-%2").arg(99 - n++).arg(file.fileName()))));
    EXPECT_EQ(copy.fingerprint(), before);
}

TEST(CatalogFingerprint, AProcedureVersionAParameterOrANewProcedureChangesIt)
{
    const CopiedCatalog copy;
    const QString before = copy.fingerprint();

    const QString file = QStringLiteral("procedures/jidouteate.nintei.json");
    QJsonObject procedure = copy.read(file);
    ASSERT_EQ(procedure.value(QStringLiteral("version")).toInt(), 2);
    procedure.insert(QStringLiteral("version"), 3);
    copy.write(file, QJsonDocument(procedure).toJson());
    const QString bumped = copy.fingerprint();
    EXPECT_NE(bumped, before);
    const auto load = catalog::loadCatalog(copy.path());
    ASSERT_TRUE(load.ok());
    const QStringList summary = catalog::catalogSummary(*load.catalog);
    EXPECT_TRUE(summary.contains(QStringLiteral("jidouteate.nintei@3")));
    EXPECT_TRUE(summary.contains(QStringLiteral("jidouteate.nintei@1")));
    EXPECT_FALSE(summary.contains(QStringLiteral("jidouteate.nintei@2")));
    EXPECT_TRUE(std::is_sorted(summary.cbegin(), summary.cend()));

    QJsonObject parameters = copy.read(QStringLiteral("parameters.json"));
    QJsonArray list = parameters.value(QStringLiteral("parameters")).toArray();
    QJsonObject first = list.at(0).toObject();
    first.insert(QStringLiteral("value"), QStringLiteral("ほかの市"));
    list.replace(0, first);
    parameters.insert(QStringLiteral("parameters"), list);
    copy.write(QStringLiteral("parameters.json"), QJsonDocument(parameters).toJson());
    const QString reparametered = copy.fingerprint();
    EXPECT_NE(reparametered, bumped);

    ASSERT_TRUE(QFile::remove(copy.file(QStringLiteral("procedures/inu.idou.json"))));
    EXPECT_NE(copy.fingerprint(), reparametered);
}

TEST(CatalogFingerprint, TheCanonicalTextNamesEveryPart)
{
    const auto load = catalog::loadCatalog(QString::fromLatin1(catalog::kBuiltInCatalog));
    ASSERT_TRUE(load.ok());
    const QString text = catalog::canonicalCatalogText(*load.catalog);
    EXPECT_TRUE(text.contains(QStringLiteral("jidouteate.nintei@1 jidouteate.nintei@2")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nsystems ")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nevents ")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"city_name\":\"みどり野市\"")));
}

} // namespace
} // namespace madoguchi
