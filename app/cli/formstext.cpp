#include "formstext.h"

#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace madoguchi::cli {
namespace {

QString shown(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("✓") : QStringLiteral("✗");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << shown(v);
        return parts.join(QStringLiteral(", "));
    }
    return value.toString();
}

QString provenanceText(const QString& provenance)
{
    if (provenance == u"register")
        return QCoreApplication::translate("FormsText", "register");
    if (provenance == u"event_answer")
        return QCoreApplication::translate("FormsText", "event answer");
    if (provenance == u"clerk_entry")
        return QCoreApplication::translate("FormsText", "clerk");
    if (provenance == u"default")
        return QCoreApplication::translate("FormsText", "default");
    if (provenance == u"evidence")
        return QCoreApplication::translate("FormsText", "certificate");
    return QCoreApplication::translate("FormsText", "to ask");
}

} // namespace

void printForms(Output& out, const QJsonObject& forms)
{
    const QJsonArray list = forms.value(QLatin1String("forms")).toArray();
    out.line(QCoreApplication::translate("FormsText", "Forms (%1):").arg(list.size()));
    for (const QJsonValue& form : list) {
        const QString member = form[QLatin1String("member")].toString();
        out.line(
            QStringLiteral("  %1 %2%3 — %4")
                .arg(form[QLatin1String("procedure")].toString(),
                    form[QLatin1String("name")].toString(),
                    member.isEmpty() ? QString() : QStringLiteral(" (") + member + QLatin1Char(')'),
                    form[QLatin1String("complete")].toBool()
                        ? QCoreApplication::translate("FormsText", "complete")
                        : QCoreApplication::translate("FormsText", "incomplete")));
        for (const QJsonValue& field : form[QLatin1String("fields")].toArray()) {
            if (!field[QLatin1String("visible")].toBool())
                continue;
            QString line = QStringLiteral("      %1: %2 [%3]")
                               .arg(field[QLatin1String("label")].toString(),
                                   shown(field[QLatin1String("value")]),
                                   provenanceText(field[QLatin1String("provenance")].toString()));
            if (field[QLatin1String("missing")].toBool())
                line
                    += QStringLiteral(" ") + QCoreApplication::translate("FormsText", "(required)");
            if (!field[QLatin1String("message")].isNull())
                line += QStringLiteral(" ") + field[QLatin1String("message")].toString();
            out.line(line);
        }
    }
    const QJsonArray questions = forms.value(QLatin1String("interview")).toArray();
    out.line(QCoreApplication::translate("FormsText", "Interview (%1):").arg(questions.size()));
    for (const QJsonValue& q : questions) {
        const QString who = q[QLatin1String("member_name")].toString();
        const int fills = int(q[QLatin1String("fills")].toArray().size());
        out.line(
            QStringLiteral("  %1%2%3 — %4")
                .arg(q[QLatin1String("label")].toString(),
                    who.isEmpty() ? QString() : QStringLiteral(" (") + who + QLatin1Char(')'),
                    q[QLatin1String("required")].toBool() ? QStringLiteral(" *") : QString(),
                    QCoreApplication::translate("FormsText", "fills %n field(s)", nullptr, fills)));
    }
    for (const QJsonValue& p : forms.value(QLatin1String("problems")).toArray())
        out.line(QCoreApplication::translate("FormsText", "  refused: %1")
                     .arg(p[QLatin1String("message")].toString()));
}

} // namespace madoguchi::cli
