#include "demo/demovisits.h"

#include "catalog/catalogmodel.h"
#include "catalog/checklistinput.h"
#include "catalog/contextfromregister.h"
#include "catalog/interviewsession.h"
#include "demo/demoanswers.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "visit/visitsubmission.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace madoguchi::demo {
namespace {

const char* const kEvents[] = {"tennyu", "tenkyo", "tenshutsu", "konin", "shibou"};

} // namespace

Status completeDemoDraft(storage::Database& db, const catalog::Catalog& catalog,
    visit::VisitDraft& draft, QRandomGenerator& random, QString& skip)
{
    auto input = catalog::contextFromRegister(
        db, draft.atenaNo, draft.eventType, draft.eventDate, draft.today);
    if (!input)
        return input.error();
    if (const catalog::LifeEvent* event = catalog.event(draft.eventType)) {
        draft.eventAnswers = demoEventAnswers(*event, input.value(), random);
        QJsonObject withAnswers = input->value(QStringLiteral("event")).toObject();
        for (auto it = draft.eventAnswers.begin(); it != draft.eventAnswers.end(); ++it)
            withAnswers.insert(it.key(), it.value());
        input->insert(QStringLiteral("event"), withAnswers);
    }
    auto derived = catalog::prepareContext(catalog, input.value(), QStringLiteral("demo"));
    if (!derived) {
        skip = derived.error().message;
        return {};
    }
    auto forms = catalog::fillForms(catalog, derived.value());
    if (!forms)
        return forms.error();
    if (Status answered = answerDemoInterview(forms.value(), random); !answered) {
        skip = answered.error().message;
        return {};
    }
    draft.answers = forms->answers;
    return {};
}

Result<DemoVisitsSummary> submitDemoVisits(storage::Database& db,
    security::AccessControl& access, const catalog::Catalog& catalog, int visits, quint64 seed,
    QDate today)
{
    auto count = storage::exec(db.sql(),
        QStringLiteral("SELECT MIN(id), MAX(id) FROM persons WHERE status = 'resident'"), {},
        QCoreApplication::translate("DemoVisits", "counting the residents"));
    if (!count)
        return count.error();
    if (!count->next() || count->value(0).isNull())
        return Error{QCoreApplication::translate("DemoVisits", "the register has no residents")};
    const qint64 low = count->value(0).toLongLong();
    const qint64 high = count->value(1).toLongLong();
    count->finish();

    QRandomGenerator random(quint32(seed ^ (seed >> 32)));
    DemoVisitsSummary summary;
    for (int tries = 0; summary.submitted < visits && tries < visits * 4; ++tries) {
        // A resident: the first current one at or after a random id.
        auto drawn = storage::exec(db.sql(),
            QStringLiteral("SELECT atena_no FROM persons WHERE status = 'resident' AND id >= ? "
                           "ORDER BY id LIMIT 1"),
            {low + qint64(random.bounded(quint32(high - low + 1)))},
            QCoreApplication::translate("DemoVisits", "drawing a resident"));
        if (!drawn)
            return drawn.error();
        if (!drawn->next())
            continue;
        visit::VisitDraft draft;
        draft.atenaNo = drawn->value(0).toString();
        drawn->finish();
        draft.eventType = QString::fromLatin1(kEvents[random.bounded(int(std::size(kEvents)))]);
        draft.today = today;
        draft.eventDate = today.addDays(-qint64(random.bounded(10)));

        QString skip;
        auto completed = completeDemoDraft(db, catalog, draft, random, skip);
        if (!completed)
            return completed.error();
        if (!skip.isEmpty()) {
            ++summary.skipped;
            summary.lastProblem = skip;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        auto submitted = visit::submitVisit(db, access, catalog, draft);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!submitted) {
            ++summary.skipped;
            summary.lastProblem = submitted.error().message;
            continue;
        }
        ++summary.submitted;
        summary.applications += int(submitted->applications.size());
        summary.submitTimes.append({int(submitted->applications.size()), ms});
        if (summary.firstRef.isEmpty())
            summary.firstRef = submitted->ref;
        summary.lastRef = submitted->ref;
    }
    return summary;
}

} // namespace madoguchi::demo
