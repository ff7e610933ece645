#pragma once

#include "catalog/interviewsession.h"
#include "common/result.h"
#include "formdocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;

namespace madoguchi::ui {

// The Review and print step (issue #7, 1f): the forms that go out, each
// filled in, as the resident will sign them — on screen in a print
// preview, on paper through the system's print dialog (Ctrl+P), or as one
// combined PDF for the visit (Ctrl+Shift+S). The first print takes the
// visit's reference, so the signed papers carry the number the submission
// uses.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    // Takes the visit's reference (VisitInProgress::reference()).
    using ReferenceTaker = std::function<Result<QString>()>;
    // Asks where to save a PDF; empty: cancelled. Tests give their own.
    using FileAsker = std::function<QString(QWidget* parent, const QString& suggested)>;

    explicit ReviewPanel(const QString& language, QWidget* parent = nullptr);
    ~ReviewPanel() override;

    // `forms` (owned by the visit) must stay until the next showVisit().
    // `incomplete` are the keys of forms still waiting for answers.
    void showVisit(const catalog::Forms& forms, const QList<qsizetype>& sent,
        const QStringList& incomplete, const PrintHeader& header);
    void setReferenceTaker(ReferenceTaker taker) { m_takeReference = std::move(taker); }
    void setFileAsker(FileAsker asker) { m_askFile = std::move(asker); }

    // The system print dialog, then the printer.
    void print();
    // One combined PDF where the clerk says (or `file` when given).
    Status savePdf(const QString& file = {});
    QPrintPreviewWidget* preview() const { return m_preview; }
    QListWidget* formList() const { return m_list; }

signals:
    // Something was printed or saved: a message for the status bar.
    void printed(const QString& message);

private:
    // The reference is taken before anything leaves the desk on paper.
    bool takeReference();
    void paint(QPrinter* printer);

    QString m_language;
    const catalog::Forms* m_forms = nullptr;
    QList<qsizetype> m_sent;
    PrintHeader m_header;
    ReferenceTaker m_takeReference;
    FileAsker m_askFile;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
};

} // namespace madoguchi::ui
