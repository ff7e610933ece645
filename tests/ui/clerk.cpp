#include "clerk.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace madoguchi::testing {

int romajiKeystrokes(const QString& kana)
{
    // Vowels and ん (nn counted as 2 is pessimistic; n' as 1 is what IMEs
    // accept before a consonant): one key; small ャュョ add one (kya); the
    // long-vowel mark one; every other kana two (ka, shi ~ si).
    static const QString oneKey = QStringLiteral("あいうえおアイウエオーー");
    int keys = 0;
    for (const QChar c : kana) {
        if (c.isSpace() || c.unicode() < 0x80)
            keys += 1;
        else if (oneKey.contains(c))
            keys += 1;
        else if (QStringLiteral("ゃゅょャュョっッ").contains(c))
            keys += 1;
        else if (c == QChar(u'ん') || c == QChar(u'ン'))
            keys += 2;
        else
            keys += 2;
    }
    return keys;
}

void Clerk::settle()
{
    // A person is slower than the event loop: what a keystroke started
    // (widgets shown, focus moved) is done before the next one.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void Clerk::toKeyboard()
{
    if (m_handOnMouse) {
        ++m_counts.homings;
        m_handOnMouse = false;
    }
}

void Clerk::type(QWidget* widget, const QString& text, const QString& reading)
{
    toKeyboard();
    ++m_counts.fieldsTyped;
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        m_counts.keystrokes += int(text.size());
        settle();
        return;
    }
    // Japanese: the input method commits the converted text.
    widget->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
    const QString spoken = reading.isEmpty() ? text : reading;
    m_counts.keystrokes += romajiKeystrokes(spoken)
        + int(spoken.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    settle();
}

void Clerk::key(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    toKeyboard();
    // An open popup (a completer's list) has the keyboard, as on a real desk.
    if (QWidget* popup = QApplication::activePopupWidget())
        widget = popup;
    QTest::keyClick(widget, key, modifiers);
    m_counts.keystrokes += 1;
    for (Qt::KeyboardModifier m : {Qt::ControlModifier, Qt::ShiftModifier, Qt::AltModifier})
        if (modifiers.testFlag(m))
            m_counts.keystrokes += 1;
    settle();
}

void Clerk::click(QWidget* widget)
{
    if (!m_handOnMouse) {
        ++m_counts.homings;
        m_handOnMouse = true;
    }
    ++m_counts.pointings;
    ++m_counts.clicks;
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    settle();
}

} // namespace madoguchi::testing
