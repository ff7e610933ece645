#include "kioskwindow.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KioskWindow)
};

// The kiosk's words, in both languages at once (not the desk's language:
// residents of both kinds use it), like the display board's.
enum class Word {
    Welcome,
    ChoosePurpose,
    Ordinary,
    Elderly,
    Pregnant,
    YourNumber,
    PeopleAhead, // %1
    PleaseWait,
    Back,
    CannotPrint,
    CannotIssue,
    NotReady,
};

struct Pair {
    const char* ja;
    const char* en;
};

const Pair& pairOf(Word word)
{
    static const Pair words[] = {
        {"番号札をお取りください", "Please take a number"},
        {"ご用件を選んでください", "Choose what you came for"},
        {"一般", "General"},
        {"高齢・障害", "Elderly or disabled"},
        {"妊婦・乳幼児連れ", "Pregnant or with a small child"},
        {"あなたの番号", "Your number"},
        {"前に%1人お待ちです", "%1 people ahead of you"},
        {"番号が呼ばれるまでお待ちください", "Please wait until your number is called"},
        {"戻る", "Back"},
        {"番号札を印刷できませんでした。番号をお控えください。",
            "The ticket could not be printed. Please note your number."},
        {"番号札を発行できませんでした。係員にお声かけください。",
            "The ticket could not be issued. Please ask a member of staff."},
        {"受付の準備ができていません。係員にお声かけください。",
            "The kiosk is not ready. Please ask a member of staff."},
    };
    return words[static_cast<int>(word)];
}

QString ja(Word word)
{
    return QString::fromUtf8(pairOf(word).ja);
}

QString en(Word word)
{
    return QString::fromUtf8(pairOf(word).en);
}

QString both(Word word, const QString& sep = QStringLiteral("\n"))
{
    return ja(word) + sep + en(word);
}

QLabel* label(const QString& text, const char* role, QWidget* parent = nullptr)
{
    auto* l = new QLabel(text, parent);
    l->setProperty("role", QString::fromLatin1(role));
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    return l;
}

// A big touch button: a Japanese line over a smaller English one.
QPushButton* touchButton(const QString& japanese, const QString& english, const char* jaRole,
    const QString& name, QWidget* parent = nullptr)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    button->setAccessibleName(japanese + QLatin1Char(' ') + english);
    auto* column = new QVBoxLayout(button);
    for (QLabel* l : {label(japanese, jaRole), label(english, "en")}) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        column->addWidget(l);
    }
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return button;
}

} // namespace

Status printOnDefaultPrinter(const KioskTicket& ticket)
{
    if (QPrinterInfo::defaultPrinter().isNull())
        return Error{Text::tr("no default printer is set up for this kiosk")};
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(ticket.number);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{Text::tr("the printer %1 cannot print").arg(printer.printerName())};
    const QRect page = painter.viewport();
    const int unit = std::max(1, page.height() / 40);
    QFont font = painter.font();
    int y = page.top();
    auto line = [&](const QString& text, int size, bool bold) {
        font.setPixelSize(unit * size);
        font.setBold(bold);
        painter.setFont(font);
        const QRect box(page.left(), y, page.width(), unit * size * 3 / 2);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter, text);
        y += box.height();
    };
    line(QStringLiteral("%1 / %2").arg(ja(Word::YourNumber), en(Word::YourNumber)), 2, false);
    line(ticket.number, 8, true);
    line(ticket.purposeJa, 3, true);
    line(ticket.purposeEn, 2, false);
    line(ja(Word::PeopleAhead).arg(ticket.peopleAhead), 2, false);
    line(en(Word::PeopleAhead).arg(ticket.peopleAhead), 2, false);
    line(QLocale::c().toString(ticket.issuedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
        2, false);
    if (!painter.end())
        return Error{
            Text::tr("the printer %1 did not finish the ticket").arg(printer.printerName())};
    return {};
}

KioskWindow::KioskWindow(storage::Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(db, clock)
    , m_printer(printOnDefaultPrinter)
{
    setObjectName(QStringLiteral("kiosk"));
    setWindowTitle(both(Word::Welcome, QStringLiteral(" / ")));
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x10, 0x18, 0x28));
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    setAutoFillBackground(true);

    auto* outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget;
    outer->addWidget(m_pages);

    // The choices: the purposes and the priority row.
    auto* choose = new QWidget;
    auto* column = new QVBoxLayout(choose);
    column->addWidget(label(ja(Word::Welcome), "title"));
    column->addWidget(label(en(Word::Welcome), "en"));
    auto* priorityRow = new QHBoxLayout;
    m_priorities = new QButtonGroup(this);
    m_priorities->setExclusive(true);
    const struct {
        Word word;
        queue::PriorityClass priority;
    } classes[] = {{Word::Ordinary, queue::PriorityClass::Ordinary},
        {Word::Elderly, queue::PriorityClass::Elderly},
        {Word::Pregnant, queue::PriorityClass::Pregnant}};
    for (const auto& c : classes) {
        QPushButton* b = touchButton(ja(c.word), en(c.word), "priority",
            QStringLiteral("priority-") + queue::className(c.priority));
        b->setCheckable(true);
        m_priorities->addButton(b, static_cast<int>(c.priority));
        priorityRow->addWidget(b);
    }
    m_priorities->button(static_cast<int>(queue::PriorityClass::Ordinary))->setChecked(true);
    column->addLayout(priorityRow, 1);
    column->addWidget(label(both(Word::ChoosePurpose, QStringLiteral(" / ")), "en"));
    auto* grid = new QWidget;
    m_purposeGrid = new QGridLayout(grid);
    column->addWidget(grid, 4);
    m_error = label(QString(), "error");
    m_error->setObjectName(QStringLiteral("kioskError"));
    m_error->hide();
    column->addWidget(m_error);
    m_pages->addWidget(choose);

    // The ticket just issued, in huge type.
    auto* shown = new QWidget;
    auto* ticketColumn = new QVBoxLayout(shown);
    ticketColumn->addWidget(label(both(Word::YourNumber, QStringLiteral(" / ")), "en"));
    m_number = label(QString(), "number");
    m_number->setObjectName(QStringLiteral("ticketNumber"));
    ticketColumn->addWidget(m_number, 3);
    m_purposeShown = label(QString(), "title");
    m_purposeShown->setObjectName(QStringLiteral("ticketPurpose"));
    ticketColumn->addWidget(m_purposeShown, 1);
    m_ahead = label(QString(), "title");
    m_ahead->setObjectName(QStringLiteral("ticketAhead"));
    ticketColumn->addWidget(m_ahead, 1);
    ticketColumn->addWidget(label(both(Word::PleaseWait), "en"));
    m_printNote = label(QString(), "error");
    m_printNote->setObjectName(QStringLiteral("printError"));
    m_printNote->hide();
    ticketColumn->addWidget(m_printNote);
    QPushButton* back
        = touchButton(ja(Word::Back), en(Word::Back), "priority", QStringLiteral("back"));
    back->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(back, &QPushButton::clicked, this, &KioskWindow::showChoices);
    ticketColumn->addWidget(back, 0, Qt::AlignHCenter);
    m_pages->addWidget(shown);

    m_back = new QTimer(this);
    m_back->setSingleShot(true);
    connect(m_back, &QTimer::timeout, this, &KioskWindow::showChoices);
    // After a failure to read the purposes, try again now and then.
    m_retry = new QTimer(this);
    m_retry->setInterval(5000);
    connect(m_retry, &QTimer::timeout, this, &KioskWindow::reloadPurposes);

    applyScale();
    reloadPurposes();
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::reloadPurposes()
{
    auto purposes = m_store.purposes();
    if (!purposes) {
        showError(ja(Word::NotReady), en(Word::NotReady), purposes.error().message);
        m_retry->start();
        return;
    }
    m_retry->stop();
    m_error->hide();
    m_purposes.clear();
    while (QLayoutItem* item = m_purposeGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const queue::QueuePurpose& p : purposes.value())
        if (p.active)
            m_purposes << p;
    // Two columns of big buttons; one column for one or two purposes.
    const int columns = m_purposes.size() > 2 ? 2 : 1;
    for (int i = 0; i < m_purposes.size(); ++i) {
        const queue::QueuePurpose& p = m_purposes.at(i);
        QPushButton* b
            = touchButton(p.nameJa, p.nameEn, "purpose", QStringLiteral("purpose-") + p.id);
        const QString id = p.id;
        connect(b, &QPushButton::clicked, this, [this, id] { issue(id); });
        m_purposeGrid->addWidget(b, i / columns, i % columns);
    }
    applyScale();
}

queue::PriorityClass KioskWindow::chosenPriority() const
{
    const int id = m_priorities->checkedId();
    return id < 0 ? queue::PriorityClass::Ordinary : static_cast<queue::PriorityClass>(id);
}

QString KioskWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void KioskWindow::issue(const QString& purposeId)
{
    const auto purpose = std::find_if(m_purposes.cbegin(), m_purposes.cend(),
        [&](const queue::QueuePurpose& p) { return p.id == purposeId; });
    if (purpose == m_purposes.cend())
        return;
    auto issued = m_store.issue(purposeId, chosenPriority());
    if (!issued) {
        showError(ja(Word::CannotIssue), en(Word::CannotIssue), issued.error().message);
        return;
    }
    m_error->hide();
    m_error->clear();
    const KioskTicket ticket{issued->ticket.number, purpose->nameJa, purpose->nameEn,
        issued->ticket.priority, issued->peopleAhead, issued->ticket.issuedAt};
    m_number->setText(ticket.number);
    m_purposeShown->setText(ticket.purposeJa + QLatin1Char('\n') + ticket.purposeEn);
    m_ahead->setText(ja(Word::PeopleAhead).arg(ticket.peopleAhead) + QLatin1Char('\n')
        + en(Word::PeopleAhead).arg(ticket.peopleAhead));
    m_printNote->hide();
    if (m_printer) {
        if (Status printed = m_printer(ticket); !printed) {
            m_printNote->setText(both(Word::CannotPrint) + QLatin1Char('\n')
                + Text::tr("Details: %1").arg(printed.error().message));
            m_printNote->show();
        }
    }
    m_pages->setCurrentIndex(1);
    m_back->start(m_showMs);
    emit ticketIssued(ticket);
}

void KioskWindow::showChoices()
{
    m_back->stop();
    // The next resident starts from the ordinary class.
    m_priorities->button(static_cast<int>(queue::PriorityClass::Ordinary))->setChecked(true);
    m_pages->setCurrentIndex(0);
}

void KioskWindow::showError(const QString& japanese, const QString& english, const QString& detail)
{
    // Plain words for the resident; the detail (in the desk's language) is
    // for the member of staff they call.
    m_error->setText(japanese + QLatin1Char('\n') + english + QLatin1Char('\n')
        + Text::tr("Details: %1").arg(detail));
    m_error->show();
    m_pages->setCurrentIndex(0);
}

void KioskWindow::applyScale()
{
    const int unit = std::max(4, height() / 100);
    setStyleSheet(QStringLiteral(
        "QLabel { color: #ffffff; }"
        "QLabel[role=\"title\"] { font-size: %1px; font-weight: bold; }"
        "QLabel[role=\"en\"] { font-size: %2px; }"
        "QLabel[role=\"number\"] { font-size: %3px; font-weight: bold; color: #ffd400; }"
        "QLabel[role=\"purpose\"] { font-size: %1px; font-weight: bold; }"
        "QLabel[role=\"priority\"] { font-size: %4px; font-weight: bold; }"
        "QLabel[role=\"error\"] { font-size: %4px; font-weight: bold; color: #000000;"
        " background: #ff8080; padding: %5px; }"
        "QPushButton { background: #1f4e99; border: 3px solid #9cc3ff; border-radius: %5px;"
        " padding: %5px; min-height: %6px; }"
        "QPushButton:pressed { background: #3f7fe0; }"
        "QPushButton:checked { background: #b03a00; border: %7px solid #ffffff; }")
                      .arg(unit * 5)
                      .arg(std::max(12, unit * 5 / 2))
                      .arg(unit * 22)
                      .arg(unit * 3)
                      .arg(unit)
                      .arg(unit * 8)
                      .arg(std::max(4, unit)));
}

void KioskWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F11) {
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace madoguchi::ui
