#pragma once

#include "common/result.h"
#include "formdocument.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace madoguchi::ui {

// Shared by FormDocument and SlipDocument: the
// A4 page flow, the font, the dates and the atomic PDF file. Not for other use.
namespace printing {

// The font of printed pages: Noto Sans CJK JP when installed (Japanese
// glyph shapes for names and addresses), else the application font.
QFont font(double points, bool bold = false);

// "令和7年11月20日（2025年11月20日）" for ja, "2025-11-20 (令和7年11月20日)" for
// en: 和暦 and 西暦 together; a date that does not read is returned as given.
QString date(const QString& value, const QString& language);

// Writes what `paint` paints to `file` through a QPdfWriter (A4, 300 dpi)
// into a QSaveFile: the file appears whole or not at all; errors name it.
Status writePdf(const QString& file, const std::function<Status(QPagedPaintDevice&)>& paint);

// Sets A4 portrait on `device` and begins `painter`; fails naming why.
Status begin(QPagedPaintDevice& device, QPainter& painter);

// Pages laid out top to bottom. Run twice: once measuring (`painting`
// false) to count the pages, then painting with that count, so every page
// can say "page n / m". Each page gets the header line (city, office,
// visit reference, printed on) and the footer (reference — page n / m).
class PageFlow {
public:
    PageFlow(QPainter& painter, QPagedPaintDevice& device, const PrintHeader& header, bool painting,
        int pageCount);

    bool painting() const { return m_painting; }
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    // Between the header line and the footer.
    QRectF body() const { return m_body; }
    double y() const { return m_y; }
    double remaining() const { return m_body.bottom() - m_y; }
    void advance(double height) { m_y += height; }
    // Ends the page (its footer) and starts the next; false when the
    // device cannot add a page.
    bool newPage();
    int pages() const { return m_page; }

    // Height of `text` wrapped (at words, or anywhere in a long word) to `width`.
    double height(const QFont& font, const QString& text, double width) const;
    double width(const QFont& font, const QString& text) const;
    // Draws wrapped `text` in `rect` (when painting).
    void text(const QRectF& rect, const QFont& font, const QString& text,
        Qt::Alignment align = Qt::AlignLeft, bool grey = false) const;
    void line(double x1, double y1, double x2, double y2, double widthMm = 0.2) const;
    void box(const QRectF& rect, double widthMm = 0.3) const;

private:
    void decorate();

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    const PrintHeader& m_header;
    bool m_painting;
    int m_pageCount;
    int m_page = 1;
    double m_dotsPerMm;
    QRectF m_body;
    double m_y;
};

} // namespace printing

} // namespace madoguchi::ui
