#include "lockcover.h"

#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace madoguchi::ui {

LockCover::LockCover(QWidget* window)
    : QWidget(window)
    , m_message(new QLabel(this))
{
    Q_ASSERT(window);
    setObjectName(QStringLiteral("lockCover"));
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x26, 0x32, 0x38));
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    // At the top: the unlock dialog sits in the middle.
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setWordWrap(true);
    QFont big = m_message->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_message->setFont(big);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 96, 24, 24);
    layout->addWidget(m_message);
    window->installEventFilter(this);
    hide();
}

void LockCover::cover(const QString& message)
{
    m_message->setText(message);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    for (const QPointer<QDialog>& dialog : std::as_const(m_dialogs))
        if (dialog && dialog->isVisible() && !m_hidden.contains(dialog)) {
            dialog->hide();
            m_hidden << dialog;
        }
}

void LockCover::uncover()
{
    hide();
    for (const QPointer<QDialog>& dialog : std::as_const(m_hidden))
        if (dialog)
            dialog->open();
    m_hidden.clear();
}

void LockCover::hideWhileLocked(QWidget* window, QDialog* dialog)
{
    auto* cover = window->findChild<LockCover*>();
    if (!cover)
        return;
    cover->m_dialogs.removeAll(nullptr);
    if (!cover->m_dialogs.contains(dialog))
        cover->m_dialogs << dialog;
}

bool LockCover::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace madoguchi::ui
