#include "mynumberfill.h"

#include "registry/registeraccess.h"

#include <QHash>
#include <QJsonArray>

namespace madoguchi::ui {
namespace {

// 宛名番号 by member id (m1 …) in a rules context.
QHash<QString, QString> atenaByMember(const QJsonObject& context)
{
    QHash<QString, QString> atena;
    for (const QJsonValue& m :
        context[QStringLiteral("household")][QStringLiteral("members")].toArray())
        atena.insert(m[QStringLiteral("id")].toString(), m[QStringLiteral("atena_no")].toString());
    return atena;
}

} // namespace

Result<MyNumberFill> myNumbersFromRegister(
    registry::RegisterAccess& reg, const catalog::Forms& forms, const QString& purpose)
{
    const QHash<QString, QString> atena = atenaByMember(forms.context);
    MyNumberFill fill;
    for (const catalog::Question& q : forms.interview) {
        if (q.member.isEmpty() || !q.field || q.field->type != catalog::FieldType::MyNumber)
            continue;
        auto number = reg.revealMyNumber(atena.value(q.member), purpose);
        if (!number)
            return number.error();
        if (!number->has_value())
            continue;
        QJsonObject members = fill.answers.value(q.key).toObject();
        members.insert(q.member, *number.value());
        fill.answers.insert(q.key, members);
        ++fill.filled;
    }
    return fill;
}

Result<QJsonObject> myNumberOf(registry::RegisterAccess& reg, const catalog::Forms& forms,
    const QString& key, const QString& member, const QString& whose, const QString& purpose)
{
    auto number = reg.revealMyNumber(atenaByMember(forms.context).value(whose), purpose);
    if (!number)
        return number.error();
    if (!number->has_value())
        return QJsonObject();
    const QJsonValue value = *number.value();
    return QJsonObject{{key, member.isEmpty() ? value : QJsonValue(QJsonObject{{member, value}})}};
}

} // namespace madoguchi::ui
