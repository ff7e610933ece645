#pragma once

#include <QObject>

class QSocketNotifier;

namespace madoguchi::desk {

// Turns SIGTERM and SIGINT into a Qt signal delivered by the event loop
// (the self-pipe trick), so the desk quits through its normal path: windows
// close, the database closes, exit code 0. One instance per process.
class UnixSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

    // False when the pipe or the handlers could not be set up.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace madoguchi::desk
