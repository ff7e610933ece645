#pragma once

#include "catalog/interviewsession.h"
#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace madoguchi::registry {
class RegisterAccess;
}

// 個人番号 answers taken from the register instead of typed (F9, and ↓
// "whose number" in a 個人番号 field): each number is revealed through the
// session's RegisterAccess with `purpose` — rights and the audit chain as for
// any reveal (docs/security.md) — and becomes an interview answer.
namespace madoguchi::ui {

struct MyNumberFill {
    QJsonObject answers; // {key: {member: number}}
    int filled = 0;
};

// Every open 個人番号 question of `forms` asked per member.
Result<MyNumberFill> myNumbersFromRegister(
    registry::RegisterAccess& reg, const catalog::Forms& forms, const QString& purpose);

// The answer to the 個人番号 question `key` (of `member` when asked per
// member) with the number of household member `whose`; empty when none is
// on file.
Result<QJsonObject> myNumberOf(registry::RegisterAccess& reg, const catalog::Forms& forms,
    const QString& key, const QString& member, const QString& whose, const QString& purpose);

} // namespace madoguchi::ui
