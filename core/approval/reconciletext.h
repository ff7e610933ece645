#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A reconcile request (docs/branch.md, "Reconciliation") in words, for the audit
// chain, the CLI and the approvals panel alike: one line per record the hall
// changed since a branch's visit read it, with both versions.
namespace madoguchi::approval {

// "V20261126-K01-000003: 山田 太郎 (宛名番号 0000012345) person changed at
// the hall (v3 → v4): address: 旧住所 → 新住所"
QStringList reconcileLines(const QString& visitRef, const QJsonObject& details);

} // namespace madoguchi::approval
