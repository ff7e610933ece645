#include "mainwindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    madoguchi::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
