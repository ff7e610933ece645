#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi::ui {

// A smartphone pre-entry read at the desk (issue #10, docs/preentry.md):
// each value it brings, marked 事前入力, and what could not be used and
// why. The clerk checks it with the resident and confirms (Enter); only
// then the visit takes the life event and the answers. Esc drops it.
class PreEntryDialog : public QDialog {
    Q_OBJECT
public:
    struct Row {
        QString label;
        QString value;
    };

    PreEntryDialog(const QString& summary, const QList<Row>& rows, const QStringList& notes,
        QWidget* parent = nullptr);

    QTableWidget* valuesTable() const { return m_values; }
    QLabel* notesLabel() const { return m_notes; }
    QPushButton* confirmButton() const { return m_confirm; }

signals:
    void confirmed();

private:
    QTableWidget* m_values = nullptr;
    QLabel* m_notes = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace madoguchi::ui
