#include "stdinpassword.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace madoguchi::desk {

bool readPasswordFromStdin(const QString& prompt, QByteArray& password)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    const bool hide = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
    }
    if (hide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    password.clear();
    password.reserve(256); // few reallocations: fewer stray copies
    bool any = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        any = true;
        if (c == '\n')
            break;
        password.append(char(c));
    }
    if (password.endsWith('\r'))
        password.chop(1);
    if (hide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return any;
}

} // namespace madoguchi::desk
