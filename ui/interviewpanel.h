#pragma once

#include "catalog/interviewsession.h"

#include <QJsonObject>
#include <QString>
#include <QWidget>

namespace madoguchi::ui {

class FieldEditor;

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
    int openQuestions() const;
    // Every filled-in value shown (for tests): "label\tvalue\tsource".
    QStringList prefilledRows() const;

signals:
    // The clerk answered: {key: value}, or {key: {member: value}} for a
    // question asked per member. Null clears an answer.
    void answered(const QJsonObject& answers);
};

} // namespace madoguchi::ui
