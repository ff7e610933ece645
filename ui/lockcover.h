#pragma once

#include <QWidget>

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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_message = nullptr;
};

} // namespace madoguchi::ui
