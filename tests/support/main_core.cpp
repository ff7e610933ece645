#include <QCoreApplication>
#include <gtest/gtest.h>

// Test main for core tests: a QCoreApplication exists for the whole run, so
// code that needs an event loop (QtKeychain jobs, timers) works as in the app.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
