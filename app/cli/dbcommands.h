#pragma once

#include "command.h"

namespace madoguchi::cli {

// `db info`: which database, which engine, which schema version, and what
// this binary would migrate. Reads only.
class DbInfoCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("db"), QStringLiteral("info")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `db migrate`: creates the database if needed and brings its schema up to
// this binary's version (the desk does the same at start).
class DbMigrateCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("db"), QStringLiteral("migrate")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `db reindex`: rebuilds the whole search index from the register (after
// an upgrade that adds to the index, or to repair it).
class DbReindexCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("db"), QStringLiteral("reindex")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

// `db check`: SQLite's own check of every page (quick_check, or with --full
// integrity_check). The desk reads only the header at start.
class DbCheckCommand final : public Command {
public:
    QStringList path() const override { return {QStringLiteral("db"), QStringLiteral("check")}; }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Output& out) override;
};

} // namespace madoguchi::cli
