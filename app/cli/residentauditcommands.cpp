#include "residentauditcommands.h"

#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "security/auditlog.h"
#include "security/residentaccess.h"
#include "storage/database.h"
#include "text/checkdigits.h"
#include "text/japanesedate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <optional>
#include <tuple>

namespace madoguchi::cli {
namespace {

// An ISO 8601 time, or a day in any form `text date` reads (2026-04-01,
// R8.4.1, 令和8年4月1日), in Japan time; `endOfDay` turns a day into the
// start of the next one (an inclusive --to).
std::optional<QDateTime> parseTime(const QString& text, bool endOfDay)
{
    if (text.contains(QLatin1Char('T'))) {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            return std::nullopt;
        if (at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), security::japanTime());
        return at;
    }
    const auto date = text::parseJapaneseDate(text);
    if (!date || !date->isExact())
        return std::nullopt;
    const QDate day = *date->exactDate();
    return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), security::japanTime());
}

QString japanTime(const QDateTime& at)
{
    return at.toTimeZone(security::japanTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString japanTime(const QString& iso)
{
    return japanTime(QDateTime::fromString(iso, Qt::ISODateWithMs));
}

// What an audit action means to someone reading a resident's letter.
QString actionText(const QString& action)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("search"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "found the record in a search")},
        {QStringLiteral("profile-view"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "opened the record")},
        {QStringLiteral("reveal"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "displayed the 個人番号")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("ResidentAuditCommands", "printed")},
        {QStringLiteral("submission"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "submitted applications")},
        {QStringLiteral("approval"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "decided a request")},
        {QStringLiteral("unlock"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "lifted a 支援措置 block for a while")},
        {QStringLiteral("certificate-verify"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "verified a certificate")},
        {QStringLiteral("audit-read"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "read this access record")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("ResidentAuditCommands", "exported")},
        {QStringLiteral("delivery"),
            QT_TRANSLATE_NOOP("ResidentAuditCommands", "retried or stopped a delivery")}};
    const auto it = words.constFind(action);
    return it == words.constEnd()
        ? action
        : QCoreApplication::translate("ResidentAuditCommands", it.value());
}

QString outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String(security::AuditOutcome::Denied))
        return QCoreApplication::translate("ResidentAuditCommands", "refused");
    if (outcome == QLatin1String(security::AuditOutcome::Failed))
        return QCoreApplication::translate("ResidentAuditCommands", "failed");
    return {};
}

QString deliveryText(const security::ResidentApplication& a)
{
    if (a.state == QLatin1String("delivered"))
        return QCoreApplication::translate("ResidentAuditCommands", "registered as %1")
            .arg(a.receipt);
    if (a.state == QLatin1String("rejected"))
        return QCoreApplication::translate("ResidentAuditCommands", "refused by the system");
    if (a.state == QLatin1String("cancelled"))
        return QCoreApplication::translate("ResidentAuditCommands", "cancelled, not sent");
    if (a.state == QLatin1String("handled"))
        return QCoreApplication::translate("ResidentAuditCommands", "handled by hand");
    if (a.state == QLatin1String("held"))
        return QCoreApplication::translate(
            "ResidentAuditCommands", "held for a supervisor's review");
    return QCoreApplication::translate("ResidentAuditCommands", "on its way (%1)")
        .arg(a.state.isEmpty() ? QStringLiteral("-") : a.state);
}

void printAccesses(const security::ResidentAccessReport& report, Output& out)
{
    out.line(QString());
    // %n: the translation gives each language its plural forms.
    out.line(QCoreApplication::translate("ResidentAuditCommands",
        "Who looked at your data: %n entries", nullptr, int(report.accesses.size())));
    if (report.accesses.isEmpty())
        out.line(QCoreApplication::translate("ResidentAuditCommands", "  nobody in this period"));
    for (const security::AuditEntry& e : report.accesses) {
        QString line = QStringLiteral("  %1  %2 (%3, %4, %5)  %6 [%7]")
                           .arg(japanTime(e.at), e.operatorId, e.role,
                               e.office.isEmpty() ? QStringLiteral("-") : e.office,
                               e.terminal.isEmpty() ? QStringLiteral("-") : e.terminal,
                               actionText(e.action), e.action);
        if (const QString outcome = outcomeText(e.outcome); !outcome.isEmpty())
            line += QStringLiteral(" — ") + outcome;
        out.line(line);
        if (!e.purpose.isEmpty())
            out.line(QCoreApplication::translate("ResidentAuditCommands", "      purpose: %1")
                         .arg(e.purpose));
        if (!e.detail.isEmpty())
            out.line(QCoreApplication::translate("ResidentAuditCommands", "      detail: %1")
                         .arg(e.detail));
    }
}

void printVisit(const security::ResidentVisit& v, Output& out)
{
    out.line(
        QCoreApplication::translate(
            "ResidentAuditCommands", "  Visit %1, %2: %3 of %4, at %5 by %6")
            .arg(v.ref, japanTime(v.submittedAt), v.eventType, v.eventDate, v.office, v.staff));
    out.line(v.atCounter ? QCoreApplication::translate(
                 "ResidentAuditCommands", "    you were the resident at the counter")
                         : QCoreApplication::translate("ResidentAuditCommands",
                             "    a visit of your household (宛名番号 %1 at the counter)")
                               .arg(v.atenaNo));
    for (const security::ResidentApplication& a : v.applications) {
        QString name = a.procedureId;
        if (!a.member.isEmpty())
            name += a.aboutResident
                ? QCoreApplication::translate("ResidentAuditCommands", " (%1, about you)")
                      .arg(a.member)
                : QStringLiteral(" (%1)").arg(a.member);
        out.line(QStringLiteral("    %1 → %2: %3").arg(name, a.system, deliveryText(a)));
        if (!a.fields.isEmpty())
            out.line(QCoreApplication::translate("ResidentAuditCommands", "      sent: %1")
                         .arg(a.fields.join(QStringLiteral("、"))));
    }
    for (const visit::EvidenceRecord& e : v.evidence)
        out.line(QCoreApplication::translate(
            "ResidentAuditCommands", "    data from outside the register: %1, filled %2")
                     .arg(e.names.ja, e.fields.join(QStringLiteral(", "))));
    for (const visit::ConsentRecord& c : v.consents)
        out.line(
            QCoreApplication::translate("ResidentAuditCommands",
                "    consent to use %1: %2, for %3 → %4 (recorded by %5, %6)")
                .arg(c.sourceNames.ja,
                    c.granted ? QCoreApplication::translate("ResidentAuditCommands", "given")
                              : QCoreApplication::translate("ResidentAuditCommands", "refused"),
                    c.purpose, c.systems.join(QStringLiteral(", ")), c.staff, japanTime(c.at)));
}

class AuditResidentCommand final : public Command {
public:
    QStringList path() const override
    {
        return {QStringLiteral("audit"), QStringLiteral("resident")};
    }

    QString summary() const override
    {
        return QCoreApplication::translate("ResidentAuditCommands",
            "Who looked at a resident's data and where it went (supervisor, auditor)");
    }

    void configure(QCommandLineParser& parser) const override
    {
        parser.addOption(databaseOption());
        parser.addOption(staffOption());
        parser.addOption({QStringLiteral("from"),
            QCoreApplication::translate("ResidentAuditCommands",
                "From this day (Japan time; 2026-04-01, R8.4.1) or ISO 8601 time, inclusive."),
            QCoreApplication::translate("ResidentAuditCommands", "DATE")});
        parser.addOption({QStringLiteral("to"),
            QCoreApplication::translate("ResidentAuditCommands",
                "Up to this day (inclusive) or ISO 8601 time (exclusive)."),
            QCoreApplication::translate("ResidentAuditCommands", "DATE")});
        parser.addPositionalArgument(QStringLiteral("ATENA_NO"),
            QCoreApplication::translate("ResidentAuditCommands", "The resident's 宛名番号."));
    }

    int run(const QCommandLineParser& parser, Output& out) override
    {
        if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().size() != 1) {
            out.error(QCoreApplication::translate("ResidentAuditCommands",
                "usage: audit resident --db LOCATION ATENA_NO [--from DATE] [--to DATE]"));
            return ExitUsage;
        }
        const Result<QString> atena
            = text::validateAtenaNumber(parser.positionalArguments().constFirst());
        if (!atena) {
            out.error(QStringLiteral("ATENA_NO: ") + atena.error().message);
            return ExitUsage;
        }
        security::AccessPeriod period;
        for (const auto& [name, endOfDay, target] :
            {std::tuple{QStringLiteral("from"), false, &period.from},
                std::tuple{QStringLiteral("to"), true, &period.to}}) {
            if (!parser.isSet(name))
                continue;
            const auto at = parseTime(parser.value(name), endOfDay);
            if (!at) {
                out.error(QCoreApplication::translate("ResidentAuditCommands",
                    "--%1 must be a day (2026-04-01, R8.4.1) or an ISO 8601 time, "
                    "not \"%2\"")
                              .arg(name, parser.value(name)));
                return ExitUsage;
            }
            *target = *at;
        }
        if (period.from.isValid() && period.to.isValid() && period.to <= period.from) {
            out.error(
                QCoreApplication::translate("ResidentAuditCommands", "--to must be after --from"));
            return ExitUsage;
        }
        auto db = storage::Database::open(parser.value(QStringLiteral("db")), {.create = false});
        if (!db) {
            out.error(db.error().message);
            return ExitFailure;
        }
        auto command = CommandAccess::start(parser, *db.value(), out);
        if (!command)
            return ExitFailure;
        auto report
            = security::residentAccess(*db.value(), command->control(), atena.value(), period);
        if (!report) {
            out.error(report.error().message);
            return ExitFailure;
        }
        out.result(security::residentAccessJson(report.value()));
        const security::ResidentAccessReport& r = report.value();
        out.line(QCoreApplication::translate(
            "ResidentAuditCommands", "Use of the data of %1 (%2), 宛名番号 %3")
                     .arg(r.nameKanji, r.nameKana, r.atenaNo));
        out.line(r.period.from.isValid() || r.period.to.isValid()
                ? QCoreApplication::translate(
                    "ResidentAuditCommands", "Period: %1 to %2 (Japan time)")
                      .arg(r.period.from.isValid()
                              ? japanTime(r.period.from)
                              : QCoreApplication::translate("ResidentAuditCommands", "the start"),
                          r.period.to.isValid()
                              ? japanTime(r.period.to)
                              : QCoreApplication::translate("ResidentAuditCommands", "now"))
                : QCoreApplication::translate(
                    "ResidentAuditCommands", "Period: everything recorded"));
        printAccesses(r, out);
        out.line(QString());
        out.line(QCoreApplication::translate("ResidentAuditCommands",
            "Where your data went: %n visits", nullptr, int(r.visits.size())));
        if (r.visits.isEmpty())
            out.line(QCoreApplication::translate(
                "ResidentAuditCommands", "  no visit in this period used your data"));
        for (const security::ResidentVisit& v : r.visits)
            printVisit(v, out);
        return ExitOk;
    }
};

} // namespace

void appendResidentAuditCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<AuditResidentCommand>());
}

} // namespace madoguchi::cli
