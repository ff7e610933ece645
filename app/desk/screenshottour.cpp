#include "screenshottour.h"

#include "approval/approvals.h"
#include "approvalspanel.h"
#include "checklistpanel.h"
#include "common/clock.h"
#include "demo/demoaccounts.h"
#include "demo/demoanswers.h"
#include "demo/demobirth.h"
#include "eventpanel.h"
#include "fieldeditor.h"
#include "findpanel.h"
#include "homepage.h"
#include "interviewpanel.h"
#include "lockcover.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "queue/ticketstore.h"
#include "registersamples.h"
#include "roompanel.h"
#include "screenshot.h"
#include "screenshotoutside.h"
#include "searchresultsmodel.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "security/login.h"
#include "sessionstatus.h"
#include "submissionspanel.h"
#include "submitpanel.h"
#include "supervisorconsole.h"
#include "text/dateformat.h"
#include "text/japanesedate.h"
#include "visit/visitstatus.h"
#include "visitpage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <algorithm>
#include <memory>

namespace madoguchi::desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
};

using catalog::Question;

QString keyOf(const Question& q)
{
    return q.member.isEmpty() ? q.key : q.key + QLatin1Char('/') + q.member;
}

QJsonValue answerFor(const QJsonObject& answers, const Question& q)
{
    const QJsonValue value = answers.value(q.key);
    return q.member.isEmpty() ? value : value.toObject().value(q.member);
}

// A date as a clerk types it at a Japanese counter (R8.11.23).
QString typedDate(QDate day)
{
    const auto date = text::parseJapaneseDate(day.toString(Qt::ISODate));
    return date ? text::formatWarekiShort(date.value()) : day.toString(Qt::ISODate);
}

// Plausible answers for the questions a 転入 asks whose demo answer would
// read oddly on a screenshot; the rest come from answerDemoInterview().
QJsonObject tennyuAnswers(const QString& notifier)
{
    return {
        {QStringLiteral("previous_address"), QStringLiteral("大阪府大阪市北区梅田一丁目1番1号")},
        {QStringLiteral("notifier"), notifier},
        {QStringLiteral("phone"), QStringLiteral("0425551234")},
        {QStringLiteral("bank_account"), QStringLiteral("みどり銀行 本町支店 普通1234567")},
        {QStringLiteral("former_school"), QStringLiteral("大阪市立梅田小学校")},
        {QStringLiteral("katagaki"), QStringLiteral("みどり野ハイツ201号")},
        // Nobody at this counter asks for a DV support measure.
        {QStringLiteral("shien_request"), QJsonArray()},
    };
}

class Tour {
public:
    Tour(ui::MainWindow& window, const QString& directory)
        : m_window(window)
        , m_page(*window.visitPage())
        , m_dir(directory)
    { }

    Status shoot(const QString& name, QWidget* dialog = nullptr)
    {
        const QString file = m_dir.filePath(name);
        if (Status saved = saveScreenshot(m_window, file, dialog); !saved)
            return saved;
        m_files << file;
        return {};
    }

    Status login(const security::Session& session, const QString& terminal);
    Status find(const TourVisit& visit);
    Status event(const TourVisit& visit);
    Status checklist();
    Status interview(const TourVisit& visit);
    Status reviewAndSubmit();
    Status console(const QString& terminal);

    const QStringList& files() const { return m_files; }

private:
    // A morning of tickets at four counters on `day`, so that the console's
    // tables and charts have something to show.
    Status fillTheRoom(const QDate& day, FixedClock& clock, const QString& visitRef);
    // Answers every open question `answers` has, through its editor (what
    // the clerk's Enter does); `limit` questions at most (-1: all).
    int answerThroughEditors(const QJsonObject& answers, int limit = -1);

    ui::MainWindow& m_window;
    ui::VisitPage& m_page;
    QDir m_dir;
    QStringList m_files;
};

Status Tour::login(const security::Session& session, const QString& terminal)
{
    {
        ui::LockCover cover(&m_window);
        cover.cover(Text::tr("Madoguchi"));
        ui::LoginDialog dialog(m_window.database(), terminal);
        dialog.staffIdEdit()->setText(session.staffId);
        dialog.passwordEdit()->setFocus();
        if (Status shot = shoot(QStringLiteral("01-login.png"), &dialog); !shot)
            return shot;
        dialog.hide();
        cover.uncover();
    }
    // As DeskSession::begin() does after the dialog.
    m_window.setSession(session);
    m_window.sessionStatus()->showSession(session);
    if (const Result<QDate> demoDay = demo::demoCityDay(m_window.database()))
        m_page.setToday(demoDay.value());
    if (!m_page.visit())
        return Error{Text::tr("the catalog could not be loaded: no life event to show")};
    return {};
}

Status Tour::find(const TourVisit& visit)
{
    ui::FindPanel* panel = m_page.homePage()->findPanel();
    // The family name in hiragana: a list of namesakes to choose from.
    const QString family = toHiragana(visit.nameKana).section(QLatin1Char(' '), 0, 0);
    panel->queryEdit()->setFocus();
    panel->queryEdit()->setText(family);
    panel->searchNow();
    for (int row = 0; row < panel->results()->rowCount(); ++row)
        if (panel->results()->result(row).atenaNo == visit.atenaNo) {
            panel->resultsView()->selectRow(row);
            panel->resultsView()->scrollTo(panel->results()->index(row, 0));
            break;
        }
    if (Status shot = shoot(QStringLiteral("02-find.png")); !shot)
        return shot;
    m_page.chooseResident(visit.atenaNo);
    if (m_page.current() != ui::VisitStep::Resident)
        return Error{Text::tr("the resident %1 could not be opened").arg(visit.atenaNo)};
    return shoot(QStringLiteral("03-resident.png"));
}

Status Tour::event(const TourVisit& visit)
{
    m_page.next();
    if (m_page.current() != ui::VisitStep::Event)
        return Error{Text::tr("the life event step could not be reached")};
    ui::EventPanel* panel = m_page.eventPanel();
    QListWidget* list = panel->eventList();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("tennyu"))
            list->setCurrentRow(row);
    if (panel->chosenEvent() != QLatin1String("tennyu") || !panel->dateEditor())
        return Error{Text::tr("the life event 転入 is not offered")};
    panel->dateEditor()->setValue(typedDate(visit.eventDate));
    for (auto it = visit.eventAnswers.begin(); it != visit.eventAnswers.end(); ++it) {
        ui::FieldEditor* editor = panel->questionEditor(it.key());
        if (!editor)
            continue;
        const QJsonValue value = it.key() == QLatin1String("planned_move_out_date")
            ? QJsonValue(typedDate(QDate::fromString(it.value().toString(), Qt::ISODate)))
            : it.value();
        editor->setValue(value);
    }
    if (Status shot = shoot(QStringLiteral("04-event.png")); !shot)
        return shot;
    panel->confirm();
    if (m_page.current() != ui::VisitStep::Checklist) {
        const auto* error = panel->findChild<QLabel*>(QStringLiteral("eventError"));
        return Error{Text::tr("the 転入 was refused: %1").arg(error ? error->text() : QString())};
    }
    return {};
}

Status Tour::checklist()
{
    if (Status shot = shoot(QStringLiteral("05-checklist.png")); !shot)
        return shot;
    m_page.checklistPanel()->setShowNotApplicable(true);
    if (Status shot = shoot(QStringLiteral("05b-checklist-not-applicable.png")); !shot)
        return shot;
    m_page.checklistPanel()->setShowNotApplicable(false);
    return {};
}

int Tour::answerThroughEditors(const QJsonObject& answers, int limit)
{
    int answered = 0;
    // An answer can open new questions: round after round.
    for (int round = 0; round < 8; ++round) {
        const QList<Question> open = m_page.visit()->forms().interview;
        int thisRound = 0;
        for (const Question& q : open) {
            if (limit >= 0 && answered >= limit)
                return answered;
            const QJsonValue value = answerFor(answers, q);
            ui::FieldEditor* editor = m_page.interviewPanel()->editorFor(q.key, q.member);
            if (value.isUndefined() || !editor)
                continue;
            editor->setValue(value);
            emit editor->edited();
            ++answered;
            ++thisRound;
        }
        if (thisRound == 0)
            break;
    }
    return answered;
}

Status Tour::interview(const TourVisit& visit)
{
    m_page.goTo(ui::VisitStep::Interview);
    if (m_page.current() != ui::VisitStep::Interview)
        return Error{Text::tr("the interview step could not be reached")};
    // F9: every 個人番号 from the register (audited), as at the counter.
    m_page.fillMyNumbersFromRegister();

    // What a demo clerk would answer, worked out on a copy of the forms.
    catalog::Forms forms = m_page.visit()->forms();
    QJsonObject chosen;
    const QJsonObject plausible = tennyuAnswers(visit.nameKanji);
    for (const Question& q : forms.interview) {
        // "procedure/question", "event.question", "household.question".
        const QString bare = q.key.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), -1);
        if (!plausible.contains(bare))
            continue;
        if (q.member.isEmpty()) {
            chosen.insert(q.key, plausible.value(bare));
        } else {
            QJsonObject members = chosen.value(q.key).toObject();
            members.insert(q.member, plausible.value(bare));
            chosen.insert(q.key, members);
        }
    }
    if (!chosen.isEmpty())
        (void)catalog::applyAnswers(forms, chosen);
    QRandomGenerator random(11);
    if (Status done = demo::answerDemoInterview(forms, random); !done)
        return Error{Text::tr("the interview cannot be completed: %1").arg(done.error().message)};

    // Half of them first: the picture of an interview under way.
    const qsizetype open = m_page.visit()->forms().interview.size();
    answerThroughEditors(forms.answers, int(open / 2));
    m_page.interviewPanel()->focusFirstOpen();
    if (Status shot = shoot(QStringLiteral("06-interview.png")); !shot)
        return shot;
    answerThroughEditors(forms.answers);
    if (!m_page.visit()->incompleteForms().isEmpty()) {
        QStringList left;
        for (const Question& q : m_page.visit()->forms().interview)
            left << keyOf(q);
        return Error{Text::tr("the interview cannot be completed: still open %1 (forms %2)")
                         .arg(left.join(QStringLiteral(", ")),
                             m_page.visit()->incompleteForms().join(QStringLiteral(", ")))};
    }
    return {};
}

Status Tour::reviewAndSubmit()
{
    m_page.next();
    if (m_page.current() != ui::VisitStep::Review)
        return Error{Text::tr("the review step could not be reached")};
    if (Status shot = shoot(QStringLiteral("07-review.png")); !shot)
        return shot;
    m_page.next();
    if (m_page.current() != ui::VisitStep::Submit)
        return Error{Text::tr("the submit step could not be reached")};
    m_page.submit();
    if (!m_page.submitted()) {
        const auto* error = m_page.submitPanel()->findChild<QLabel*>(QStringLiteral("submitError"));
        return Error{
            Text::tr("the visit could not be submitted%1")
                .arg(error && !error->text().isEmpty() ? QStringLiteral(": ") + error->text()
                                                       : QString())};
    }
    return shoot(QStringLiteral("08-submit.png"));
}

using namespace Qt::StringLiterals;

// The morning the console pictures show: from 8:30 to kRoomNow, tickets
// arrive faster than four counters serve the moves (A), so their waits pass
// 20 and then 40 minutes; certificates (C) stay short. Seeded, so the
// pictures can be made again.
constexpr int kRoomOpen = 8 * 60 + 30;
constexpr int kRoomNow = 11 * 60 + 20;

QDateTime at(const QDate& day, int minute, int second = 0)
{
    return QDateTime(day, QTime(minute / 60, minute % 60, second));
}

Status Tour::fillTheRoom(const QDate& day, FixedClock& clock, const QString& visitRef)
{
    queue::TicketStore store(m_window.database(), clock);
    auto existing = store.ticketsOf(day);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {}; // an earlier tour's morning: show it as it is
    auto counters = store.counters();
    if (!counters)
        return counters.error();
    struct Desk {
        QString id, name, staff;
        QStringList purposes;
        int freeAt = 0; // minute
        qint64 serving = 0; // ticket id
    };
    QList<Desk> desks{{u"1"_s, u"1番窓口"_s, u"demo-clerk"_s, {u"A"_s, u"B"_s}},
        {u"2"_s, u"2番窓口"_s, u"k.sato"_s, {u"A"_s, u"C"_s}},
        {u"3"_s, u"3番窓口"_s, u"m.suzuki"_s, {u"C"_s, u"D"_s, u"E"_s}},
        {u"4"_s, u"4番窓口"_s, u"y.tanaka"_s, {u"A"_s, u"D"_s}}};
    for (const Desk& d : desks) {
        const bool known = std::any_of(counters->begin(), counters->end(),
            [&](const queue::Counter& c) { return c.id == d.id; });
        if (!known) {
            if (Status added
                = store.addCounter({d.id, d.name, demo::demoOffice(), d.purposes, true});
                !added)
                return added;
        }
    }
    // Minutes of handling per purpose: a move is long, a certificate short.
    const QHash<QString, int> handling{
        {u"A"_s, 22}, {u"B"_s, 15}, {u"C"_s, 6}, {u"D"_s, 12}, {u"E"_s, 14}};
    const QStringList purposes{
        u"A"_s, u"A"_s, u"A"_s, u"B"_s, u"C"_s, u"C"_s, u"C"_s, u"D"_s, u"D"_s, u"E"_s};
    QRandomGenerator random(20261126);
    bool linked = visitRef.isEmpty();
    int calls = 0;
    for (int minute = kRoomOpen; minute < kRoomNow; ++minute) {
        // Arrivals: a rush at opening, about one every four minutes, and
        // the late-morning peak from 10:20 (one every two).
        const int every = minute >= kRoomNow - 60 ? 2 : 4;
        const int arrivals = minute < kRoomOpen + 10 ? 1 : (random.bounded(every) == 0 ? 1 : 0);
        for (int i = 0; i < arrivals; ++i) {
            clock.set(at(day, minute, 5 + i * 20));
            const quint32 roll = random.bounded(20u);
            const queue::PriorityClass priority = roll == 0 ? queue::PriorityClass::Pregnant
                : roll < 3                                  ? queue::PriorityClass::Elderly
                                                            : queue::PriorityClass::Ordinary;
            auto issued = store.issue(purposes.at(random.bounded(int(purposes.size()))), priority);
            if (!issued)
                return issued.error();
        }
        for (Desk& d : desks) {
            if (d.freeAt > minute)
                continue;
            clock.set(at(day, minute, 30));
            if (d.serving != 0) {
                if (auto done = store.finish(d.serving, d.staff); !done)
                    return done.error();
                d.serving = 0;
            }
            auto called = store.callNext(d.id, d.staff);
            if (!called)
                return called.error();
            if (!called->has_value())
                continue;
            const queue::Ticket ticket = called.value()->ticket;
            ++calls;
            clock.set(at(day, minute + 1, 30));
            if (calls % 17 == 0) { // nobody came
                if (auto gone = store.noShow(ticket.id, d.staff); !gone)
                    return gone.error();
                d.freeAt = minute + 2;
                continue;
            }
            if (auto serving = store.startServing(ticket.id, d.staff); !serving)
                return serving.error();
            if (!linked && ticket.purpose == QLatin1String("A")) {
                if (auto link = store.linkVisit(ticket.id, visitRef); !link)
                    return link.error();
                linked = true;
            }
            d.serving = ticket.id;
            const int minutes = handling.value(ticket.purpose);
            d.freeAt = minute + 1 + minutes - minutes / 4 + int(random.bounded(minutes / 2 + 1));
        }
    }
    // The last minute: counter 4 has just called (the resident on the way).
    Desk& last = desks[3];
    clock.set(at(day, kRoomNow - 1, 50));
    if (last.serving != 0) {
        if (auto done = store.finish(last.serving, last.staff); !done)
            return done.error();
        if (auto called = store.callNext(last.id, last.staff); !called)
            return called.error();
    }
    return {};
}

Status Tour::console(const QString& terminal)
{
    const QDate day = m_page.today();
    FixedClock clock(at(day, kRoomOpen));
    const QString visitRef = m_page.submitted() ? m_page.submitted()->ref : QString();
    if (Status filled = fillTheRoom(day, clock, visitRef); !filled)
        return Error{Text::tr("the tickets for the console could not be made: %1")
                         .arg(filled.error().message)};
    clock.set(at(day, kRoomNow));
    // The console is a supervisor's, whoever made the visit: the demo's.
    const security::Session supervisor{QStringLiteral("demo-supervisor"),
        security::Role::Supervisor, demo::demoOffice(), terminal, clock.now()};
    security::AuditLog audit(m_window.database());
    security::AccessControl access(supervisor, audit, clock);
    ui::SupervisorConsole console(m_window.database(), access);
    console.tabs()->setCurrentIndex(ui::SupervisorConsole::Room);
    console.roomPanel()->refresh();
    const auto shootConsole = [&](const QString& name) -> Status {
        const QString file = m_dir.filePath(name);
        if (Status saved = saveScreenshot(console, file); !saved)
            return saved;
        m_files << file;
        return {};
    };
    if (Status shot = shootConsole(QStringLiteral("console-room.png")); !shot)
        return shot;
    console.tabs()->setCurrentIndex(ui::SupervisorConsole::Submissions);
    // Every state: the demo's outbox has nothing refused to show.
    if (auto* filter = console.submissionsPanel()->findChild<QComboBox*>(u"submissionsFilter"_s))
        filter->setCurrentIndex(filter->count() - 1);
    console.submissionsPanel()->refresh();
    if (Status shot = shootConsole(QStringLiteral("console-submissions.png")); !shot)
        return shot;
    // Something to decide: the clerk of the visit asks to record the
    // resident's former surname (旧氏の併記), a register correction, as from
    // the desk.
    if (!visitRef.isEmpty()) {
        const security::Session clerk{QStringLiteral("demo-clerk"), security::Role::Clerk,
            demo::demoOffice(), terminal, clock.now()};
        security::AccessControl clerkAccess(clerk, audit, clock);
        auto visit = visit::loadVisitStatus(m_window.database(), clerkAccess, visitRef);
        if (!visit)
            return visit.error();
        const QMap<QString, QString> changes{{QStringLiteral("kyuuji"), QStringLiteral("緑野")},
            {QStringLiteral("kyuuji_kana"), QStringLiteral("ミドリノ")}};
        auto asked = approval::Approvals(m_window.database(), clerkAccess)
                         .requestCorrection(visit->atenaNo, changes,
                             Text::tr("asked at the move-in to record the former surname"));
        if (!asked)
            return asked.error();
    }
    console.tabs()->setCurrentIndex(ui::SupervisorConsole::Approvals);
    console.approvalsPanel()->refresh();
    if (Status shot = shootConsole(QStringLiteral("console-approvals.png")); !shot)
        return shot;
    console.close();
    return {};
}

} // namespace

Status prepareScreenshotDirectory(const QString& directory)
{
    if (!QDir().mkpath(directory))
        return Error{Text::tr("cannot make the folder %1 for the screenshots").arg(directory)};
    const QFileInfo info(directory);
    if (!info.isDir())
        return Error{Text::tr("%1 is not a folder").arg(directory)};
    QTemporaryFile probe(QDir(directory).filePath(QStringLiteral(".madoguchi-XXXXXX")));
    if (!probe.open())
        return Error{
            Text::tr("cannot write into the folder %1: %2").arg(directory, probe.errorString())};
    return {};
}

Result<QStringList> runScreenshotTour(ui::MainWindow& window, const security::Session& session,
    const QString& terminal, const QString& directory)
{
    Tour tour(window, directory);
    if (Status in = tour.login(session, terminal); !in)
        return in.error();
    const QDate today = window.visitPage()->today();
    auto visit = chooseTourVisit(window.database(), window.visitPage()->visit()->catalog(), today);
    if (!visit)
        return visit.error();
    if (Status s = tour.find(visit.value()); !s)
        return s.error();
    if (Status s = tour.event(visit.value()); !s)
        return s.error();
    if (Status s = tour.checklist(); !s)
        return s.error();
    if (Status s = tour.interview(visit.value()); !s)
        return s.error();
    if (Status s = tour.reviewAndSubmit(); !s)
        return s.error();
    if (Status s = tour.console(terminal); !s)
        return s.error();
    const auto shoot = [&tour](const QString& name, QWidget* dialog) {
        return tour.shoot(name, dialog);
    };
    if (Status s = shootOutsideData(window, session, shoot); !s)
        return s.error();
    return tour.files();
}

} // namespace madoguchi::desk
