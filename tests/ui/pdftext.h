#pragma once

// Reading back the PDFs the desk prints, with the real poppler tools
// (pdfinfo, pdftotext; poppler-utils in scripts/packages.txt).
#include <QString>

namespace madoguchi::testing {

// What poppler reads from a PDF: its page count and its text.
struct PdfRead {
    int pages = -1;
    QString text;
    QString error;
};

PdfRead readPdf(const QString& file);

// pdftotext -layout may space out a line; compare without white space.
// Qt 6.4's PDF writer maps each glyph back to the lowest code point the
// font gives it, so 日 reads back as the Kangxi radical ⽇ and 民 as the
// radical ⺠ (the printed glyph is the same): NFKC turns the Kangxi radicals
// back, the table the few CJK Radicals Supplement ones the font shares (and
// ・, which reads back as the hyphenation point ‧).
QString squeezed(const QString& text);

} // namespace madoguchi::testing
