#pragma once

#include "common/result.h"

#include <QSize>
#include <QString>

class QWidget;

namespace madoguchi::desk {

inline constexpr QSize kScreenshotSize{1280, 800};

// Lays `window` out at kScreenshotSize, draws it and writes it to `file` as a
// PNG (whatever the file's extension). The file is replaced atomically.
// A `dialog` (the login dialog) is drawn in the middle, over the window, as
// a person would see it.
Status saveScreenshot(QWidget& window, const QString& file, QWidget* dialog = nullptr);

} // namespace madoguchi::desk
