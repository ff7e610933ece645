#pragma once

#include "catalog/interviewsession.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <utility>

class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace madoguchi::ui {

class FieldEditor;
struct MemberChoice;

// The Interview step (issue #7, 1e): one form of the questions the forms
// still leave open (catalog::Forms::interview), each asked once however
// many forms need it, in the order the core gives; and, apart from them,
// the values already filled in, each marked with where it came from
// (register, event, clerk, city default), read-only: a register value is
// corrected at the register, not on a form. A refused answer shows its
// message under its field; focus goes to the next open question.
class InterviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit InterviewPanel(const QString& language, QWidget* parent = nullptr);

    // Shows `forms` (they outlive the call only until the next one). Updates
    // in place: a question still asked keeps its editor and what the clerk
    // is typing; new ones appear where the core puts them; answered ones go.
    void showForms(const catalog::Forms& forms);
    // The editor of the question `key` (for `member` when asked per member);
    // null when it is not asked now.
    FieldEditor* editorFor(const QString& key, const QString& member = {}) const;
    // Puts the cursor into the first open question (or the first problem).
    void focusFirstOpen();
    // Puts the cursor into the question `key` (of `member`); false when it
    // is not asked now.
    bool focusQuestion(const QString& key, const QString& member = {});
    int openQuestions() const;
    // Every filled-in value shown (for tests): "label\tvalue\tsource".
    QStringList prefilledRows() const;

signals:
    // The clerk answered: {key: value}, or {key: {member: value}} for a
    // question asked per member. Null clears an answer.
    void answered(const QJsonObject& answers);
    // The clerk chose, for the 個人番号 question `key` (of `member` when
    // asked per member), the household member whose number it is.
    void myNumberWanted(const QString& key, const QString& member, const QString& whose);
    // The clerk chose "Change" on an answer already given (in Filled in):
    // the desk takes it back and the question is asked again.
    void changeRequested(const QString& key, const QString& member);

private:
    struct Entry {
        QString key;
        QString member;
        FieldEditor* editor = nullptr;
        QLabel* label = nullptr;
    };

    Entry makeEntry(const catalog::Question& question, const QList<MemberChoice>& members);
    void onEdited(FieldEditor* editor);
    void showFilled(const catalog::Forms& forms, const QHash<QString, QString>& names);
    void moveFocusAfterAnswer();

    QString m_language;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_content = nullptr;
    QFormLayout* m_questions = nullptr;
    QLabel* m_noQuestions = nullptr;
    QWidget* m_filled = nullptr;
    QList<Entry> m_entries;
    QStringList m_prefilledRows;
    // The question last answered with the cursor in it, and the order of
    // the questions then: the cursor goes on from it at the next showForms.
    std::optional<std::pair<QString, QString>> m_answered;
    QList<std::pair<QString, QString>> m_orderAtAnswer;
};

} // namespace madoguchi::ui
