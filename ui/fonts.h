#pragma once

class QString;

namespace madoguchi::ui {

// Makes the application font one that draws Japanese with Japanese glyph
// shapes (Noto Sans CJK JP, else IPA Gothic) when one is installed, so that
// kanji never fall back to Chinese forms or to empty boxes. Names, addresses
// and cities are Japanese whatever the interface language.
void useJapaneseCapableFont(const QString& language);

} // namespace madoguchi::ui
