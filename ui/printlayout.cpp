#include "printlayout.h"

#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

namespace madoguchi::ui {
namespace {

// The words every printed page carries, in the resident's language
// (PrintHeader::language), not the interface's: see formdocument.cpp.
enum class Word { Reference, ReferencePending, Page, PrintedOn };

QString say(Word word, const QString& language)
{
    struct Pair {
        const char* ja;
        const char* en;
    };
    static const Pair words[] = {
        {"受付番号：", "Reference: "},
        {"提出時に採番", "given at submission"},
        {"ページ", "page"},
        {"印刷日 ", "Printed "},
    };
    const Pair& pair = words[static_cast<int>(word)];
    return QString::fromUtf8(language == QLatin1String("en") ? pair.en : pair.ja);
}

QString referenceText(const PrintHeader& header)
{
    return say(Word::Reference, header.language)
        + (header.visitRef.isEmpty() ? say(Word::ReferencePending, header.language)
                                     : header.visitRef);
}

QTextOption wrapping(Qt::Alignment align)
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

namespace printing {

QFont font(double points, bool bold)
{
    static const QString family = [] {
        const QString noto = QStringLiteral("Noto Sans CJK JP");
        return QFontDatabase::families().contains(noto) ? noto : QGuiApplication::font().family();
    }();
    QFont f(family);
    // Without shaping, every glyph is the font's plain one for its
    // character, so the PDF's text layer (search, copy) has the digits and
    // letters as printed; Qt 6.4's PDF writer loses the text of glyphs that
    // shaping substitutes (digits after Latin letters, ligatures).
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString date(const QString& value, const QString& language)
{
    const auto parsed = text::parseJapaneseDate(value);
    if (!parsed)
        return value;
    const text::JapaneseDate& d = parsed.value();
    const QString wareki = text::formatWareki(d);
    if (d.isUnknown())
        return wareki;
    if (language == QLatin1String("en"))
        return text::formatIso(d).value_or(text::formatWestern(d)) + QStringLiteral(" (") + wareki
            + QLatin1Char(')');
    return wareki + QStringLiteral("（") + text::formatWestern(d) + QStringLiteral("）");
}

Status begin(QPagedPaintDevice& device, QPainter& painter)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    if (!painter.begin(&device) || !painter.isActive())
        return Error{QCoreApplication::translate(
            "FormDocument", "cannot print: the printer or PDF file cannot be painted on")};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    return {};
}

Status writePdf(const QString& file, const std::function<Status(QPagedPaintDevice&)>& paint)
{
    const QString name = QDir::toNativeSeparators(file);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("FormDocument", "cannot write %1: %2")
                         .arg(name, out.errorString())};
    {
        QPdfWriter writer(&out);
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Madoguchi"));
        if (Status painted = paint(writer); !painted) {
            out.cancelWriting();
            return Error{QCoreApplication::translate("FormDocument", "cannot write %1: %2")
                             .arg(name, painted.error().message)};
        }
    }
    if (!out.commit())
        return Error{QCoreApplication::translate("FormDocument", "cannot write %1: %2")
                         .arg(name, out.errorString())};
    return {};
}

PageFlow::PageFlow(QPainter& painter, QPagedPaintDevice& device, const PrintHeader& header,
    bool painting, int pageCount)
    : m_painter(painter)
    , m_device(device)
    , m_header(header)
    , m_painting(painting)
    , m_pageCount(pageCount)
    , m_dotsPerMm(device.logicalDpiY() / 25.4)
{
    const double width = device.width();
    const double height = device.height();
    // Margins 18 mm at the sides, 12 mm top and bottom; the header line
    // and the footer take 10 mm each inside them.
    m_body = QRectF(mm(18), mm(12) + mm(10), width - 2 * mm(18), height - 2 * mm(12) - 2 * mm(10));
    m_y = m_body.top();
    decorate();
}

bool PageFlow::newPage()
{
    if (m_painting && !m_device.newPage())
        return false;
    ++m_page;
    m_y = m_body.top();
    decorate();
    return true;
}

void PageFlow::decorate()
{
    if (!m_painting)
        return;
    const QString& language = m_header.language;
    const double top = mm(12);
    const QRectF head(m_body.left(), top, m_body.width(), mm(7));
    QString left = m_header.cityName;
    if (!m_header.office.isEmpty())
        left += QStringLiteral("　") + m_header.office;
    text(head, font(9), left, Qt::AlignLeft | Qt::AlignBottom);
    text(head, font(9, true), referenceText(m_header), Qt::AlignRight | Qt::AlignBottom);
    line(m_body.left(), top + mm(8), m_body.right(), top + mm(8), 0.3);

    const QRectF foot(m_body.left(), m_body.bottom() + mm(4), m_body.width(), mm(6));
    const QString reference
        = m_header.visitRef.isEmpty() ? referenceText(m_header) : m_header.visitRef;
    text(foot, font(8),
        reference + QStringLiteral(" — ") + say(Word::Page, language)
            + QStringLiteral(" %1 / %2").arg(m_page).arg(m_pageCount),
        Qt::AlignHCenter | Qt::AlignTop, true);
    if (m_header.printedOn.isValid())
        text(foot, font(7),
            say(Word::PrintedOn, language)
                + date(m_header.printedOn.toString(Qt::ISODate), language),
            Qt::AlignRight | Qt::AlignTop, true);
}

double PageFlow::height(const QFont& font, const QString& text, double width) const
{
    if (text.isEmpty())
        return QFontMetricsF(font, &m_device).height();
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, 1e7), text, wrapping(Qt::AlignLeft)).height();
}

double PageFlow::width(const QFont& font, const QString& text) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

void PageFlow::text(const QRectF& rect, const QFont& font, const QString& text, Qt::Alignment align,
    bool grey) const
{
    if (!m_painting || text.isEmpty())
        return;
    m_painter.setFont(font);
    m_painter.setPen(grey ? QColor(0x70, 0x70, 0x70) : QColor(Qt::black));
    m_painter.drawText(rect, text, wrapping(align));
}

void PageFlow::line(double x1, double y1, double x2, double y2, double widthMm) const
{
    if (!m_painting)
        return;
    m_painter.setPen(QPen(QColor(0x40, 0x40, 0x40), mm(widthMm)));
    m_painter.drawLine(QPointF(x1, y1), QPointF(x2, y2));
}

void PageFlow::box(const QRectF& rect, double widthMm) const
{
    if (!m_painting)
        return;
    m_painter.setPen(QPen(QColor(0x40, 0x40, 0x40), mm(widthMm)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect);
}

} // namespace printing

} // namespace madoguchi::ui
