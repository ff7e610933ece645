#include "documentsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

using visit::DocumentStatus;

const QList<DocumentStatus>& statuses()
{
    static const QList<DocumentStatus> list{DocumentStatus::Unrecorded, DocumentStatus::Presented,
        DocumentStatus::Scanned, DocumentStatus::Digital, DocumentStatus::Missing};
    return list;
}

QString statusText(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Unrecorded:
        return DocumentsDialog::tr("not recorded");
    case DocumentStatus::Presented:
        return DocumentsDialog::tr("presented (paper checked)");
    case DocumentStatus::Scanned:
        return DocumentsDialog::tr("scanned and attached");
    case DocumentStatus::Digital:
        return DocumentsDialog::tr("digital certificate");
    case DocumentStatus::Missing:
        return DocumentsDialog::tr("missing: to bring");
    }
    return {};
}

// The checklist item of forms.forms[i]: the checklist's, then the additions.
const catalog::ChecklistItem* itemOf(const catalog::Forms& forms, qsizetype i)
{
    const qsizetype applies = forms.checklist.applies.size();
    if (i < applies)
        return &forms.checklist.applies.at(i);
    return i - applies < forms.additions.size() ? &forms.additions.at(i - applies) : nullptr;
}

} // namespace

DocumentsDialog::DocumentsDialog(
    visit::VisitInProgress& visit, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_visit(visit)
    , m_language(language)
    , m_table(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("documentsDialog"));
    setWindowTitle(tr("Documents to bring"));
    auto* intro = new QLabel(tr("Record each document: 1 presented on paper, 2 scanned (attach "
                                "the file), 3 digital certificate (F10 reads one), 4 missing — "
                                "the slip then says what to bring and by when. 0 clears."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setAccessibleName(tr("Documents of the visit"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Procedure"), tr("Document"), tr("Status"), tr("File")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->installEventFilter(this);
    m_error->setObjectName(QStringLiteral("documentsError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DocumentsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 480);
    m_askFile = [](QWidget* owner) {
        return QFileDialog::getOpenFileName(owner, tr("Attach a scanned document"), QString(),
            tr("Scans (*.pdf *.png *.jpg *.jpeg)"));
    };
    fill();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
}

void DocumentsDialog::fill()
{
    m_lines.clear();
    if (!m_visit.hasForms())
        return;
    const catalog::Forms& forms = m_visit.forms();
    QList<qsizetype> sent = m_visit.sentForms();
    QList<QStringList> cells;
    for (qsizetype i : sent) {
        const catalog::ChecklistItem* item = itemOf(forms, i);
        if (!item)
            continue;
        const QString key = m_visit.keyOf(i);
        QString procedure = item->procedure->names.in(m_language);
        if (!item->member.isEmpty())
            for (const certificate::SubjectCandidate& c : m_visit.subjectCandidates())
                if (c.member == item->member)
                    procedure += QStringLiteral("（%1）").arg(c.nameKanji);
        for (qsizetype d = 0; d < item->documents.size(); ++d) {
            m_lines << Line{key, int(d), item->documentCertificates.value(d)};
            cells << QStringList{procedure, item->documents.at(d).in(m_language)};
        }
    }
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(cells.at(row).at(0)));
        m_table->setItem(row, 1, new QTableWidgetItem(cells.at(row).at(1)));
        auto* box = new QComboBox(m_table);
        box->setAccessibleName(tr("Status of %1").arg(cells.at(row).at(1)));
        box->setFocusPolicy(Qt::ClickFocus); // the keys work on the table's rows
        for (DocumentStatus s : statuses())
            box->addItem(statusText(s), int(s));
        m_table->setCellWidget(row, 2, box);
        m_table->setItem(row, 3, new QTableWidgetItem);
        showRow(row);
        connect(box, &QComboBox::activated, this, [this, row, box](int index) {
            setStatus(row, DocumentStatus(box->itemData(index).toInt()));
        });
    }
    m_table->resizeColumnToContents(0);
}

void DocumentsDialog::showRow(int row)
{
    const Line& line = m_lines.at(row);
    const visit::VisitSources& sources = m_visit.sources();
    const DocumentStatus status
        = sources.documentStatus(line.key, line.index, line.certificateType);
    if (auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, 2)))
        box->setCurrentIndex(int(statuses().indexOf(status)));
    const visit::Attachment* file = sources.attachment(line.key, line.index);
    m_table->item(row, 3)->setText(file ? file->fileName : QString());
}

void DocumentsDialog::setStatus(int row, DocumentStatus status)
{
    if (row < 0 || row >= m_lines.size())
        return;
    const Line& line = m_lines.at(row);
    m_error->hide();
    std::optional<visit::Attachment> attachment;
    const visit::VisitSources& sources = m_visit.sources();
    if (status == DocumentStatus::Digital
        && (line.certificateType.isEmpty()
            || !sources.consent(visit::certificateSource(line.certificateType)).value_or(false)
            || !sources.certificateFor(line.certificateType, line.key))) {
        m_error->setText(line.certificateType.isEmpty()
                ? tr("Only paper will do for this document.")
                : tr("No certificate of this kind about this person was read with the "
                     "resident's consent: read it with F10 first."));
        m_error->show();
        showRow(row);
        return;
    }
    if (status == DocumentStatus::Scanned) {
        const QString path = m_askFile(this);
        if (path.isEmpty()) {
            showRow(row);
            return;
        }
        auto read = visit::readAttachment(path);
        if (!read) {
            m_error->setText(read.error().message);
            m_error->show();
            showRow(row);
            return;
        }
        attachment = std::move(read.value());
    }
    m_visit.sources().setDocument(line.key, line.index, status, std::move(attachment));
    showRow(row);
    emit changed();
}

bool DocumentsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const QHash<int, DocumentStatus> keys{{Qt::Key_0, DocumentStatus::Unrecorded},
            {Qt::Key_1, DocumentStatus::Presented}, {Qt::Key_2, DocumentStatus::Scanned},
            {Qt::Key_3, DocumentStatus::Digital}, {Qt::Key_4, DocumentStatus::Missing}};
        if (keys.contains(key)) {
            setStatus(m_table->currentRow(), keys.value(key));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace madoguchi::ui
