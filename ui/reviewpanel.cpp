#include "reviewpanel.h"

#include "desksettings.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace madoguchi::ui {

ReviewPanel::ReviewPanel(const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_language(language)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageOrientation(QPageLayout::Portrait);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("formPreview"));
    m_preview->setAccessibleName(tr("Print preview of the forms"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("reviewForms"));
    m_list->setAccessibleName(tr("Forms of the visit"));
    m_list->setMaximumWidth(340);

    auto* printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printForms"));
    printButton->setToolTip(tr("Ctrl+P"));
    auto* pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("saveFormsPdf"));
    pdfButton->setToolTip(tr("Ctrl+Shift+S"));
    connect(printButton, &QPushButton::clicked, this, &ReviewPanel::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { (void)savePdf(); });
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, this, &ReviewPanel::print);
    auto* pdfKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    pdfKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pdfKey, &QShortcut::activated, this, [this] { (void)savePdf(); });
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReviewPanel::paint);

    m_askFile = [](QWidget* owner, const QString& suggested) {
        return QFileDialog::getSaveFileName(
            owner, tr("Save the forms as PDF"), suggested, tr("PDF (*.pdf)"));
    };

    auto* left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_list, 1);
    left->addWidget(printButton);
    left->addWidget(pdfButton);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_preview, 1);
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::showVisit(const catalog::Forms& forms, const QList<qsizetype>& sent,
    const QStringList& incomplete, const PrintHeader& header)
{
    m_forms = &forms;
    m_sent = sent;
    m_header = header;
    m_list->clear();
    for (qsizetype i : sent) {
        const catalog::FilledForm& form = forms.forms[i];
        QString name = form.procedure->names.in(m_language);
        if (!form.member.isEmpty())
            name += QStringLiteral(" (%1)").arg(form.member);
        if (!form.complete())
            name = tr("%1 — questions open").arg(name);
        new QListWidgetItem(name, m_list);
    }
    m_summary->setText(incomplete.isEmpty()
            ? tr("%n form(s) ready for the resident to check and sign.", nullptr, int(sent.size()))
            : tr("%n form(s) still have open questions: answer them in the Interview step (F6).",
                nullptr, int(incomplete.size())));
    m_preview->updatePreview();
}

bool ReviewPanel::takeReference()
{
    if (!m_header.visitRef.isEmpty() || !m_takeReference)
        return true;
    auto ref = m_takeReference();
    if (!ref) {
        emit printed(tr("Nothing was printed: %1").arg(ref.error().message));
        return false;
    }
    m_header.visitRef = ref.value();
    m_preview->updatePreview();
    return true;
}

void ReviewPanel::paint(QPrinter* printer)
{
    if (!m_forms)
        return;
    FormDocument document(*m_forms, m_sent, m_header);
    (void)document.paint(*printer);
}

void ReviewPanel::print()
{
    if (!m_forms || !takeReference())
        return;
    // The printer chosen in Settings, when one is and it is installed;
    // else whatever the printer (or the system) already has.
    if (const QString chosen = DeskSettings().printerName();
        !chosen.isEmpty() && QPrinterInfo::availablePrinterNames().contains(chosen))
        m_printer->setPrinterName(chosen);
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the forms of visit %1").arg(m_header.visitRef));
    if (dialog.exec() != QDialog::Accepted)
        return;
    FormDocument document(*m_forms, m_sent, m_header);
    if (Status painted = document.paint(*m_printer); !painted)
        emit printed(tr("The forms could not be printed: %1").arg(painted.error().message));
    else
        emit printed(tr("The forms of visit %1 went to the printer.").arg(m_header.visitRef));
}

Status ReviewPanel::savePdf(const QString& file)
{
    if (!m_forms)
        return Error{tr("There are no forms to save yet.")};
    if (!takeReference())
        return Error{tr("The visit's reference could not be taken.")};
    QString target = file;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = m_askFile
            ? m_askFile(this, QDir(folder).filePath(m_header.visitRef + QStringLiteral(".pdf")))
            : QString();
        if (target.isEmpty())
            return {};
    }
    FormDocument document(*m_forms, m_sent, m_header);
    if (Status written = document.writePdf(target); !written) {
        emit printed(written.error().message);
        return written;
    }
    emit printed(tr("Saved %1").arg(QDir::toNativeSeparators(target)));
    return {};
}

} // namespace madoguchi::ui
