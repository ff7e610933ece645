#include "databaseopener.h"
#include "opendatabasedialog.h"
#include "support/qtprinters.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <deque>
#include <functional>
#include <gtest/gtest.h>

using namespace madoguchi;

namespace {

// Answers the modal dialogs that open while it lives, one handler each, in
// order — the person at the keyboard.
class DialogAnswerer {
public:
    using Handler = std::function<void(QWidget*)>;
    explicit DialogAnswerer(std::deque<Handler> handlers)
        : m_handlers(std::move(handlers))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal == m_last && m_since.hasExpired(5000)) {
                // A handler failed and left its dialog open: close it rather
                // than hang the test run.
                if (auto* dialog = qobject_cast<QDialog*>(modal))
                    dialog->reject();
                return;
            }
            if (!modal || modal == m_last || m_handlers.empty())
                return;
            m_last = modal;
            m_since.start();
            Handler handler = std::move(m_handlers.front());
            m_handlers.pop_front();
            handler(modal);
        });
        m_timer.start();
    }
    bool allAnswered() const { return m_handlers.empty(); }

private:
    std::deque<Handler> m_handlers;
    QTimer m_timer;
    QWidget* m_last = nullptr;
    QElapsedTimer m_since;
};

QPushButton* buttonNamed(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons())
        if (button->text().remove(QLatin1Char('&')).startsWith(text))
            return qobject_cast<QPushButton*>(button);
    return nullptr;
}

TEST(DatabaseOpener, ExplainsTheErrorAndQuitsWhenAsked)
{
    QTemporaryDir dir;
    QString informative;
    DialogAnswerer person({[&](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        ASSERT_TRUE(box);
        informative = box->informativeText();
        QPushButton* quit = buttonNamed(box, QStringLiteral("Quit"));
        ASSERT_TRUE(quit);
        quit->click();
    }});
    ui::DatabaseOpener opener(nullptr, ui::DatabaseOpener::GiveUp::Quit);
    auto db = opener.open(dir.path()); // a folder is not a database
    EXPECT_FALSE(db);
    EXPECT_TRUE(person.allAnswered());
    EXPECT_TRUE(informative.contains(dir.path())) << informative.toStdString();
}

TEST(DatabaseOpener, LetsThePersonChooseAnotherDatabase)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    DialogAnswerer person({
        [&](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            ASSERT_TRUE(box);
            QPushButton* another = buttonNamed(box, QStringLiteral("Choose Another Database"));
            ASSERT_TRUE(another);
            another->click();
        },
        [&](QWidget* w) {
            auto* dialog = qobject_cast<ui::OpenDatabaseDialog*>(w);
            ASSERT_TRUE(dialog);
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("locationEdit"));
            ASSERT_TRUE(edit);
            edit->setText(good);
            dialog->accept();
        },
    });
    ui::DatabaseOpener opener(nullptr, ui::DatabaseOpener::GiveUp::Quit);
    auto db = opener.open(dir.path());
    ASSERT_TRUE(db);
    EXPECT_TRUE(person.allAnswered());
    EXPECT_EQ(opener.opened(), good);
    EXPECT_EQ(db->location().sqlitePath, QDir::cleanPath(good));
}

TEST(OpenDatabaseDialog, RefusesTextThatIsNoDatabaseLocation)
{
    ui::OpenDatabaseDialog dialog(QStringLiteral("mysql://host/db"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    ASSERT_TRUE(problem);
    EXPECT_FALSE(problem->text().isEmpty());
}

} // namespace
