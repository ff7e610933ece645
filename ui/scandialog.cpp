#include "scandialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

// A certificate is a few kilobytes; a pre-entry code at most a QR's worth.
// Anything far larger is not a code (a scan of a whole document, a PDF).
constexpr qint64 kMaxCodeBytes = 64 * 1024;

} // namespace

ScanDialog::ScanDialog(QWidget* parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_file(new QPushButton(tr("Load from a &file…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(tr("Read a code"));
    auto* intro = new QLabel(tr("Scan the QR code with the scanner, or paste it: a smartphone "
                                "pre-entry (事前入力) or a signed certificate from a hospital, "
                                "school or another city. Enter reads it."),
        this);
    intro->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("scanCode"));
    m_code->setAccessibleName(tr("Scanned code"));
    m_code->setPlaceholderText(tr("Waiting for the scanner…"));
    m_code->setMaxLength(int(kMaxCodeBytes));
    m_file->setObjectName(QStringLiteral("scanFile"));
    m_file->setAccessibleName(tr("Load a certificate or pre-entry code from a file"));
    m_error->setObjectName(QStringLiteral("scanError"));
    m_error->setAccessibleName(tr("Why the code was not read"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_file, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    m_askFile = [](QWidget* owner) {
        return QFileDialog::getOpenFileName(owner, tr("Load a code"), QString(),
            tr("Codes (*.jws *.jwt *.txt);;All files (*)"));
    };
    connect(m_code, &QLineEdit::returnPressed, this, &ScanDialog::take);
    connect(m_file, &QPushButton::clicked, this, &ScanDialog::loadFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScanDialog::reject);
    m_code->setFocus();
}

void ScanDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_code->selectAll(); // the next scan replaces the code
}

void ScanDialog::take()
{
    const QString text = m_code->text().trimmed();
    if (text.isEmpty())
        return;
    setError({});
    emit codeRead(text);
}

void ScanDialog::loadFile()
{
    const QString path = m_askFile(this);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxCodeBytes) {
        setError(tr("%1: %2 bytes is not a code (at most %3); attach a scanned document from "
                    "Documents (F11) instead")
                     .arg(path)
                     .arg(file.size())
                     .arg(kMaxCodeBytes));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll()).trimmed();
    m_code->setText(text);
    take();
}

} // namespace madoguchi::ui
