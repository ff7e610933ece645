#include "mainwindow.h"

namespace madoguchi::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Madoguchi"));
}

} // namespace madoguchi::ui
