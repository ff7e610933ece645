#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi::ui {

// F10 at the desk (issue #10, docs/desk.md "Codes from outside"): one field
// that takes what a USB QR scanner types (it acts as a keyboard and ends
// with Enter), a paste, or a file — a smartphone pre-entry code (MDP1:…)
// or a signed certificate from another institution (a compact JWS). Enter
// hands the text on; the page decides which it is and shows the result.
class ScanDialog : public QDialog {
    Q_OBJECT
public:
    explicit ScanDialog(QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* fileButton() const { return m_file; }
    // Why the last code was not taken (shown under the field); empty hides it.
    void setError(const QString& text);
    // Tests give their own file instead of the file dialog.
    void setFileAsker(std::function<QString(QWidget*)> asker) { m_askFile = std::move(asker); }

signals:
    void codeRead(const QString& text);

private:
    void loadFile();
    void take();

    QLineEdit* m_code = nullptr;
    QPushButton* m_file = nullptr;
    QLabel* m_error = nullptr;
    std::function<QString(QWidget*)> m_askFile;
};

} // namespace madoguchi::ui
