#include "approvalcommands.h"

#include "approval/approvals.h"
#include "approval/reconciletext.h"
#include "clisession.h"
#include "databaseoption.h"
#include "output.h"
#include "registry/registeraccess.h"
#include "storage/database.h"
#include "text/checkdigits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi::cli {
namespace {

using approval::ApprovalKind;
using approval::ApprovalRequest;
using approval::ApprovalState;

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject requestJson(const ApprovalRequest& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
        {QStringLiteral("kind"), approval::approvalKindName(r.kind)},
        {QStringLiteral("state"), approval::approvalStateName(r.state)},
        {QStringLiteral("requested_at"), timeJson(r.requestedAt)},
        {QStringLiteral("requested_by"), r.requestedBy}, {QStringLiteral("atena_no"), r.atenaNo},
        {QStringLiteral("visit_ref"), textJson(r.visitRef)}, {QStringLiteral("details"), r.details},
        {QStringLiteral("reason"), r.reason}, {QStringLiteral("decided_at"), timeJson(r.decidedAt)},
        {QStringLiteral("decided_by"), textJson(r.decidedBy)},
        {QStringLiteral("comment"), textJson(r.comment)}};
}

QString shown(const QJsonValue& value)
{
    return value.isNull() ? QStringLiteral("—") : value.toString();
}

// What a request asks, in one line of the list.
QString whatIsAsked(const ApprovalRequest& r)
{
    const QJsonObject& d = r.details;
    switch (r.kind) {
    case ApprovalKind::ChecklistOverride:
        return QStringLiteral("%1 %2 %3")
            .arg(r.visitRef, d[QStringLiteral("title")].toString(),
                d[QStringLiteral("decision")].toString());
    case ApprovalKind::SupportUnlock:
        return QCoreApplication::translate("ApprovalCommands", "%1 for %2 min")
            .arg(d[QStringLiteral("scope")].toString())
            .arg(d[QStringLiteral("minutes")].toInt());
    case ApprovalKind::Reconcile:
        return approval::reconcileLines(r.visitRef, d).join(QStringLiteral(" | "));
    case ApprovalKind::RegisterCorrection:
        break;
    }
    QStringList parts;
    const QJsonObject changes = d[QStringLiteral("changes")].toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(it.key(), shown(it.value()[QStringLiteral("from")]),
                         shown(it.value()[QStringLiteral("to")]));
    return parts.join(QStringLiteral("; "));
}

// The shared part: --db and --as, the required options, opening the
// register, logging in, printing errors.
class ApprovalCommand : public Command {
public:
    void configure(QCommandLineParser& parser) const override
    {
        parser.addOption(databaseOption());
        parser.addOption(staffOption());
        addOptions(parser);
    }

    int run(const QCommandLineParser& parser, Output& out) override
    {
        for (const QString& required : requiredOptions())
            if (!parser.isSet(required)) {
                out.error(QCoreApplication::translate("ApprovalCommands", "--%1 is required")
                              .arg(required));
                return ExitUsage;
            }
        if (int checked = checkArguments(parser, out); checked != ExitOk)
            return checked;
        auto db = storage::Database::open(
            parser.value(QStringLiteral("db")), {.create = false, .migrate = true});
        if (!db) {
            out.error(db.error().message);
            return ExitFailure;
        }
        auto command = CommandAccess::start(parser, *db.value(), out);
        if (!command)
            return ExitFailure;
        approval::Approvals approvals(*db.value(), command->control());
        return runWith(parser, approvals, out);
    }

protected:
    virtual void addOptions(QCommandLineParser&) const { }
    virtual QStringList requiredOptions() const
    {
        return {QStringLiteral("db"), QStringLiteral("as")};
    }
    // Usage checks before the database is opened; ExitOk to go on.
    virtual int checkArguments(const QCommandLineParser&, Output&) { return ExitOk; }
    virtual int runWith(
        const QCommandLineParser& parser, approval::Approvals& approvals, Output& out)
        = 0;

    static int usage(Output& out, const QString& message)
    {
        out.error(message);
        return ExitUsage;
    }

    // A request made or decided: its JSON, and one line.
    static int done(Output& out, const Result<ApprovalRequest>& result, const QString& line)
    {
        if (!result) {
            out.error(result.error().message);
            return ExitFailure;
        }
        out.result(requestJson(result.value()));
        out.line(line.arg(result->id));
        return ExitOk;
    }

    static void addResidentOptions(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("resident"),
            QCoreApplication::translate("ApprovalCommands", "The resident's 宛名番号."),
            QCoreApplication::translate("ApprovalCommands", "ATENA_NO")});
        parser.addOption({QStringLiteral("reason"),
            QCoreApplication::translate(
                "ApprovalCommands", "Why; the supervisor reads it, the audit log keeps it."),
            QCoreApplication::translate("ApprovalCommands", "TEXT")});
    }

    // --resident, checked for its check digit.
    static std::optional<QString> resident(const QCommandLineParser& parser, Output& out)
    {
        const Result<QString> atena
            = text::validateAtenaNumber(parser.value(QStringLiteral("resident")));
        if (!atena) {
            out.error(QStringLiteral("--resident: ") + atena.error().message);
            return std::nullopt;
        }
        return atena.value();
    }
};

class ApprovalListCommand final : public ApprovalCommand {
public:
    QStringList path() const override
    {
        return {QStringLiteral("approval"), QStringLiteral("list")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "ApprovalCommands", "List the approval requests, newest first (supervisors)");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("state"),
            QCoreApplication::translate(
                "ApprovalCommands", "Only requests in this state: pending, approved or denied."),
            QCoreApplication::translate("ApprovalCommands", "STATE")});
        parser.addOption({QStringLiteral("kind"),
            QCoreApplication::translate("ApprovalCommands",
                "Only requests of this kind: override, unlock, correction or reconcile."),
            QCoreApplication::translate("ApprovalCommands", "KIND")});
    }
    QStringList requiredOptions() const override { return {QStringLiteral("db")}; }

    int checkArguments(const QCommandLineParser& parser, Output& out) override
    {
        if (parser.isSet(QStringLiteral("state"))) {
            m_filter.state = approval::approvalStateFromName(parser.value(QStringLiteral("state")));
            if (!m_filter.state)
                return usage(out,
                    QCoreApplication::translate(
                        "ApprovalCommands", "--state must be pending, approved or denied, not '%1'")
                        .arg(parser.value(QStringLiteral("state"))));
        }
        if (parser.isSet(QStringLiteral("kind"))) {
            m_filter.kind = approval::approvalKindFromName(parser.value(QStringLiteral("kind")));
            if (!m_filter.kind)
                return usage(out,
                    QCoreApplication::translate("ApprovalCommands",
                        "--kind must be override, unlock, correction or reconcile, not '%1'")
                        .arg(parser.value(QStringLiteral("kind"))));
        }
        return ExitOk;
    }

    int runWith(const QCommandLineParser&, approval::Approvals& approvals, Output& out) override
    {
        auto list = approvals.list(m_filter);
        if (!list) {
            out.error(list.error().message);
            return ExitFailure;
        }
        QJsonArray array;
        for (const ApprovalRequest& r : list.value()) {
            array.append(requestJson(r));
            out.line(QStringLiteral("#%1  %2  %3  %4  %5  %6  %7")
                         .arg(r.id)
                         .arg(approval::approvalKindName(r.kind),
                             approval::approvalStateName(r.state), r.atenaNo, r.requestedBy,
                             r.requestedAt.toLocalTime().toString(Qt::ISODate), whatIsAsked(r)));
        }
        out.result(array);
        if (list->isEmpty())
            out.line(QCoreApplication::translate("ApprovalCommands", "No request."));
        return ExitOk;
    }

private:
    approval::ApprovalFilter m_filter;
};

class RequestUnlockCommand final : public ApprovalCommand {
public:
    QStringList path() const override
    {
        return {QStringLiteral("approval"), QStringLiteral("request-unlock")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate("ApprovalCommands",
            "Ask a supervisor to lift a support measure's block for one resident for a while");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        addResidentOptions(parser);
        parser.addOption({QStringLiteral("scope"),
            QCoreApplication::translate(
                "ApprovalCommands", "What to allow: address (showing it), print or copies."),
            QCoreApplication::translate("ApprovalCommands", "SCOPE")});
        parser.addOption({QStringLiteral("minutes"),
            QCoreApplication::translate(
                "ApprovalCommands", "How long from the approval, 1 to %1 (default %2).")
                .arg(registry::kMaxUnlockMinutes)
                .arg(registry::kDefaultUnlockMinutes),
            QCoreApplication::translate("ApprovalCommands", "N"),
            QString::number(registry::kDefaultUnlockMinutes)});
    }
    QStringList requiredOptions() const override
    {
        return {QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("resident"),
            QStringLiteral("scope"), QStringLiteral("reason")};
    }

    int runWith(
        const QCommandLineParser& parser, approval::Approvals& approvals, Output& out) override
    {
        const std::optional<QString> atena = resident(parser, out);
        if (!atena)
            return ExitUsage;
        bool ok = false;
        const int minutes = parser.value(QStringLiteral("minutes")).toInt(&ok);
        if (!ok)
            return usage(out,
                QCoreApplication::translate(
                    "ApprovalCommands", "--minutes must be a whole number from 1 to %1, not '%2'")
                    .arg(registry::kMaxUnlockMinutes)
                    .arg(parser.value(QStringLiteral("minutes"))));
        return done(out,
            approvals.requestUnlock(*atena, parser.value(QStringLiteral("scope")), minutes,
                parser.value(QStringLiteral("reason"))),
            QCoreApplication::translate(
                "ApprovalCommands", "Request #%1 waits for a supervisor's approval."));
    }
};

class RequestCorrectionCommand final : public ApprovalCommand {
public:
    QStringList path() const override
    {
        return {QStringLiteral("approval"), QStringLiteral("request-correction")};
    }
    QString summary() const override
    {
        return QCoreApplication::translate("ApprovalCommands",
            "Request a correction of a resident's register record (仮登録; a supervisor approves)");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        addResidentOptions(parser);
        parser.addOption({QStringLiteral("set"),
            QCoreApplication::translate(
                "ApprovalCommands", "A field and its corrected value (repeatable); fields: %1.")
                .arg(approval::Approvals::correctableFields().join(QStringLiteral(", "))),
            QCoreApplication::translate("ApprovalCommands", "FIELD=VALUE")});
    }
    QStringList requiredOptions() const override
    {
        return {QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("resident"),
            QStringLiteral("set"), QStringLiteral("reason")};
    }

    int checkArguments(const QCommandLineParser& parser, Output& out) override
    {
        for (const QString& set : parser.values(QStringLiteral("set"))) {
            const qsizetype eq = set.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usage(out,
                    QCoreApplication::translate(
                        "ApprovalCommands", "--set takes FIELD=VALUE, not '%1'")
                        .arg(set));
            const QString field = set.left(eq).trimmed();
            if (m_changes.contains(field))
                return usage(out,
                    QCoreApplication::translate("ApprovalCommands", "--set names %1 twice")
                        .arg(field));
            m_changes.insert(field, set.mid(eq + 1));
        }
        return ExitOk;
    }

    int runWith(
        const QCommandLineParser& parser, approval::Approvals& approvals, Output& out) override
    {
        const std::optional<QString> atena = resident(parser, out);
        if (!atena)
            return ExitUsage;
        return done(out,
            approvals.requestCorrection(*atena, m_changes, parser.value(QStringLiteral("reason"))),
            QCoreApplication::translate("ApprovalCommands",
                "Correction #%1 is registered provisionally (仮登録); the register changes when "
                "a supervisor approves it."));
    }

private:
    QMap<QString, QString> m_changes;
};

class DecisionCommand final : public ApprovalCommand {
public:
    explicit DecisionCommand(ApprovalState decision)
        : m_decision(decision)
    { }
    QStringList path() const override
    {
        return {QStringLiteral("approval"),
            m_decision == ApprovalState::Approved ? QStringLiteral("approve")
                                                  : QStringLiteral("deny")};
    }
    QString summary() const override
    {
        return m_decision == ApprovalState::Approved
            ? QCoreApplication::translate("ApprovalCommands",
                "Approve someone else's pending request; it takes effect at once (supervisors)")
            : QCoreApplication::translate("ApprovalCommands",
                "Deny someone else's pending request, with a comment (supervisors)");
    }

protected:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ID"),
            QCoreApplication::translate(
                "ApprovalCommands", "The request's number (approval list)."));
        parser.addOption({QStringLiteral("comment"),
            m_decision == ApprovalState::Approved
                ? QCoreApplication::translate(
                    "ApprovalCommands", "A note for the requester; the audit log keeps it.")
                : QCoreApplication::translate(
                    "ApprovalCommands", "Why not (required); the audit log keeps it."),
            QCoreApplication::translate("ApprovalCommands", "TEXT")});
    }
    QStringList requiredOptions() const override
    {
        QStringList required{QStringLiteral("db"), QStringLiteral("as")};
        if (m_decision == ApprovalState::Denied)
            required << QStringLiteral("comment");
        return required;
    }

    int checkArguments(const QCommandLineParser& parser, Output& out) override
    {
        const QStringList ids = parser.positionalArguments();
        bool ok = false;
        m_id = ids.size() == 1 ? QString(ids.first()).remove(QLatin1Char('#')).toLongLong(&ok) : 0;
        if (!ok || m_id <= 0)
            return usage(out,
                QCoreApplication::translate(
                    "ApprovalCommands", "give the request's number, e.g. `%1 12`")
                    .arg(name()));
        return ExitOk;
    }

    int runWith(
        const QCommandLineParser& parser, approval::Approvals& approvals, Output& out) override
    {
        const QString comment = parser.value(QStringLiteral("comment"));
        if (m_decision == ApprovalState::Approved)
            return done(out, approvals.approve(m_id, comment),
                QCoreApplication::translate(
                    "ApprovalCommands", "Request #%1 is approved and in effect."));
        auto denied = approvals.deny(m_id, comment);
        if (denied && denied->kind == ApprovalKind::ChecklistOverride)
            return done(out, denied,
                QCoreApplication::translate("ApprovalCommands",
                    "Request #%1 is denied. Visit %2 went out already: follow it up with %3.")
                    .arg(QStringLiteral("%1"), denied->visitRef, denied->requestedBy));
        if (denied && denied->kind == ApprovalKind::Reconcile)
            return done(out, denied,
                QCoreApplication::translate("ApprovalCommands",
                    "Request #%1 is denied: the held applications of visit %2 are cancelled.")
                    .arg(QStringLiteral("%1"), denied->visitRef));
        return done(
            out, denied, QCoreApplication::translate("ApprovalCommands", "Request #%1 is denied."));
    }

private:
    ApprovalState m_decision;
    qint64 m_id = 0;
};

} // namespace

void appendApprovalCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ApprovalListCommand>());
    commands.push_back(std::make_unique<RequestUnlockCommand>());
    commands.push_back(std::make_unique<RequestCorrectionCommand>());
    commands.push_back(std::make_unique<DecisionCommand>(ApprovalState::Approved));
    commands.push_back(std::make_unique<DecisionCommand>(ApprovalState::Denied));
}

} // namespace madoguchi::cli
