#pragma once

#include <QKeySequence>
#include <functional>

class QPushButton;
class QWidget;

namespace madoguchi::ui {

// Gives a panel's action button its object name, accessible name (its text
// without "…"), the shortcut as tooltip, and `action` on a click or on
// `keys` pressed anywhere in `panel` — only while the button is enabled, so
// the keyboard cannot do what the state does not allow.
void bindPanelButton(QWidget* panel, QPushButton* button, const char* objectName,
    const QKeySequence& keys, const std::function<void()>& action);

} // namespace madoguchi::ui
