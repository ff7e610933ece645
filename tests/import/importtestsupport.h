#pragma once

// Helpers for the import tests: valid identifiers, one extract row as a map
// of column → value, and files written into a temporary folder.
#include "registry/residentimporter.h"
#include "registry/residentrow.h"
#include "storage/database.h"
#include "text/checkdigits.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace madoguchi::importtest {

inline const QDate kToday(2026, 11, 26);

inline QString atena(int n)
{
    return text::appendMod11CheckDigit(QStringLiteral("10000%1").arg(n, 5, 10, QLatin1Char('0')));
}
inline QString setai(int n)
{
    return text::appendMod11CheckDigit(QStringLiteral("50000%1").arg(n, 5, 10, QLatin1Char('0')));
}
inline QString myNumber(int n)
{
    const QString body = QStringLiteral("2345678%1").arg(n, 4, 10, QLatin1Char('0'));
    return body + QString::number(text::myNumberCheckDigit(body));
}

using Fields = QMap<QString, QString>;

// A valid 世帯主 row of household `household`; override fields as needed.
inline Fields headRow(int person, int household)
{
    return {{QStringLiteral("atena_no"), atena(person)},
        {QStringLiteral("setai_no"), setai(household)},
        {QStringLiteral("head_atena_no"), atena(person)},
        {QStringLiteral("relationship"), QStringLiteral("世帯主")},
        {QStringLiteral("name_kanji"), QStringLiteral("山田 太郎")},
        {QStringLiteral("name_kana"), QStringLiteral("ヤマダ タロウ")},
        {QStringLiteral("birth_date"), QStringLiteral("1975-04-01")},
        {QStringLiteral("sex"), QStringLiteral("1")},
        {QStringLiteral("address_code"), QStringLiteral("13291001001")},
        {QStringLiteral("postal_code"), QStringLiteral("1890001")},
        {QStringLiteral("address"),
            QStringLiteral("東京都みどり野市本町一丁目%1番").arg(household)},
        {QStringLiteral("insurance"), QStringLiteral("kokuho")}};
}

inline Fields memberRow(int person, int head, int household)
{
    Fields f = headRow(person, household);
    f[QStringLiteral("head_atena_no")] = atena(head);
    f[QStringLiteral("relationship")] = QStringLiteral("子");
    f[QStringLiteral("name_kanji")] = QStringLiteral("山田 一郎");
    f[QStringLiteral("name_kana")] = QStringLiteral("ヤマダ イチロウ");
    return f;
}

inline QString csvField(const QString& v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return v;
}

inline QString extract(const QList<Fields>& rows)
{
    const QStringList columns = registry::residentColumnNames();
    QString text = columns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Fields& row : rows) {
        QStringList values;
        for (const QString& c : columns)
            values << csvField(row.value(c));
        text += values.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text;
}

// QStringList{"a", "b"} without QT_NO_CAST_FROM_ASCII getting in the way.
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

// Writes `bytes` as a file in `dir`; returns its path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}
inline QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    return writeFile(dir, QString::fromUtf8(name), bytes);
}

inline qint64 count(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
}

inline QString text1(storage::Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec()) << sql.toStdString();
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

inline registry::ImportOptions options()
{
    registry::ImportOptions o;
    o.today = kToday;
    return o;
}

inline registry::ImportSummary importText(storage::Database& db, const QTemporaryDir& dir,
    const QString& csv, const char* name = "in.csv")
{
    const QString path = writeFile(dir, QString::fromLatin1(name), csv.toUtf8());
    auto result = registry::importResidents(db, path, options());
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
    return result.ok() ? result.value() : registry::ImportSummary{};
}

// "line:column" of every error, for compact expectations.
inline QStringList places(const registry::ImportSummary& s)
{
    QStringList out;
    for (const registry::RowError& e : s.errors)
        out << QStringLiteral("%1:%2").arg(e.line).arg(e.column);
    return out;
}

} // namespace madoguchi::importtest
