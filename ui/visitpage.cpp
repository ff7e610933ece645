#include "visitpage.h"

#include "checklistpanel.h"
#include "deliveryfollower.h"
#include "desksettings.h"
#include "deskticket.h"
#include "eventpanel.h"
#include "findpanel.h"
#include "homepage.h"
#include "interviewpanel.h"
#include "mynumberfill.h"
#include "namedslip.h"
#include "outsidedata.h"
#include "registry/registeraccess.h"
#include "residentview.h"
#include "reviewpanel.h"
#include "security/accesscontrol.h"
#include "slipdocument.h"
#include "submitpanel.h"
#include "visit/visitsubmission.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace madoguchi::ui {

VisitPage::VisitPage(storage::Database& db, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_language(language)
    , m_steps(new StepBar(this))
    , m_stack(new QStackedWidget(this))
    , m_home(new HomePage(this))
    , m_residentHolder(new QWidget(this))
    , m_event(new EventPanel(language, this))
    , m_checklist(new ChecklistPanel(language, this))
    , m_interview(new InterviewPanel(language, this))
    , m_review(new ReviewPanel(language, this))
    , m_submit(new SubmitPanel(language, this))
    , m_backButton(new QPushButton(this))
    , m_nextButton(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_delivery(new DeliveryFollower(db, this))
{
    setObjectName(QStringLiteral("visitPage"));
    new QVBoxLayout(m_residentHolder);
    // In the order of VisitStep.
    for (QWidget* page :
        {static_cast<QWidget*>(m_home), m_residentHolder, static_cast<QWidget*>(m_event),
            static_cast<QWidget*>(m_checklist), static_cast<QWidget*>(m_interview),
            static_cast<QWidget*>(m_review), static_cast<QWidget*>(m_submit)})
        m_stack->addWidget(page);

    m_backButton->setObjectName(QStringLiteral("stepBack"));
    m_backButton->setText(tr("← Back (Esc)"));
    m_backButton->setFocusPolicy(Qt::NoFocus);
    m_nextButton->setObjectName(QStringLiteral("stepNext"));
    m_nextButton->setFocusPolicy(Qt::NoFocus);
    m_hint->setObjectName(QStringLiteral("stepHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    auto* ticketLabel = new QLabel(this);
    ticketLabel->setObjectName(QStringLiteral("ticketLabel"));
    ticketLabel->setAccessibleName(tr("Ticket being served"));
    ticketLabel->setStyleSheet(
        QStringLiteral("QLabel { font-weight: bold; padding: 2px 8px; border: 1px solid #0f6cbd; "
                       "border-radius: 4px; }"));
    m_ticket = new DeskTicket(m_db, ticketLabel, this);
    m_outside = new OutsideData(this, m_language,
        {[this] { return m_resident ? m_resident->personId() : std::nullopt; },
            [this] { return today(); }});
    connect(m_outside, &OutsideData::message, this, &VisitPage::message);
    connect(m_outside, &OutsideData::changed, this, [this] {
        updateSteps();
        showStep(m_step);
    });
    connect(m_outside, &OutsideData::eventTaken, this,
        [this](const QString& type, QDate date, const QJsonObject& answers) {
            m_event->preset(type, date, answers);
            updateSteps();
            showStep(VisitStep::Checklist);
        });
    connect(m_ticket, &DeskTicket::message, this, &VisitPage::message);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_backButton);
    bottom->addWidget(ticketLabel);
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_nextButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_steps);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_steps, &StepBar::stepChosen, this, &VisitPage::goTo);
    connect(m_backButton, &QPushButton::clicked, this, &VisitPage::back);
    connect(m_nextButton, &QPushButton::clicked, this, &VisitPage::next);
    connect(m_home->findPanel(), &FindPanel::residentChosen, this, &VisitPage::chooseResident);
    connect(m_event, &EventPanel::confirmed, this, &VisitPage::eventConfirmed);
    connect(m_interview, &InterviewPanel::answered, this, &VisitPage::answered);
    connect(m_interview, &InterviewPanel::myNumberWanted, this, &VisitPage::answerMyNumberOf);
    connect(m_interview, &InterviewPanel::changeRequested, this,
        [this](const QString& key, const QString& member) {
            if (Status taken = m_visit->forget(key, member); !taken) {
                emit message(taken.error().message);
                return;
            }
            m_interview->showForms(m_visit->forms());
            m_interview->focusQuestion(key, member);
            updateSteps();
        });
    connect(m_checklist, &ChecklistPanel::leaveOutRequested, this,
        [this](const QString& key, const QString& reason) {
            decided(m_visit->leaveOut(key, reason));
        });
    connect(m_checklist, &ChecklistPanel::keepRequested, this, [this](const QString& key) {
        m_visit->keep(key);
        decided({});
    });
    connect(m_checklist, &ChecklistPanel::addRequested, this,
        [this](const QString& key, const QString& reason) { decided(m_visit->add(key, reason)); });
    connect(m_checklist, &ChecklistPanel::removeAdditionRequested, this,
        [this](const QString& key) { decided(m_visit->removeAddition(key)); });
    connect(m_review, &ReviewPanel::printed, this, [this](const QString& text) {
        emit message(text);
        updateSteps();
    });
    connect(m_submit, &SubmitPanel::submitRequested, this, &VisitPage::submit);
    connect(m_submit, &SubmitPanel::printSlipRequested, this, &VisitPage::printSlip);
    connect(m_submit, &SubmitPanel::saveSlipRequested, this, [this] { (void)saveSlip({}); });
    connect(m_submit, &SubmitPanel::nextResidentRequested, this, &VisitPage::newVisit);
    m_review->setReferenceTaker([this]() -> Result<QString> {
        if (!m_visit)
            return Error{tr("no visit in progress")};
        return m_visit->reference(today());
    });
    connect(m_delivery, &DeliveryFollower::refreshed, this, [this] {
        if (m_step == VisitStep::Submit && m_status)
            m_submit->showStatus(*m_status);
    });
    connect(m_delivery, &DeliveryFollower::failed, m_submit, &SubmitPanel::setError);
    setFileAsker([](QWidget* owner, const QString& suggested) {
        return QFileDialog::getSaveFileName(owner, tr("Save as PDF"), suggested, tr("PDF (*.pdf)"));
    });
    m_choosePrinter = [](QPrinter& printer, QWidget* owner, const QString& title) {
        QPrintDialog dialog(&printer, owner);
        dialog.setWindowTitle(title);
        return dialog.exec() == QDialog::Accepted;
    };
    createShortcuts();
    updateSteps();
    showStep(VisitStep::Find);
}

VisitPage::~VisitPage() = default;

void VisitPage::createShortcuts()
{
    const auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    for (int i = 0; i < kVisitSteps; ++i) {
        const auto step = VisitStep(i);
        add(QKeySequence(StepBar::functionKey(step)), [this, step] {
            if (m_steps->isReachable(step))
                goTo(step);
        });
    }
    add(QKeySequence(Qt::Key_Escape), [this] { back(); });
    // Ctrl+Enter reaches the page from any of its widgets: an item view
    // (a members list) would take it as a key of its own (eventFilter()).
    qApp->installEventFilter(this);
    add(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newVisit(); });
    add(QKeySequence(Qt::Key_F10), [this] { m_outside->scan(); });
    add(QKeySequence(Qt::Key_F11), [this] { m_outside->documents(); });
    add(QKeySequence(Qt::Key_F12), [this] { callNextTicket(); });
    add(QKeySequence(Qt::SHIFT | Qt::Key_F12), [this] { markNoShow(); });
    add(QKeySequence(Qt::Key_F9), [this] {
        if (m_step == VisitStep::Interview)
            fillMyNumbersFromRegister();
    });
}

bool VisitPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier
            && isAncestorOf(static_cast<QWidget*>(watched)) && isVisible()) {
            next();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VisitPage::setFileAsker(FileAsker asker)
{
    m_askFile = asker;
    m_review->setFileAsker(std::move(asker));
}

QDate VisitPage::today() const
{
    if (m_today.isValid())
        return m_today;
    return m_access ? m_access->clock().now().toLocalTime().date() : QDate::currentDate();
}

void VisitPage::setSession(registry::RegisterAccess* reg, security::AccessControl* access,
    std::shared_ptr<const catalog::Catalog> catalog)
{
    m_delivery->stop();
    m_register = reg;
    m_access = access;
    m_ticket->setAccess(access, counter());
    if (!access)
        m_ticket->clear(); // the next person at this desk starts without it
    m_catalog = std::move(catalog);
    m_status.reset();
    delete m_resident;
    m_resident = nullptr;
    m_visit
        = m_catalog && reg ? std::make_unique<visit::VisitInProgress>(m_db, m_catalog) : nullptr;
    m_outside->setVisit(m_visit.get(), access);
    FindPanel* find = m_home->findPanel();
    if (reg)
        find->setSearcher([reg](const QString& query) { return reg->search(query); });
    else
        find->setSearcher({});
    updateSteps();
    showStep(VisitStep::Find);
}

void VisitPage::chooseResident(const QString& atenaNo)
{
    if (!m_register || !m_access)
        return;
    m_delivery->stop();
    m_status.reset();
    delete m_resident;
    m_resident = new ResidentView(*m_register, m_db, *m_access, atenaNo, m_residentHolder);
    m_residentHolder->layout()->addWidget(m_resident);
    m_outside->setVisit(m_visit.get(), m_access); // closes what was open for the last one
    if (m_visit) {
        m_visit->setResident(atenaNo);
        m_event->start(
            *m_catalog,
            [this](
                const QString& type, QDate day) { return m_visit->household(type, day, today()); },
            today());
    } else {
        emit message(tr("The catalog could not be loaded: the life events are not available."));
    }
    emit message(tr("Resident chosen: 宛名番号 %1").arg(atenaNo));
    m_ticket->startServing();
    updateSteps();
    showStep(VisitStep::Resident);
}

void VisitPage::updateSteps()
{
    const bool resident = m_resident && m_resident->loaded();
    const bool forms = m_visit && m_visit->hasForms();
    const bool done = m_status.has_value();
    m_steps->setReachable(VisitStep::Find, true);
    m_steps->setReachable(VisitStep::Resident, m_resident != nullptr);
    m_steps->setReachable(VisitStep::Event, resident && m_visit && !done);
    m_steps->setReachable(VisitStep::Checklist, forms && !done);
    m_steps->setReachable(VisitStep::Interview, forms && !done);
    m_steps->setReachable(VisitStep::Review, forms);
    m_steps->setReachable(VisitStep::Submit, forms);
    if (forms) {
        const catalog::Forms& f = m_visit->forms();
        m_steps->setNote(
            VisitStep::Checklist, tr("%n procedure(s)", nullptr, int(m_visit->sentForms().size())));
        m_steps->setNote(VisitStep::Interview,
            f.interview.isEmpty() ? tr("done") : tr("%n open", nullptr, int(f.interview.size())));
        m_steps->setNote(VisitStep::Submit,
            done ? m_status->ref : (m_visit->readyToSubmit() ? tr("ready") : QString()));
    } else {
        for (VisitStep step : {VisitStep::Checklist, VisitStep::Interview, VisitStep::Submit})
            m_steps->setNote(step, {});
    }
}

void VisitPage::goTo(VisitStep step)
{
    if (!m_steps->isReachable(step))
        return;
    showStep(step);
}

void VisitPage::showStep(VisitStep step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    m_steps->setCurrent(step);
    m_backButton->setEnabled(step != VisitStep::Find);
    const bool last = step == VisitStep::Submit;
    if (last)
        m_nextButton->setText(
            m_status ? tr("Print the slip (Ctrl+Enter)") : tr("Submit (Ctrl+Enter)"));
    else
        m_nextButton->setText(
            tr("Next: %1 (Ctrl+Enter)").arg(StepBar::title(VisitStep(int(step) + 1))));
    m_nextButton->setEnabled(step != VisitStep::Find);
    m_hint->setText(StepBar::hint(step, m_status.has_value()));
    switch (step) {
    case VisitStep::Find:
        m_home->findPanel()->queryEdit()->setFocus();
        m_home->findPanel()->queryEdit()->selectAll();
        break;
    case VisitStep::Resident:
        if (m_resident)
            m_resident->setFocus();
        break;
    case VisitStep::Event:
        m_event->focusFirst();
        break;
    case VisitStep::Checklist:
        refreshChecklist();
        m_checklist->tree()->setFocus();
        break;
    case VisitStep::Interview:
        m_interview->showForms(m_visit->forms());
        m_interview->focusFirstOpen();
        break;
    case VisitStep::Review:
        m_review->showVisit(
            m_visit->forms(), m_visit->sentForms(), m_visit->incompleteForms(), header());
        m_review->formList()->setFocus();
        break;
    case VisitStep::Submit:
        if (m_status)
            m_submit->showStatus(*m_status);
        else
            m_submit->showReady(*m_visit);
        m_submit->setFocus();
        break;
    }
    updateSteps();
}

void VisitPage::back()
{
    if (m_step == VisitStep::Find)
        return;
    for (int i = int(m_step) - 1; i >= 0; --i)
        if (m_steps->isReachable(VisitStep(i))) {
            showStep(VisitStep(i));
            return;
        }
}

void VisitPage::next()
{
    switch (m_step) {
    case VisitStep::Find:
        return;
    case VisitStep::Event:
        m_event->confirm();
        return;
    case VisitStep::Interview:
        // On to the review once every form is complete (optional questions
        // may stay empty); else to the next open question.
        if (!m_visit->incompleteForms().isEmpty()) {
            m_interview->focusFirstOpen();
            emit message(tr(
                "%n form(s) still need answers.", nullptr, int(m_visit->incompleteForms().size())));
            return;
        }
        goTo(VisitStep::Review);
        return;
    case VisitStep::Submit:
        if (m_status)
            printSlip();
        else
            submit();
        return;
    default:
        break;
    }
    const auto following = VisitStep(int(m_step) + 1);
    // A checklist whose forms are all filled goes straight to the review.
    if (following == VisitStep::Interview && m_visit && m_visit->hasForms()
        && m_visit->incompleteForms().isEmpty())
        goTo(VisitStep::Review);
    else
        goTo(following);
}

bool VisitPage::workWouldBeLost() const
{
    return m_visit && m_visit->hasForms() && !m_status;
}

void VisitPage::newVisit()
{
    if (workWouldBeLost()
        && QMessageBox::question(this, tr("New visit"),
               tr("The visit of this resident is not submitted. Start a new one and lose it?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    // The resident's visit is over: their ticket is done.
    if (m_status)
        m_ticket->finish();
    m_delivery->stop();
    m_status.reset();
    delete m_resident;
    m_resident = nullptr;
    if (m_visit)
        m_visit->setResident({});
    m_home->findPanel()->queryEdit()->clear();
    updateSteps();
    showStep(VisitStep::Find);
}

void VisitPage::eventConfirmed(const QString& eventType, QDate date, const QJsonObject& answers)
{
    if (Status set = m_visit->setEvent(eventType, date, today(), answers); !set) {
        m_event->setError(set.error().message);
        return;
    }
    updateSteps();
    showStep(VisitStep::Checklist);
}

void VisitPage::answered(const QJsonObject& answers)
{
    if (Status applied = m_visit->answer(answers); !applied)
        emit message(applied.error().message);
    m_interview->showForms(m_visit->forms());
    updateSteps();
}

void VisitPage::answerMyNumberOf(const QString& key, const QString& member, const QString& whose)
{
    if (!m_visit || !m_visit->hasForms() || !m_register)
        return;
    auto answer = myNumberOf(*m_register, m_visit->forms(), key, member, whose,
        tr("filling the forms of the visit (%1)").arg(m_visit->eventType()));
    if (!answer) {
        emit message(answer.error().message);
        return;
    }
    if (answer->isEmpty()) {
        emit message(tr("No 個人番号 is on file for %1.").arg(whose));
        return;
    }
    answered(answer.value());
}

void VisitPage::fillMyNumbersFromRegister()
{
    if (!m_visit || !m_visit->hasForms() || !m_register)
        return;
    auto fill = myNumbersFromRegister(*m_register, m_visit->forms(),
        tr("filling the forms of the visit (%1)").arg(m_visit->eventType()));
    if (!fill) {
        emit message(fill.error().message);
        return;
    }
    if (fill->answers.isEmpty()) {
        emit message(tr("No open 個人番号 question has a number on file."));
        return;
    }
    answered(fill->answers);
    emit message(tr("%n 個人番号 filled from the register (recorded in the audit log).", nullptr,
        fill->filled));
    m_interview->focusFirstOpen();
}

QString VisitPage::counter() const
{
    return m_counter.isEmpty() ? DeskSettings().counter() : m_counter;
}

void VisitPage::callNextTicket()
{
    if (!m_access)
        return;
    const QString counter = this->counter();
    if (counter.isEmpty()) {
        emit message(tr("Set this desk's counter (File → Settings…) to call tickets."));
        return;
    }
    // A started visit that is not submitted is not abandoned by a key.
    if (m_ticket->ticket() && m_visit && m_visit->hasForms() && !m_status) {
        emit message(tr("%1 is still being served: submit the visit first.")
                         .arg(m_ticket->ticket()->number));
        return;
    }
    if (!m_ticket->finish())
        return;
    // The next resident starts on an empty page (what was submitted stays
    // in the database; nothing unsubmitted is lost: see above).
    if (m_status || !m_visit || !m_visit->hasForms())
        newVisit();
    m_ticket->callNext(counter);
}

const std::optional<queue::Ticket>& VisitPage::ticket() const
{
    return m_ticket->ticket();
}

void VisitPage::markNoShow()
{
    m_ticket->noShow();
}

void VisitPage::decided(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("Checklist"), status.error().message);
    refreshChecklist();
    updateSteps();
}

void VisitPage::refreshChecklist()
{
    if (m_visit && m_visit->hasForms())
        m_checklist->showChecklist(m_visit->forms(), m_visit->leftOut(), m_visit->added());
}

PrintHeader VisitPage::header() const
{
    PrintHeader h = m_header;
    h.printedOn = today();
    h.language = m_language;
    if (m_status)
        h.visitRef = m_status->ref;
    else if (m_visit)
        h.visitRef = m_visit->takenReference();
    if (m_access && h.office.isEmpty())
        h.office = m_access->session().office;
    return h;
}

void VisitPage::submit()
{
    if (!m_visit || !m_visit->hasForms() || m_status || !m_access)
        return;
    if (!m_visit->readyToSubmit()) {
        m_submit->setError(
            tr("Not yet: %1").arg(m_visit->incompleteForms().join(QStringLiteral(", "))));
        return;
    }
    auto submitted = visit::submitVisit(m_db, *m_access, *m_catalog, m_visit->draft(today()));
    if (!submitted) {
        m_submit->setError(submitted.error().message);
        return;
    }
    auto status = visit::loadVisitStatus(m_db, *m_access, submitted->ref);
    if (!status) {
        m_submit->setError(status.error().message);
        return;
    }
    m_status = std::move(status.value());
    m_submit->setError({});
    m_ticket->linkVisit(m_status->ref);
    m_submit->showStatus(*m_status);
    m_delivery->follow(&*m_status);
    emit message(
        tr("Visit %1 submitted: %n application(s).", nullptr, int(submitted->applications.size()))
            .arg(submitted->ref));
    updateSteps();
    showStep(VisitStep::Submit);
}

void VisitPage::printSlip()
{
    if (!m_status)
        return;
    SlipDocument document(namedSlip(*m_status, m_visit->forms(), *m_catalog), header());
    QPrinter printer(QPrinter::HighResolution);
    if (!m_choosePrinter(printer, this, tr("Print the slip of visit %1").arg(m_status->ref)))
        return;
    if (Status painted = document.paint(printer); !painted)
        emit message(painted.error().message);
    else
        emit message(tr("The slip of visit %1 went to the printer.").arg(m_status->ref));
}

Status VisitPage::saveSlip(const QString& file)
{
    if (!m_status)
        return Error{tr("Submit the visit first.")};
    QString target = file;
    if (target.isEmpty() && m_askFile)
        target = m_askFile(this, m_status->ref + QStringLiteral("-slip.pdf"));
    if (target.isEmpty())
        return {};
    SlipDocument document(namedSlip(*m_status, m_visit->forms(), *m_catalog), header());
    if (Status written = document.writePdf(target); !written) {
        emit message(written.error().message);
        return written;
    }
    emit message(tr("Saved %1").arg(target));
    return {};
}

} // namespace madoguchi::ui
