#include "correctionrequestdialog.h"

#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

const QString kSex = QStringLiteral("sex");
const QString kBirthDate = QStringLiteral("birth_date");

QString sexInWords(int code)
{
    switch (code) {
    case 1:
        return CorrectionRequestDialog::tr("male (1)");
    case 2:
        return CorrectionRequestDialog::tr("female (2)");
    case 9:
        return CorrectionRequestDialog::tr("not applicable (9)");
    default:
        return CorrectionRequestDialog::tr("unknown (0)");
    }
}

// What the register says now, as the profile shows it; "—" for nothing on
// file, so an empty cell is never mistaken for a value.
QString currentValue(const registry::ProfilePerson& p, const QString& field)
{
    const auto optional = [](const std::optional<QString>& value) {
        return value && !value->isEmpty() ? *value : QStringLiteral("—");
    };
    if (field == u"name_kanji")
        return p.nameKanji;
    if (field == u"name_kana")
        return p.nameKana;
    if (field == kBirthDate)
        return p.birth.iso ? QStringLiteral("%1（%2）").arg(p.birth.display, *p.birth.iso)
                           : p.birth.display;
    if (field == kSex)
        return sexInWords(p.sex);
    if (field == u"kyuuji")
        return optional(p.kyuuji);
    if (field == u"kyuuji_kana")
        return optional(p.kyuujiKana);
    if (field == u"tsusho")
        return optional(p.tsusho);
    if (field == u"tsusho_kana")
        return optional(p.tsushoKana);
    if (field == u"alphabet_name")
        return optional(p.alphabetName);
    return QStringLiteral("—");
}

} // namespace

CorrectionRequestDialog::CorrectionRequestDialog(
    approval::Approvals& approvals, const registry::ProfilePerson& person, QWidget* parent)
    : QDialog(parent)
    , m_approvals(approvals)
    , m_atenaNo(person.atenaNo)
    , m_dateHint(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("correctionRequestDialog"));
    setWindowTitle(tr("Request a correction — %1").arg(person.nameKanji));

    auto* intro = new QLabel(tr("Correct the register record of %1 (宛名番号 %2). Type only the "
                                "new values; an empty field stays as it is. The register changes "
                                "when a supervisor approves the request.")
                                 .arg(person.nameKanji, person.atenaNo),
        this);
    intro->setWordWrap(true);

    m_grid->addWidget(new QLabel(tr("Field"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("On the register"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("New value"), this), 0, 2);
    for (const QString& field : approval::Approvals::correctableFields()) {
        QWidget* editor = nullptr;
        if (field == kSex) {
            m_sex = new QComboBox(this);
            m_sex->addItem(tr("(unchanged)"), QString());
            for (int code : {1, 2, 9})
                m_sex->addItem(sexInWords(code), QString::number(code));
            connect(
                m_sex, &QComboBox::currentIndexChanged, this, &CorrectionRequestDialog::updateOk);
            editor = m_sex;
        } else {
            auto* edit = new QLineEdit(this);
            edit->setClearButtonEnabled(true);
            connect(edit, &QLineEdit::textChanged, this, &CorrectionRequestDialog::updateOk);
            if (field == kBirthDate) {
                edit->setPlaceholderText(tr("昭和60年6月12日, S60.6.12, 1985-06-12 …"));
                connect(
                    edit, &QLineEdit::textChanged, this, &CorrectionRequestDialog::updateDateHint);
            }
            m_edits.insert(field, edit);
            editor = edit;
        }
        addRow(field, currentValue(person, field), editor);
        if (field == kBirthDate) {
            m_dateHint->setObjectName(QStringLiteral("correctionDateHint"));
            m_dateHint->setStyleSheet(QStringLiteral("QLabel { color: gray; }"));
            m_dateHint->hide();
            m_grid->addWidget(m_dateHint, m_grid->rowCount(), 2);
        }
    }

    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setAccessibleName(tr("Reason for the correction"));
    m_reason->setPlaceholderText(tr("Required: what is wrong, and what shows the right value"));
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    const int reasonRow = m_grid->rowCount();
    m_grid->addWidget(reasonLabel, reasonRow, 0);
    m_grid->addWidget(m_reason, reasonRow, 1, 1, 2);
    m_grid->setColumnStretch(2, 1);

    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setAccessibleName(tr("Why the request was not sent"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    okButton()->setText(tr("Send for approval"));
    okButton()->setObjectName(QStringLiteral("correctionSend"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_grid);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectionRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CorrectionRequestDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CorrectionRequestDialog::updateOk);
    updateOk();
    if (QLineEdit* first = m_edits.value(approval::Approvals::correctableFields().value(0)))
        first->setFocus();
}

QString CorrectionRequestDialog::fieldInWords(const QString& field)
{
    if (field == u"name_kanji")
        return tr("Name (氏名)");
    if (field == u"name_kana")
        return tr("Name in kana (フリガナ)");
    if (field == kBirthDate)
        return tr("Date of birth (生年月日)");
    if (field == kSex)
        return tr("Sex (性別)");
    if (field == u"kyuuji")
        return tr("Former surname (旧氏)");
    if (field == u"kyuuji_kana")
        return tr("Former surname in kana (旧氏フリガナ)");
    if (field == u"tsusho")
        return tr("Alias (通称)");
    if (field == u"tsusho_kana")
        return tr("Alias in kana (通称フリガナ)");
    if (field == u"alphabet_name")
        return tr("Name in the alphabet (ローマ字)");
    return field; // a field the core added since: its own name rather than nothing
}

void CorrectionRequestDialog::addRow(const QString& field, const QString& current, QWidget* editor)
{
    const QString words = fieldInWords(field);
    auto* label = new QLabel(words + QLatin1Char(':'), this);
    label->setBuddy(editor);
    auto* now = new QLabel(current, this);
    now->setObjectName(QStringLiteral("current_") + field);
    now->setAccessibleName(tr("%1 on the register").arg(words));
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    editor->setObjectName(QStringLiteral("new_") + field);
    editor->setAccessibleName(tr("New %1").arg(words));
    const int row = m_grid->rowCount();
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(now, row, 1);
    m_grid->addWidget(editor, row, 2);
    m_current.insert(field, now);
}

QPushButton* CorrectionRequestDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QMap<QString, QString> CorrectionRequestDialog::changes() const
{
    QMap<QString, QString> changes;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        if (const QString value = it.value()->text().trimmed(); !value.isEmpty())
            changes.insert(it.key(), value);
    if (m_sex && !m_sex->currentData().toString().isEmpty())
        changes.insert(kSex, m_sex->currentData().toString());
    return changes;
}

// The day the core will understand, as the interview's date fields say it
// (fieldeditor.cpp), so a 和暦 typo is seen before it is sent.
void CorrectionRequestDialog::updateDateHint()
{
    const QString text = m_edits.value(kBirthDate)->text().trimmed();
    if (text.isEmpty()) {
        m_dateHint->hide();
        return;
    }
    const auto date = text::parseJapaneseDate(text);
    if (!date)
        m_dateHint->setText(date.error().message);
    else if (const auto iso = text::formatIso(date.value()))
        m_dateHint->setText(text::formatWareki(date.value()) + u'（' + *iso + u'）');
    else
        m_dateHint->setText(QStringLiteral("%1（%2）")
                                .arg(text::formatWareki(date.value()),
                                    text::precisionDescription(date->precision())));
    m_dateHint->show();
}

void CorrectionRequestDialog::updateOk()
{
    okButton()->setEnabled(!m_reason->text().trimmed().isEmpty() && !changes().isEmpty());
}

void CorrectionRequestDialog::accept()
{
    if (!okButton()->isEnabled())
        return; // Enter before a reason and a new value were typed
    auto request = m_approvals.requestCorrection(m_atenaNo, changes(), m_reason->text());
    if (!request) {
        m_error->setText(request.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    emit sent(request.value());
    QDialog::accept();
}

} // namespace madoguchi::ui
