#pragma once

#include <QMainWindow>

namespace madoguchi::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace madoguchi::ui
