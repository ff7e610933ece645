#include "textfoldcommand.h"

#include "output.h"
#include "text/folding.h"
#include "text/kanjivariants.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TextFoldCommand)
};

QString variantsOptionName()
{
    return QStringLiteral("variants");
}

} // namespace

QString TextFoldCommand::summary() const
{
    return Text::tr("Print the search key of each string");
}

void TextFoldCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(variantsOptionName(),
        Text::tr("Also fold the kanji variants of a city's table FILE "
                 "(docs/text-folding.md)."),
        Text::tr("FILE")));
    parser.addPositionalArgument(QStringLiteral("STRING"),
        Text::tr("A name, kana or any text to fold."), QStringLiteral("STRING…"));
}

int TextFoldCommand::run(const QCommandLineParser& parser, Output& out)
{
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        out.error(Text::tr("give at least one STRING to fold"));
        return ExitUsage;
    }
    // The built-in table unless the city's file is asked for.
    const auto variants = parser.isSet(variantsOptionName())
        ? text::KanjiVariants::load(parser.value(variantsOptionName()))
        : Result<text::KanjiVariants>(text::KanjiVariants::builtIn());
    if (!variants) {
        out.error(variants.error().message);
        return ExitFailure;
    }

    QJsonArray results;
    for (const QString& input : inputs) {
        const QString key = text::searchKey(input, variants.value());
        results.append(QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("key"), key}});
        out.line(input + QLatin1Char('\t') + key);
    }
    out.result(results);
    return ExitOk;
}

} // namespace madoguchi::cli
