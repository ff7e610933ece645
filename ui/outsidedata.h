#pragma once

#include "visit/visitinprogress.h"

#include <QDialog>
#include <QObject>
#include <QList>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace madoguchi::security {
class AccessControl;
}

namespace madoguchi::ui {

class CertificateDialog;
class DocumentsDialog;
class PreEntryDialog;
class ScanDialog;

// Information from outside city hall at the desk (issue #10, docs/desk.md
// "Codes from outside"): F10 reads a code — a smartphone pre-entry, which
// the clerk confirms before the visit takes its life event and answers, or
// a signed certificate, verified (and audited) and used only with the
// resident's consent — and F11 records the documents brought. The visit
// page owns one and refreshes its steps on changed().
class OutsideData : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        // The resident's row id for the audit chain.
        std::function<std::optional<qint64>()> personId;
        // The day the desk counts from.
        std::function<QDate()> today;
    };

    OutsideData(QWidget* page, const QString& language, Hooks hooks);

    // A new session (null access: logged out) or a new visit.
    void setVisit(visit::VisitInProgress* visit, security::AccessControl* access);

    // F10: the scan dialog (open(), not exec(): tests type into it).
    ScanDialog* scan();
    // F11: the documents of the visit; null before the checklist.
    DocumentsDialog* documents();
    // Handles a code as the scan dialog hands it on.
    void read(const QString& text);

    ScanDialog* scanDialog() const;
    PreEntryDialog* preEntryDialog() const;
    CertificateDialog* certificateDialog() const;
    DocumentsDialog* documentsDialog() const;

signals:
    // The forms changed (claims consented, answers taken): refresh the steps.
    void changed();
    // A pre-entry was confirmed: the page shows the event and the checklist.
    void eventTaken(const QString& eventType, QDate date, const QJsonObject& answers);
    void message(const QString& text);

private:
    void readPreEntry(const QString& text);
    void readCertificate(const QString& text);
    void scanError(const QString& text);
    void show(QDialog* dialog);

    QWidget* m_page;
    QString m_language;
    Hooks m_hooks;
    visit::VisitInProgress* m_visit = nullptr;
    security::AccessControl* m_access = nullptr;
    QPointer<ScanDialog> m_scan;
    QPointer<PreEntryDialog> m_preEntry;
    QPointer<CertificateDialog> m_certificate;
    QPointer<DocumentsDialog> m_documents;
};

} // namespace madoguchi::ui
