#include "slipdocument.h"

#include "printlayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QPagedPaintDevice>
#include <QPainter>

namespace madoguchi::ui {

namespace {

// The printed labels in both languages. The slip is in the resident's
// language (PrintHeader::language) whatever the desk's interface language
// and whichever translator is loaded, so these do not go through
// QCoreApplication::translate(); only the errors, which the clerk reads, are
// translated.
enum class Word {
    Title,
    Reference,
    Resident,
    AtenaNo,
    Event,
    Received,
    Office,
    Applications,
    Registered,
    OnItsWay,
    Refused,
    Cancelled,
    Deadline,
    Bring,
    Next,
    Nothing,
    BringBy,
    DataUsed,
    UsedFor,
    Consented,
    NotConsented,
    SentTo,
    FromRegister,
};

QString say(Word word, const QString& language)
{
    struct Pair {
        const char* ja;
        const char* en;
    };
    static const Pair words[] = {
        {"受付案内票", "Receipt and guidance"},
        {"受付番号", "Reference"},
        {"お名前", "Resident"},
        {"宛名番号", "Resident number"},
        {"届出", "Notification"},
        {"受付日時", "Received on"},
        {"窓口", "Counter"},
        {"お手続きの状況", "Your applications"},
        {"登録済み（受理番号 %1）", "Registered (receipt %1)"},
        {"受付済み・担当課で手続き中です", "Received and on its way to the department"},
        {"受付できませんでした。窓口でご相談ください", "Refused: please ask at the counter"},
        {"取り消されました", "Cancelled"},
        {"期限：", "Deadline: "},
        {"お持ちいただくもの：", "Still to bring: "},
        {"次の窓口", "Where to go next"},
        {"（お手続きはありません）", "(no applications)"},
        {"（%1までに）", " (by %1)"},
        {"ご提供いただいた情報の利用", "How the information you provided was used"},
        {"使用した項目：%1", "Used for: %1"},
        {"ご本人の同意：あり", "Your consent: given"},
        {"ご本人の同意：なし（使用していません）", "Your consent: not given (not used)"},
        {"各担当課へ送付した内容", "What was sent to each department"},
        {"住民記録などから記入した項目を含みます", "Includes items filled from the register"},
    };
    const Pair& pair = words[static_cast<int>(word)];
    return QString::fromUtf8(language == QLatin1String("en") ? pair.en : pair.ja);
}

// A text of the slip: a string as it is, {"ja", "en"} in the language (else
// Japanese), a list one per line.
QString localized(const QJsonValue& value, const QString& language)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QString text = o.value(language).toString();
        return text.isEmpty() ? o.value(QLatin1String("ja")).toString() : text;
    }
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue& v : value.toArray())
            lines << localized(v, language);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

struct Line {
    QFont font;
    QString text;
    double indentMm = 0;
    bool grey = false;
};

class SlipPainter {
public:
    SlipPainter(printing::PageFlow& flow, const QString& language)
        : m_flow(flow)
        , m_language(language)
    { }

    // Lines that stay together on one page (a new page when they do not fit).
    Status block(const QList<Line>& lines, double gapMm = 2)
    {
        const QRectF body = m_flow.body();
        double total = 0;
        QList<double> heights;
        for (const Line& l : lines) {
            heights << m_flow.height(l.font, l.text, body.width() - m_flow.mm(l.indentMm));
            total += heights.constLast();
        }
        if (total > m_flow.remaining() && m_flow.y() > body.top()) {
            if (!m_flow.newPage())
                return Error{QCoreApplication::translate(
                    "SlipDocument", "the printer did not start a new page")};
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line& l = lines.at(i);
            const double indent = m_flow.mm(l.indentMm);
            m_flow.text(
                QRectF(body.left() + indent, m_flow.y(), body.width() - indent, heights.at(i)),
                l.font, l.text, Qt::AlignLeft, l.grey);
            m_flow.advance(heights.at(i));
        }
        m_flow.advance(m_flow.mm(gapMm));
        return {};
    }

    // Label | value rows, the labels in a column of their own.
    Status table(const QList<std::pair<QString, QString>>& rows, const QFont& font)
    {
        const QRectF body = m_flow.body();
        double labelWidth = m_flow.mm(22);
        for (const auto& [label, value] : rows)
            labelWidth = std::max(labelWidth, m_flow.width(font, label) + m_flow.mm(4));
        for (const auto& [label, value] : rows) {
            const double h = std::max(m_flow.height(font, label, labelWidth),
                m_flow.height(font, value, body.width() - labelWidth));
            if (h > m_flow.remaining() && !m_flow.newPage())
                return Error{QCoreApplication::translate(
                    "SlipDocument", "the printer did not start a new page")};
            m_flow.text(
                QRectF(body.left(), m_flow.y(), labelWidth, h), font, label, Qt::AlignLeft, true);
            m_flow.text(QRectF(body.left() + labelWidth, m_flow.y(), body.width() - labelWidth, h),
                font, value);
            m_flow.advance(h + m_flow.mm(0.5));
        }
        return {};
    }

    void rule()
    {
        const QRectF body = m_flow.body();
        m_flow.line(body.left(), m_flow.y(), body.right(), m_flow.y(), 0.2);
        m_flow.advance(m_flow.mm(2));
    }

    Status paint(const QJsonObject& slip, const PrintHeader& header)
    {
        const QFont normal = printing::font(10.5);
        const QFont bold = printing::font(10.5, true);
        if (Status s = block({{printing::font(18, true), say(Word::Title, m_language)}}, 4); !s)
            return s;
        QList<std::pair<QString, QString>> info;
        const auto add = [&](Word label, const QString& value) {
            if (!value.isEmpty())
                info.append({say(label, m_language), value});
        };
        add(Word::Reference, header.visitRef);
        add(Word::Resident, localized(slip.value(QLatin1String("resident")), m_language));
        add(Word::AtenaNo, slip.value(QLatin1String("atena_no")).toString());
        QString event = localized(slip.value(QLatin1String("event_name")), m_language);
        if (event.isEmpty())
            event = slip.value(QLatin1String("event")).toString();
        const QString eventDate = slip.value(QLatin1String("event_date")).toString();
        if (!eventDate.isEmpty())
            event += QStringLiteral("　") + printing::date(eventDate, m_language);
        add(Word::Event, event);
        // submitted_at is UTC: the resident's day is the local one.
        const QDateTime submitted = QDateTime::fromString(
            slip.value(QLatin1String("submitted_at")).toString(), Qt::ISODateWithMs);
        const QDate receivedOn
            = submitted.isValid() ? submitted.toLocalTime().date() : header.printedOn;
        if (receivedOn.isValid())
            add(Word::Received, printing::date(receivedOn.toString(Qt::ISODate), m_language));
        QString office = slip.value(QLatin1String("office")).toString();
        if (office.isEmpty())
            office = header.office;
        add(Word::Office, office);
        if (Status s = table(info, normal); !s)
            return s;
        m_flow.advance(m_flow.mm(4));

        if (Status s = block({{printing::font(13, true), say(Word::Applications, m_language)}}, 1);
            !s)
            return s;
        rule();
        const QJsonArray items = slip.value(QLatin1String("items")).toArray();
        if (items.isEmpty()) {
            if (Status s = block({{normal, say(Word::Nothing, m_language)}}); !s)
                return s;
        }
        for (const QJsonValue& v : items) {
            if (Status s = application(v.toObject(), normal, bold); !s)
                return s;
            rule();
        }
        if (Status s = transparency(slip, normal, bold); !s)
            return s;
        const QString next = localized(slip.value(QLatin1String("next")), m_language);
        if (!next.isEmpty()) {
            m_flow.advance(m_flow.mm(2));
            if (Status s = block(
                    {{printing::font(13, true), say(Word::Next, m_language)}, {normal, next, 4}});
                !s)
                return s;
        }
        return {};
    }

private:
    Status application(const QJsonObject& item, const QFont& normal, const QFont& bold)
    {
        QString name = localized(item.value(QLatin1String("procedure_name")), m_language);
        if (name.isEmpty())
            name = item.value(QLatin1String("procedure")).toString();
        QString who = localized(item.value(QLatin1String("member_name")), m_language);
        if (who.isEmpty())
            who = item.value(QLatin1String("member_atena_no")).toString();
        if (!who.isEmpty())
            name += QStringLiteral("（") + who + QStringLiteral("）");
        QList<Line> lines{{bold, name}};

        const QString state = item.value(QLatin1String("state")).toString();
        QString status;
        if (item.value(QLatin1String("status")).toString() == QLatin1String("registered"))
            status = say(Word::Registered, m_language)
                         .arg(item.value(QLatin1String("receipt")).toString());
        else if (state == QLatin1String("rejected"))
            status = say(Word::Refused, m_language);
        else if (state == QLatin1String("cancelled"))
            status = say(Word::Cancelled, m_language);
        else
            status = say(Word::OnItsWay, m_language);
        lines << Line{normal, status, 4};

        const QString deadline = item.value(QLatin1String("deadline")).toString();
        if (!deadline.isEmpty())
            lines << Line{
                normal, say(Word::Deadline, m_language) + printing::date(deadline, m_language), 4};
        // Still to bring: what the clerk recorded as missing or not yet seen
        // (docs/visits.md, "Documents, evidence and consent").
        const QJsonArray documents = item.contains(QLatin1String("to_bring"))
            ? item.value(QLatin1String("to_bring")).toArray()
            : item.value(QLatin1String("documents")).toArray();
        if (!documents.isEmpty()) {
            lines << Line{normal, say(Word::Bring, m_language), 4};
            for (const QJsonValue& d : documents) {
                QString text = QStringLiteral("・") + localized(d, m_language);
                const QString by = d.toObject().value(QLatin1String("bring_by")).toString();
                if (!by.isEmpty())
                    text += say(Word::BringBy, m_language).arg(printing::date(by, m_language));
                lines << Line{normal, text, 8};
            }
        }
        return block(lines, 1);
    }

public:
    // Which information from outside the register was used and where each
    // application went, with the labels of what it carried (never the
    // values: the slip goes home with the resident).
    Status transparency(const QJsonObject& slip, const QFont& normal, const QFont& bold)
    {
        const QJsonArray used = slip.value(QLatin1String("data_used")).toArray();
        const QJsonArray consents = slip.value(QLatin1String("consents")).toArray();
        if (!used.isEmpty() || !consents.isEmpty()) {
            m_flow.advance(m_flow.mm(2));
            if (Status s = block({{printing::font(13, true), say(Word::DataUsed, m_language)}}, 1);
                !s)
                return s;
            rule();
            QList<Line> lines;
            for (const QJsonValue& v : used) {
                const QJsonObject u = v.toObject();
                lines << Line{bold, localized(u.value(QLatin1String("names")), m_language)};
                const QString labels = localized(u.value(QLatin1String("labels")), m_language);
                if (!labels.isEmpty())
                    lines << Line{normal, say(Word::UsedFor, m_language).arg(labels), 4};
            }
            for (const QJsonValue& v : consents) {
                const QJsonObject c = v.toObject();
                const bool granted = c.value(QLatin1String("granted")).toBool();
                lines << Line{normal,
                    localized(c.value(QLatin1String("source_names")), m_language)
                        + QStringLiteral("：")
                        + say(granted ? Word::Consented : Word::NotConsented, m_language),
                    4};
            }
            if (Status s = block(lines, 1); !s)
                return s;
        }
        const QJsonArray sent = slip.value(QLatin1String("sent_to")).toArray();
        if (sent.isEmpty())
            return {};
        m_flow.advance(m_flow.mm(2));
        if (Status s = block({{printing::font(13, true), say(Word::SentTo, m_language)},
                {normal, say(Word::FromRegister, m_language), 0, true}},
                1);
            !s)
            return s;
        rule();
        for (const QJsonValue& v : sent) {
            const QJsonObject system = v.toObject();
            QString name = localized(system.value(QLatin1String("system_name")), m_language);
            if (name.isEmpty())
                name = system.value(QLatin1String("system")).toString();
            QStringList labels;
            for (const QJsonValue& f : system.value(QLatin1String("fields")).toArray()) {
                const QString label = localized(f.toObject().value(QLatin1String("label")), m_language);
                if (!label.isEmpty() && !labels.contains(label))
                    labels << label;
            }
            if (Status s = block({{bold, name}, {normal, labels.join(QStringLiteral("、")), 4}}, 1);
                !s)
                return s;
        }
        return {};
    }
private:

    printing::PageFlow& m_flow;
    QString m_language;
};

} // namespace

SlipDocument::SlipDocument(QJsonObject slip, PrintHeader header)
    : m_slip(std::move(slip))
    , m_header(std::move(header))
{
    if (m_header.visitRef.isEmpty())
        m_header.visitRef = m_slip.value(QLatin1String("visit")).toString();
}

Status SlipDocument::paint(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (Status begun = printing::begin(device, painter); !begun)
        return begun;
    // First measure (count the pages), then paint with "page n / m".
    int pages = 0;
    for (const bool painting : {false, true}) {
        printing::PageFlow flow(painter, device, m_header, painting, pages);
        SlipPainter slip(flow, m_header.language);
        if (Status s = slip.paint(m_slip, m_header); !s) {
            painter.end();
            return s;
        }
        pages = flow.pages();
    }
    if (!painter.end())
        return Error{QCoreApplication::translate("SlipDocument", "the printer did not finish")};
    return {};
}

Status SlipDocument::writePdf(const QString& file) const
{
    return printing::writePdf(file, [this](QPagedPaintDevice& device) { return paint(device); });
}

} // namespace madoguchi::ui
