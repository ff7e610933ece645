#include "panelbutton.h"

#include <QPushButton>
#include <QShortcut>

namespace madoguchi::ui {

void bindPanelButton(QWidget* panel, QPushButton* button, const char* objectName,
    const QKeySequence& keys, const std::function<void()>& action)
{
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(button->text().remove(QStringLiteral("…")));
    button->setToolTip(keys.toString(QKeySequence::NativeText));
    QObject::connect(button, &QPushButton::clicked, panel, action);
    auto* shortcut = new QShortcut(keys, panel);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, panel, [button, action] {
        if (button->isEnabled())
            action();
    });
}

} // namespace madoguchi::ui
