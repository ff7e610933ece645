#pragma once

#include "common/result.h"
#include "formdocument.h"

#include <QJsonObject>

class QPagedPaintDevice;

namespace madoguchi::ui {

// The receipt and guidance slip (受付案内票, issue #7, 1g) printed from
// visit::guidanceSlip(): the visit reference, the resident, and per
// procedure whether it is registered (with the back-end's receipt) or
// received and on its way, its deadline, the documents still to bring, and
// where to go next. A4, one page when it fits.
class SlipDocument {
public:
    SlipDocument(QJsonObject slip, PrintHeader header);

    Status paint(QPagedPaintDevice& device) const;
    Status writePdf(const QString& file) const;

private:
    QJsonObject m_slip;
    PrintHeader m_header;
};

} // namespace madoguchi::ui
