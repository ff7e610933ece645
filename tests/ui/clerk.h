#pragma once

// The clerk of the scenario tests: every value the clerk gives goes through
// here as real QTest events on the real widgets, and is counted for the
// Keystroke-Level Model (Card, Moran and Newell): K 0.28 s per keystroke,
// P 1.1 s per pointing, B 0.1 s per click, H 0.4 s per move between
// keyboard and mouse, M 1.35 s per decision.
#include <QJsonObject>
#include <QString>
#include <Qt>

class QWidget;

namespace madoguchi::testing {

struct KlmCounts {
    int keystrokes = 0;
    int clicks = 0;
    int pointings = 0;
    int homings = 0;
    int decisions = 0;
    int fieldsTyped = 0;

    double seconds() const
    {
        return keystrokes * 0.28 + pointings * 1.1 + clicks * 0.1 + homings * 0.4
            + decisions * 1.35;
    }
};

class Clerk {
public:
    // Types `text` into `widget` as a clerk would: ASCII key by key; Japanese
    // through the input method, counted as its romaji keystrokes (two per
    // kana character, one per vowel …) of `reading` (the kana the clerk
    // types for kanji text; the text itself when it is kana) plus one
    // conversion key per word of the reading. One field typed.
    void type(QWidget* widget, const QString& text, const QString& reading = {});
    // One key, with modifiers (each counted as a keystroke: Ctrl+Enter is 2).
    void key(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // A mouse click on the middle of `widget` (P, B, and H when the hand was
    // on the keyboard).
    void click(QWidget* widget);
    // A key pressed in a system dialog the test replaces (Enter on the
    // print dialog's Print button): counted, not sent.
    void dialogKey() { ++m_counts.keystrokes; }
    // A decision (M): reading the screen and choosing what to do next.
    void decide(int count = 1) { m_counts.decisions += count; }

    const KlmCounts& counts() const { return m_counts; }

private:
    void toKeyboard();
    void settle();
    KlmCounts m_counts;
    bool m_handOnMouse = false;
};

// The romaji keystrokes of kana text (ヤマダ → yamada: 6).
int romajiKeystrokes(const QString& kana);

} // namespace madoguchi::testing
