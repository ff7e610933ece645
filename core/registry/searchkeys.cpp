#include "registry/searchkeys.h"

#include "text/folding.h"

#include <map>

namespace madoguchi::registry {

QString spellingKey(QStringView text)
{
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096) // ぁ … ゖ → ァ … ヶ
            out.append(QChar(char16_t(u + 0x60)));
        else if (u >= u'a' && u <= u'z')
            out.append(QChar(char16_t(u - 0x20)));
        else
            out.append(c);
    }
    return out;
}

QString foldedKey(QStringView text)
{
    return text::searchKey(text);
}

QList<NameKey> nameKeys(const QStringList& currentNames, const QStringList& formerNames)
{
    std::map<QString, NameKey> merged;
    auto add = [&](const QString& key, int kind, int form) {
        if (key.isEmpty())
            return;
        auto [it, inserted] = merged.try_emplace(key, NameKey{key, kind, form});
        if (!inserted) {
            it->second.kind = std::min(it->second.kind, kind);
            it->second.form |= form;
        }
    };
    auto addName = [&](const QString& name, int kind) {
        const QStringList parts = text::splitName(name);
        if (parts.isEmpty())
            return;
        QStringList texts{parts.join(QString())};
        // The family name is a prefix of the whole name: no key of its own.
        for (qsizetype i = 1; i < parts.size(); ++i)
            texts << parts.at(i);
        for (const QString& t : texts) {
            add(spellingKey(t), kind, SpellingForm);
            add(foldedKey(t), kind, FoldedForm);
        }
    };
    for (const QString& name : currentNames)
        addName(name, CurrentName);
    for (const QString& name : formerNames)
        addName(name, FormerName);
    QList<NameKey> keys;
    keys.reserve(qsizetype(merged.size()));
    for (auto& [key, value] : merged)
        keys.append(std::move(value));
    return keys;
}

QString addressText(QStringView address, QStringView katagaki)
{
    const QString folded = foldedKey(address);
    const QString building = foldedKey(katagaki);
    return building.isEmpty() ? folded : folded + QLatin1Char(' ') + building;
}

QString prefixUpperBound(const QString& prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

} // namespace madoguchi::registry
