#pragma once

#include "catalog/interviewsession.h"
#include "common/result.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace madoguchi::ui {

// What every printed page of a visit says about it.
struct PrintHeader {
    QString visitRef; // V20261126-000001
    QString cityName; // みどり野市
    QString office; // the office and terminal the clerk works at
    QDate printedOn;
    QString language = QStringLiteral("ja"); // of labels; names stay Japanese
};

// The forms of a visit printed for the resident to check and sign
// (issue #7, 1f): each form on its own A4 page(s) — the procedure's name,
// the resident and household, every shown field with its value (dates in
// 和暦 and 西暦, options by label, members by name, a checkbox as ☑/☐) and
// a small mark of where the value came from, a signature box, and the visit
// reference with page n of m on every page. One document for the visit.
class FormDocument {
public:
    // The forms of `forms.forms` at `indexes` (the ones not left out), in
    // that order. `forms` must outlive the document.
    FormDocument(const catalog::Forms& forms, QList<qsizetype> indexes, PrintHeader header);

    // Paints on a printer or a PDF writer (A4, portrait). Fails on a device
    // that cannot be painted on.
    Status paint(QPagedPaintDevice& device) const;
    // One combined PDF, written atomically (nothing half-written on failure).
    Status writePdf(const QString& file) const;

private:
    const catalog::Forms& m_forms;
    QList<qsizetype> m_indexes;
    PrintHeader m_header;
};

} // namespace madoguchi::ui
