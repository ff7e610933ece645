#include <QApplication>
#include <gtest/gtest.h>

// Test main for widget tests. The offscreen platform is the default so the
// suite runs without a display; QT_QPA_PLATFORM set by the caller wins.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
