#include "demo/demoanswers.h"

#include "catalog/catalogmodel.h"
#include "catalog/interview.h"
#include "catalog/interviewsession.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace madoguchi::demo {
namespace {

// Texts a demo clerk tries in turn when a field's validation refuses the
// one before (a two-digit prefecture code …).
const char* const kTexts[] = {"デモ記入", "13", "1", "デモ", "0000000"};

QJsonValue valueFor(const catalog::FormField& field, const QJsonObject& context,
    QRandomGenerator& random, int attempt = 0)
{
    const QString eventDate = context[QStringLiteral("event")][QStringLiteral("date")].toString();
    const QJsonArray members = context[QStringLiteral("household")][QStringLiteral("members")].toArray();
    const QString firstMember = members.isEmpty() ? QStringLiteral("m1")
                                                  : members.first()[QStringLiteral("id")].toString();
    switch (field.type) {
    case catalog::FieldType::Text:
        return QString::fromUtf8(kTexts[std::size_t(attempt) % std::size(kTexts)]);
    case catalog::FieldType::Kana:
        return QStringLiteral("デモ");
    case catalog::FieldType::Date:
    case catalog::FieldType::EraDate:
        return eventDate;
    case catalog::FieldType::Select:
        return field.options.isEmpty()
            ? QJsonValue()
            : QJsonValue(field.options[int(random.bounded(quint32(field.options.size())))].value);
    case catalog::FieldType::Checkbox:
        return false;
    case catalog::FieldType::Number:
        return 1;
    case catalog::FieldType::Address:
        return QStringLiteral("東京都みどり野市本町一丁目1番1号");
    case catalog::FieldType::Phone:
        return QStringLiteral("042%1").arg(random.bounded(1000000, 9999999));
    case catalog::FieldType::MyNumber:
        return QStringLiteral("123456789018"); // a valid check digit
    case catalog::FieldType::Member:
        return firstMember;
    case catalog::FieldType::Members:
        return QJsonArray{firstMember};
    }
    return QJsonValue();
}

} // namespace

Status answerDemoInterview(catalog::Forms& forms, QRandomGenerator& random, int rounds)
{
    QHash<QString, int> attempts; // per question: how many answers it refused
    for (int round = 0; round < rounds && !forms.interview.isEmpty(); ++round) {
        QJsonObject answers;
        for (const catalog::Question& q : forms.interview) {
            if (!q.field)
                continue;
            int& attempt = attempts[q.key + QLatin1Char('/') + q.member];
            const QJsonValue value = valueFor(*q.field, forms.context, random, attempt++);
            if (q.member.isEmpty()) {
                answers.insert(q.key, value);
            } else {
                QJsonObject perMember = answers.value(q.key).toObject();
                perMember.insert(q.member, value);
                answers.insert(q.key, perMember);
            }
        }
        if (Status s = catalog::applyAnswers(forms, answers); !s)
            return s;
    }
    if (forms.interview.isEmpty())
        return {};
    QStringList open;
    for (const catalog::Question& q : forms.interview)
        open << (q.member.isEmpty() ? q.key : q.key + QLatin1Char('/') + q.member);
    return Error{QCoreApplication::translate("DemoAnswers", "questions still open: %1")
                     .arg(open.join(QStringLiteral(", ")))};
}

QJsonObject demoEventAnswers(
    const catalog::LifeEvent& event, const QJsonObject& input, QRandomGenerator& random)
{
    QJsonObject answers;
    for (const catalog::FormField& q : event.questions)
        if (q.required)
            answers.insert(q.id, valueFor(q, input, random));
    return answers;
}

} // namespace madoguchi::demo
