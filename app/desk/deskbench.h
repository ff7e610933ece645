#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace madoguchi::security {
struct Session;
}
namespace madoguchi::ui {
class MainWindow;
}

namespace madoguchi::desk {

// `madoguchi --bench-desk` (issue #7 targets): the desk measured on its
// own database, offscreen.
//
// - start_to_search_ms: from the start of the process (its start time in
//   /proc/self/stat, 10 ms steps) to the Find box enabled, visible and
//   focused after the login; main_to_search_ms the same from the first
//   line of main() (markMainEntered()).
// - search: `queries` queries typed key by key into the real Find box
//   (family-name kana prefixes, full kana names, 宛名番号, birth dates of
//   current residents), each timed from FindPanel::searchStarted (the
//   debounce fired) to the results on screen (the model updated and the
//   table painted): p50, p95, p99 and max in ms.
// - peak_rss_mb: getrusage's ru_maxrss at the end.

// Call first thing in main().
void markMainEntered();

// Logs `session` in on `window` (as DeskSession does for --staff), waits for
// the Find box, then types the queries. `window` is shown offscreen.
Result<QJsonObject> runDeskBench(
    ui::MainWindow& window, const security::Session& session, const QString& terminal, int queries);

} // namespace madoguchi::desk
