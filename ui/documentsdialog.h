#pragma once

#include "visit/visitinprogress.h"

#include <QDialog>
#include <functional>

class QLabel;
class QTableWidget;

namespace madoguchi::ui {

// F11 at the desk (issue #10 item 1, docs/desk.md "Documents to bring"):
// every document the catalog names for the procedures of the visit, one
// row each, and what the clerk records about it — presented on paper and
// checked, scanned (a PDF or image attached to the application and sent
// with it), received as a signed certificate, or missing (the slip then
// tells the resident what to bring and by when). Keys on the table: 1
// presented, 2 scanned (asks for the file), 3 digital, 4 missing, 0 not yet
// recorded; the combo box in each row does the same with the mouse.
class DocumentsDialog : public QDialog {
    Q_OBJECT
public:
    using FileAsker = std::function<QString(QWidget*)>;

    DocumentsDialog(visit::VisitInProgress& visit, const QString& language,
        QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* errorLabel() const { return m_error; }
    void setFileAsker(FileAsker asker) { m_askFile = std::move(asker); }
    // Records `status` for row `row`; a scan asks for its file first.
    void setStatus(int row, visit::DocumentStatus status);

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Line {
        QString key;
        int index = 0;
        QString certificateType;
    };
    void fill();
    void showRow(int row);

    visit::VisitInProgress& m_visit;
    QString m_language;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QList<Line> m_lines;
    FileAsker m_askFile;
};

} // namespace madoguchi::ui
