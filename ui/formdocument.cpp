#include "formdocument.h"

#include "printlayout.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

namespace madoguchi::ui {

namespace {

// The printed labels in both languages. A printed form is in the resident's
// language (PrintHeader::language), whatever language the desk's interface
// runs in and whichever translator is loaded, so these do not go through
// QCoreApplication::translate(): the page must say 署名欄 to a Japanese
// resident even on an English desk. Only the errors, which the clerk
// reads, are translated.
enum class Word {
    Continued,
    SubmittedTo,
    Member,
    Head,
    Address,
    Born,
    Item,
    Entry,
    NothingToFill,
    Signature,
    SignatureNote,
    SignatureDate,
    SignatureName,
    Register,
    EventAnswer,
    ClerkEntry,
    Default,
    Evidence,
};

QString say(Word word, const QString& language)
{
    struct Pair {
        const char* ja;
        const char* en;
    };
    static const Pair words[] = {
        {"（続き）", " (continued)"},
        {"提出先：", "Submitted to: "},
        {"対象者", "Person"},
        {"世帯主", "Head of household"},
        {"住所", "Address"},
        {"生年月日 ", "born "},
        {"項目", "Item"},
        {"記入内容", "Entry"},
        {"（記入する項目はありません）", "(nothing to fill in)"},
        {"署名欄", "Signature"},
        {"上記の内容に相違ありません。", "I confirm that the above is correct."},
        {"記入日　　　　　年　　　月　　　日", "Date:  ____ / ____ / ________"},
        {"署名", "Signature"},
        {"住民記録", "register"},
        {"届出内容", "notification"},
        {"聞き取り", "asked at the counter"},
        {"市の既定", "city default"},
        {"証明書", "certificate"},
    };
    const Pair& pair = words[static_cast<int>(word)];
    return QString::fromUtf8(language == QLatin1String("en") ? pair.en : pair.ja);
}

// A member of the household in the rules context, by id.
QJsonObject member(const QJsonObject& context, const QString& id)
{
    const QJsonArray members = context.value(QLatin1String("household"))
                                   .toObject()
                                   .value(QLatin1String("members"))
                                   .toArray();
    for (const QJsonValue& m : members) {
        if (m.toObject().value(QLatin1String("id")).toString() == id)
            return m.toObject();
    }
    return {};
}

QString memberName(const QJsonObject& context, const QString& id)
{
    const QJsonObject m = member(context, id);
    const QString kanji = m.value(QLatin1String("name_kanji")).toString();
    if (!kanji.isEmpty())
        return kanji;
    const QString kana = m.value(QLatin1String("name_kana")).toString();
    return kana.isEmpty() ? id : kana;
}

QString provenanceMark(catalog::Provenance provenance, const QString& language)
{
    switch (provenance) {
    case catalog::Provenance::Register:
        return say(Word::Register, language);
    case catalog::Provenance::EventAnswer:
        return say(Word::EventAnswer, language);
    case catalog::Provenance::ClerkEntry:
        return say(Word::ClerkEntry, language);
    case catalog::Provenance::Default:
        return say(Word::Default, language);
    case catalog::Provenance::Evidence:
        return say(Word::Evidence, language);
    case catalog::Provenance::None:
        break;
    }
    return {};
}

QString plain(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("☑") : QStringLiteral("☐");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << plain(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// 12 digits as 1234 5678 9012; anything else as given (the resident checks it).
QString myNumber(const QString& given)
{
    QString digits;
    for (const QChar c : given) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return given;
    }
    if (digits.size() != 12)
        return given;
    return digits.left(4) + QLatin1Char(' ') + digits.mid(4, 4) + QLatin1Char(' ') + digits.mid(8);
}

QString fieldValue(
    const catalog::FilledField& f, const QJsonObject& context, const QString& language)
{
    if (catalog::isEmptyValue(f.value))
        return QStringLiteral("—");
    const QJsonValue& v = f.value;
    switch (f.field->type) {
    case catalog::FieldType::Date:
    case catalog::FieldType::EraDate:
        return v.isString() ? printing::date(v.toString(), language) : plain(v);
    case catalog::FieldType::Select:
        for (const catalog::SelectOption& o : f.field->options) {
            if (o.value == plain(v))
                return o.labels.in(language).isEmpty() ? o.value : o.labels.in(language);
        }
        return plain(v);
    case catalog::FieldType::Checkbox:
        return v.toBool() ? QStringLiteral("☑") : QStringLiteral("☐");
    case catalog::FieldType::MyNumber:
        return myNumber(plain(v));
    case catalog::FieldType::Member:
        return memberName(context, v.toString());
    case catalog::FieldType::Members: {
        QStringList names;
        for (const QJsonValue& id : v.toArray())
            names << memberName(context, id.toString());
        return names.join(
            language == QLatin1String("en") ? QStringLiteral(", ") : QStringLiteral("、"));
    }
    default:
        return plain(v);
    }
}

struct Row {
    QString label;
    QString value;
    QString mark;
};

// Paints one form: title, person, the field table (continued on further
// pages as needed), the signature box at the bottom of its last page.
class FormPainter {
public:
    FormPainter(printing::PageFlow& flow, const catalog::Forms& forms, const PrintHeader& header)
        : m_flow(flow)
        , m_forms(forms)
        , m_language(header.language)
    { }

    Status paint(const catalog::FilledForm& form)
    {
        m_title = form.procedure->names.in(m_language);
        title(false);
        subtitle(form);
        QList<Row> rows;
        for (const catalog::FilledField& f : form.fields) {
            if (!f.visible || f.field == nullptr)
                continue;
            rows << Row{f.field->labels.in(m_language), fieldValue(f, m_forms.context, m_language),
                provenanceMark(f.provenance, m_language)};
        }
        if (rows.isEmpty())
            rows << Row{QString(), say(Word::NothingToFill, m_language), QString()};
        tableHead();
        for (const Row& r : rows) {
            if (Status s = row(r); !s)
                return s;
        }
        return signature();
    }

private:
    QFont font(double points, bool bold = false) const { return printing::font(points, bold); }

    void title(bool continued)
    {
        const QFont f = font(continued ? 12 : 17, true);
        const QString t = continued ? m_title + say(Word::Continued, m_language) : m_title;
        const QRectF body = m_flow.body();
        const double h = m_flow.height(f, t, body.width());
        m_flow.text(QRectF(body.left(), m_flow.y(), body.width(), h), f, t);
        m_flow.advance(h + m_flow.mm(continued ? 2 : 3));
    }

    void infoLine(const QString& label, const QString& value)
    {
        const QRectF body = m_flow.body();
        const QFont bold = font(10, true);
        const QFont normal = font(10);
        const double labelWidth = m_flow.mm(30);
        const double h = std::max(m_flow.height(bold, label, labelWidth),
            m_flow.height(normal, value, body.width() - labelWidth));
        m_flow.text(QRectF(body.left(), m_flow.y(), labelWidth, h), bold, label);
        m_flow.text(QRectF(body.left() + labelWidth, m_flow.y(), body.width() - labelWidth, h),
            normal, value);
        m_flow.advance(h + m_flow.mm(1));
    }

    void subtitle(const catalog::FilledForm& form)
    {
        const QJsonObject household = m_forms.context.value(QLatin1String("household")).toObject();
        if (!form.member.isEmpty()) {
            const QJsonObject m = member(m_forms.context, form.member);
            QString who = memberName(m_forms.context, form.member);
            const QString kana = m.value(QLatin1String("name_kana")).toString();
            if (!kana.isEmpty() && kana != who)
                who += QStringLiteral("（") + kana + QStringLiteral("）");
            const QString born = m.value(QLatin1String("birth_date")).toString();
            if (!born.isEmpty())
                who += QStringLiteral("　") + say(Word::Born, m_language)
                    + printing::date(born, m_language);
            infoLine(say(Word::Member, m_language), who);
        } else {
            const QString head = household.value(QLatin1String("head")).toString();
            if (!head.isEmpty())
                infoLine(say(Word::Head, m_language), memberName(m_forms.context, head));
        }
        QString address = household.value(QLatin1String("address")).toString();
        const QString katagaki = household.value(QLatin1String("katagaki")).toString();
        if (!katagaki.isEmpty())
            address += QLatin1Char(' ') + katagaki;
        if (!address.isEmpty())
            infoLine(say(Word::Address, m_language), address);
        if (m_forms.catalog != nullptr) {
            for (const catalog::System& s : m_forms.catalog->systems) {
                if (s.id == form.procedure->system) {
                    infoLine(
                        QString(), say(Word::SubmittedTo, m_language) + s.names.in(m_language));
                    break;
                }
            }
        }
        m_flow.advance(m_flow.mm(2));
    }

    double labelWidth() const { return m_flow.body().width() * 0.34; }
    double pad() const { return m_flow.mm(1.5); }

    void tableHead()
    {
        const QRectF body = m_flow.body();
        const QFont f = font(9, true);
        const double h = m_flow.height(f, say(Word::Item, m_language), labelWidth()) + 2 * pad();
        const QRectF cell(body.left(), m_flow.y(), body.width(), h);
        m_flow.box(cell);
        m_flow.line(
            cell.left() + labelWidth(), cell.top(), cell.left() + labelWidth(), cell.bottom());
        m_flow.text(cell.adjusted(pad(), pad(), 0, 0), f, say(Word::Item, m_language));
        m_flow.text(
            cell.adjusted(labelWidth() + pad(), pad(), 0, 0), f, say(Word::Entry, m_language));
        m_flow.advance(h);
    }

    Status continuePage()
    {
        if (!m_flow.newPage())
            return Error{QCoreApplication::translate(
                "FormDocument", "the printer did not start a new page")};
        title(true);
        tableHead();
        return {};
    }

    Status row(const Row& r)
    {
        const QRectF body = m_flow.body();
        const QFont labelFont = font(10);
        const QFont valueFont = font(10.5);
        const QFont markFont = font(7);
        const double markWidth
            = r.mark.isEmpty() ? 0 : m_flow.width(markFont, r.mark) + m_flow.mm(2);
        const double valueWidth = body.width() - labelWidth() - 2 * pad() - markWidth;
        const double labelHeight = m_flow.height(labelFont, r.label, labelWidth() - 2 * pad());
        const double valueHeight = m_flow.height(valueFont, r.value, valueWidth);
        const double h = std::max(labelHeight, valueHeight) + 2 * pad();
        if (h > m_flow.remaining()) {
            if (Status s = continuePage(); !s)
                return s;
        }
        const QRectF cell(body.left(), m_flow.y(), body.width(), h);
        m_flow.box(cell, 0.2);
        m_flow.line(
            cell.left() + labelWidth(), cell.top(), cell.left() + labelWidth(), cell.bottom());
        m_flow.text(QRectF(cell.left() + pad(), cell.top() + pad(), labelWidth() - 2 * pad(), h),
            labelFont, r.label);
        const double valueLeft = cell.left() + labelWidth() + pad();
        m_flow.text(QRectF(valueLeft, cell.top() + pad(), valueWidth, h), valueFont, r.value);
        if (!r.mark.isEmpty()) {
            // Small and grey after the value, on the value's last line.
            const QRectF markRect(
                cell.right() - pad() - markWidth, cell.top() + pad(), markWidth, valueHeight);
            m_flow.text(markRect, markFont, r.mark, Qt::AlignRight | Qt::AlignBottom, true);
        }
        m_flow.advance(h);
        return {};
    }

    Status signature()
    {
        const double height = m_flow.mm(34);
        if (m_flow.remaining() < height + m_flow.mm(6)) {
            if (!m_flow.newPage())
                return Error{QCoreApplication::translate(
                    "FormDocument", "the printer did not start a new page")};
            title(true);
        }
        const QRectF body = m_flow.body();
        const QRectF box(body.left(), body.bottom() - height, body.width(), height);
        m_flow.box(box, 0.4);
        const double p = m_flow.mm(3);
        const QFont bold = font(11, true);
        const QFont normal = font(10);
        m_flow.text(box.adjusted(p, p, -p, -p), bold, say(Word::Signature, m_language));
        m_flow.text(box.adjusted(p, p + m_flow.mm(7), -p, -p), normal,
            say(Word::SignatureNote, m_language));
        const double lineY = box.bottom() - m_flow.mm(9);
        const double middle = box.left() + box.width() * 0.45;
        m_flow.text(
            QRectF(box.left() + p, lineY - m_flow.mm(6), middle - box.left() - 2 * p, m_flow.mm(6)),
            normal, say(Word::SignatureDate, m_language), Qt::AlignLeft | Qt::AlignBottom);
        m_flow.text(QRectF(middle, lineY - m_flow.mm(6), m_flow.mm(20), m_flow.mm(6)), normal,
            say(Word::SignatureName, m_language), Qt::AlignLeft | Qt::AlignBottom);
        m_flow.line(middle + m_flow.mm(20), lineY, box.right() - p, lineY, 0.3);
        m_flow.advance(m_flow.remaining());
        return {};
    }

    printing::PageFlow& m_flow;
    const catalog::Forms& m_forms;
    QString m_language;
    QString m_title;
};

} // namespace

FormDocument::FormDocument(
    const catalog::Forms& forms, QList<qsizetype> indexes, PrintHeader header)
    : m_forms(forms)
    , m_indexes(std::move(indexes))
    , m_header(std::move(header))
{ }

Status FormDocument::paint(QPagedPaintDevice& device) const
{
    for (const qsizetype i : m_indexes) {
        if (i < 0 || i >= m_forms.forms.size() || m_forms.forms.at(i).procedure == nullptr)
            return Error{
                QCoreApplication::translate("FormDocument", "there is no form %1 to print").arg(i)};
    }
    QPainter painter;
    if (Status begun = printing::begin(device, painter); !begun)
        return begun;
    // First measure (count the pages), then paint with "page n / m".
    int pages = 0;
    for (const bool painting : {false, true}) {
        printing::PageFlow flow(painter, device, m_header, painting, pages);
        FormPainter form(flow, m_forms, m_header);
        bool first = true;
        for (const qsizetype i : m_indexes) {
            if (!first && !flow.newPage()) {
                painter.end();
                return Error{QCoreApplication::translate(
                    "FormDocument", "the printer did not start a new page")};
            }
            first = false;
            if (Status s = form.paint(m_forms.forms.at(i)); !s) {
                painter.end();
                return s;
            }
        }
        pages = flow.pages();
    }
    if (!painter.end())
        return Error{QCoreApplication::translate("FormDocument", "the printer did not finish")};
    return {};
}

Status FormDocument::writePdf(const QString& file) const
{
    return printing::writePdf(file, [this](QPagedPaintDevice& device) { return paint(device); });
}

} // namespace madoguchi::ui
