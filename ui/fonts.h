#pragma once

class QString;

namespace madoguchi::ui {

// Makes the application font one that draws Japanese with Japanese glyph
// shapes (Noto Sans CJK JP, else IPA Gothic) when one is installed, so that
// kanji never fall back to Chinese forms or to empty boxes. Names, addresses
// and cities are Japanese whatever the interface language.
// It also scales the font by the text size setting (DeskSettings::fontScale,
// ui/fontScale). Call it once, at start, before any window exists: a second
// call scales again.
void useJapaneseCapableFont(const QString& language);

} // namespace madoguchi::ui
