#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace madoguchi::security {
struct Session;
}
namespace madoguchi::ui {
class MainWindow;
}

namespace madoguchi::desk {

// `madoguchi --screenshots DIR` (issue #7, item 6): a 転入 visit of a demo
// household walked through every step of the real desk, offscreen, one
// PNG of kScreenshotSize per step — 01-login.png (the login dialog) …
// 08-submit.png (after submitting, the delivery table). The widgets are
// driven through their public API as a clerk's keys would (the Find box,
// the event's fields, F9, the interview's editors), the interview answered
// as a demo clerk would (demo::answerDemoInterview), and the visit really
// submitted: the outbox gets its rows.

// Makes `directory` if needed and checks that files can be written in it.
Status prepareScreenshotDirectory(const QString& directory);

// Runs the tour in `window` (just made, nobody logged in yet) for
// `session`, the login dialog drawn for `terminal`. Returns the files
// written, in order; stops at the first step that fails, saying which.
Result<QStringList> runScreenshotTour(ui::MainWindow& window, const security::Session& session,
    const QString& terminal, const QString& directory);

} // namespace madoguchi::desk
