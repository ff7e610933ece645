#include "secretinput.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace madoguchi::cli {

bool readLine(QByteArray& line)
{
    line.clear();
    line.reserve(256); // few reallocations: fewer stray copies of a password
    bool any = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        any = true;
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return any;
}

bool readHidden(const QString& prompt, QByteArray& line)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const bool read = readLine(line);
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return read;
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

} // namespace madoguchi::cli
