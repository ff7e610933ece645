#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace madoguchi::catalog {
struct Forms;
struct LifeEvent;
}

namespace madoguchi::demo {

// Answers what a demo clerk would type for every question the interview
// still asks (docs/demo-city.md, "Demo visits"): a plausible value of each
// field's type (a date near the event, the first option, a phone number, a
// valid 個人番号 …), round after round until nothing is left or `rounds`
// pass. Ok when the forms are done; otherwise the questions still open.
Status answerDemoInterview(catalog::Forms& forms, QRandomGenerator& random, int rounds = 6);

// The answers a demo clerk gives to the required questions of a life event
// before the checklist (they are part of the event): {question id: value}.
QJsonObject demoEventAnswers(const catalog::LifeEvent& event, const QJsonObject& input,
    QRandomGenerator& random);

} // namespace madoguchi::demo
