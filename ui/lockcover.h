#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;

namespace madoguchi::ui {

// An opaque sheet over a window while the desk is locked: nobody passing
// the counter reads the resident on screen, and nobody clicks the widgets
// under it. The widgets themselves are left exactly as they were.
class LockCover : public QWidget {
    Q_OBJECT
public:
    // Covers `window` (as its child), hidden until cover().
    explicit LockCover(QWidget* window);

    void cover(const QString& message);
    void uncover();
    bool isCovering() const { return isVisible(); }

    // A dialog is a window of its own, which the cover would not hide: one
    // that shows a resident's data is hidden while the desk is locked and
    // comes back, as typed, after. Does nothing for a window without a cover.
    static void hideWhileLocked(QWidget* window, QDialog* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_message = nullptr;
    QList<QPointer<QDialog>> m_dialogs;
    QList<QPointer<QDialog>> m_hidden;
};

} // namespace madoguchi::ui
