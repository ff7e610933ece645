#pragma once

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace madoguchi::ui {

// Asks for a database: an SQLite file (typed, or picked with Browse…) or a
// postgresql:// URL. The text is checked before the dialog closes.
class OpenDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenDatabaseDialog(const QString& current, QWidget* parent = nullptr);

    QString location() const;

    // Runs the dialog; the location chosen, or nothing when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& current);

    void accept() override;

private:
    void browse();
    void updateButtons();

    QLineEdit* m_location = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace madoguchi::ui
