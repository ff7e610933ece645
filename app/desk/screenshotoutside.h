#pragma once

#include "common/result.h"

#include <QString>
#include <functional>

class QWidget;

namespace madoguchi::security {
struct Session;
}
namespace madoguchi::ui {
class MainWindow;
}

namespace madoguchi::desk {

// Saves one picture of the window, with `dialog` drawn over it when given.
using ShootFunction = std::function<Status(const QString& name, QWidget* dialog)>;

// The pictures of information from outside city hall (issue #10), after
// the tour's 転入: a 出生 visit for the demo city's newest baby, started
// from the mother's smartphone pre-entry and the hospital's signed
// 出生証明書 (demo::makeDemoBirthCodes) as the scanner hands them on —
// 09-preentry.png (the pre-entry to check with the resident),
// 10-certificate.png (verified; the consent to ask), 11-documents.png (F11,
// after both were taken). The visit is left open, not submitted.
Status shootOutsideData(
    ui::MainWindow& window, const security::Session& session, const ShootFunction& shoot);

} // namespace madoguchi::desk
