// A certificate is about one member (docs/certificates.md, "In the rules
// context"): two children moving in bring a 在学証明書 each, and each
// child's 転入学 form takes its own former school from its own certificate
// — at the desk, in the records and through the submission, on both engines.
// Also insertEvidence on its own.
#include "certificate/certificateissuer.h"
#include "demo/demoanswers.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "support/testcity.h"
#include "support/testdatabase.h"
#include "visit/evidencecontext.h"
#include "visit/visitinprogress.h"
#include "visit/visitsubmission.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;

const QDate kToday(2026, 11, 26);

QJsonObject memberNamed(const QString& id)
{
    return {{QStringLiteral("id"), id}};
}

TEST(InsertEvidence, EachMemberGetsItsOwnAndTheVisitOnlyTheOneOfItsType)
{
    QJsonObject input{{QStringLiteral("household"),
        QJsonObject{{QStringLiteral("members"),
            QJsonArray{memberNamed(QStringLiteral("m1")), memberNamed(QStringLiteral("m3")),
                memberNamed(QStringLiteral("m4"))}}}}};
    const QJsonObject first{{QStringLiteral("school"), QStringLiteral("梅田小学校")}};
    const QJsonObject second{{QStringLiteral("school"), QStringLiteral("梅田中学校")}};
    const QJsonObject moveOut{{QStringLiteral("previous_address"), QStringLiteral("大阪市")}};
    visit::insertEvidence(input,
        {{QStringLiteral("zaigaku_shoumei"), QStringLiteral("m3"), first},
            {QStringLiteral("zaigaku_shoumei"), QStringLiteral("m4"), second},
            {QStringLiteral("tenshutsu_shoumei"), QStringLiteral("m1"), moveOut}});
    const QJsonArray members
        = input[QStringLiteral("household")][QStringLiteral("members")].toArray();
    EXPECT_EQ(members[1][QStringLiteral("evidence")][QStringLiteral("zaigaku_shoumei")], first);
    EXPECT_EQ(members[2][QStringLiteral("evidence")][QStringLiteral("zaigaku_shoumei")], second);
    EXPECT_EQ(members[0][QStringLiteral("evidence")][QStringLiteral("tenshutsu_shoumei")], moveOut);
    EXPECT_FALSE(members[0].toObject()[QStringLiteral("evidence")].toObject().contains(
        QStringLiteral("zaigaku_shoumei")));
    // Two of a type: a household form could not tell which, so neither.
    const QJsonObject visitWide = input[QStringLiteral("evidence")].toObject();
    EXPECT_EQ(visitWide.keys(), QStringList{QStringLiteral("tenshutsu_shoumei")});

    QJsonObject untouched{{QStringLiteral("household"), QJsonObject()}};
    visit::insertEvidence(untouched, {});
    EXPECT_FALSE(untouched.contains(QStringLiteral("evidence")));
    // An input without a household is left as it is, for the context check.
    QJsonObject broken{{QStringLiteral("household"), QStringLiteral("?")}};
    visit::insertEvidence(
        broken, {{QStringLiteral("zaigaku_shoumei"), QStringLiteral("m3"), first}});
    EXPECT_EQ(broken, (QJsonObject{{QStringLiteral("household"), QStringLiteral("?")}}));
}

class VisitEvidence : public madoguchi::testing::ClerkInTestCity {
protected:
    VisitEvidence()
        : ClerkInTestCity(kToday)
    { }

    // The head of a household with two children of school age (born
    // 2013-04-02 … 2019-04-01: grades 2 to 9 of compulsory school today).
    QString headOfTwoPupils()
    {
        auto rows = storage::exec(db->sql(),
            QStringLiteral("SELECT h.atena_no FROM persons h WHERE h.relationship = '世帯主' AND "
                           "h.status = 'resident' AND (SELECT COUNT(*) FROM persons c WHERE "
                           "c.household_id = h.household_id AND c.status = 'resident' AND "
                           "c.birth_date BETWEEN '2013-04-02' AND '2019-04-01') >= 2 "
                           "ORDER BY h.id LIMIT 1"));
        EXPECT_TRUE(rows);
        if (!rows || !rows->next())
            return {};
        return rows->value(0).toString();
    }

    // A 在学証明書 of `child` from the demo school.
    static QString enrolment(const certificate::SubjectCandidate& child, const QString& school)
    {
        auto issuer = certificate::demoIssuer(QStringLiteral("demo-school"));
        EXPECT_TRUE(issuer);
        if (!issuer)
            return {};
        return certificate::issueCertificate(issuer.value(),
            QStringLiteral("SchoolEnrolmentCertificate"), child.nameKanji, child.birthDate,
            QJsonObject{{QStringLiteral("school"), school}, {QStringLiteral("grade"), 3}},
            QDateTime(kToday.addDays(-10), QTime(10, 0), Qt::UTC));
    }
};

// The value and provenance of field `id` on the form of procedure/member.
std::pair<QJsonValue, catalog::Provenance> fieldOf(
    const catalog::Forms& forms, const QString& procedure, const QString& member, const QString& id)
{
    for (const catalog::FilledForm& form : forms.forms)
        if (form.procedure->id == procedure && form.member == member)
            for (const catalog::FilledField& f : form.fields)
                if (f.field->id == id)
                    return {f.value, f.provenance};
    return {QJsonValue(QJsonValue::Undefined), catalog::Provenance::None};
}

TEST_P(VisitEvidence, TwoChildrenEachBringTheirOwnEnrolmentCertificate)
{
    const QString atena = headOfTwoPupils();
    ASSERT_FALSE(atena.isEmpty()) << "the test city has a household with two pupils";
    visit::VisitInProgress work(*db, catalogue);
    work.setResident(atena);
    ASSERT_TRUE(work.setEvent(QStringLiteral("tennyu"), kToday.addDays(-3), kToday, {}));
    QList<certificate::SubjectCandidate> pupils;
    for (const catalog::FilledForm& form : work.forms().forms)
        if (form.procedure->id == QLatin1String("gakko.tennyugaku"))
            for (const certificate::SubjectCandidate& c : work.subjectCandidates())
                if (c.member == form.member)
                    pupils << c;
    ASSERT_GE(pupils.size(), 2);
    const QString schools[]
        = {QStringLiteral("大阪市立梅田小学校"), QStringLiteral("大阪市立梅田中学校")};

    // Both read at the desk; neither reaches a form before the consent.
    for (int i = 0; i < 2; ++i) {
        const QString text = enrolment(pupils.at(i), schools[i]);
        const certificate::CheckedCertificate checked = certificate::verifyCertificate(
            text, *catalogue, work.subjectCandidates(), QDateTime(kToday, QTime(10, 0)));
        ASSERT_TRUE(checked.valid());
        ASSERT_EQ(checked.member, pupils.at(i).member);
        work.sources().addCertificate({text, checked});
    }
    ASSERT_EQ(work.sources().certificates().size(), 2) << "one per child, not one per type";
    ASSERT_TRUE(work.refreshSources());
    const QString source = visit::certificateSource(QStringLiteral("zaigaku_shoumei"));
    EXPECT_NE(fieldOf(work.forms(), QStringLiteral("gakko.tennyugaku"), pupils.at(0).member,
                  QStringLiteral("former_school"))
                  .second,
        catalog::Provenance::Evidence);
    work.sources().setConsent(source, true, work.useOf(source), QStringLiteral("k.sato"),
        QDateTime(kToday, QTime(10, 0)));
    ASSERT_TRUE(work.refreshSources());
    for (int i = 0; i < 2; ++i) {
        const auto school = fieldOf(work.forms(), QStringLiteral("gakko.tennyugaku"),
            pupils.at(i).member, QStringLiteral("former_school"));
        EXPECT_EQ(school.first.toString(), schools[i]) << pupils.at(i).member.toStdString();
        EXPECT_EQ(school.second, catalog::Provenance::Evidence);
    }
    // Matched again at every refresh: members numbered anew keep their own
    // certificates, and a subject no longer in the household gives nothing.
    QList<certificate::SubjectCandidate> renumbered = work.subjectCandidates();
    for (certificate::SubjectCandidate& c : renumbered)
        c.member = u'x' + c.member;
    work.sources().matchMembers(renumbered);
    ASSERT_EQ(work.sources().evidenceContext().size(), 2);
    for (const visit::CertificateClaims& c : work.sources().evidenceContext())
        EXPECT_TRUE(c.member.startsWith(u'x')) << c.member.toStdString();
    work.sources().matchMembers({});
    EXPECT_TRUE(work.sources().evidenceContext().isEmpty());
    EXPECT_EQ(work.sources().certificateFor(QStringLiteral("zaigaku_shoumei"),
                  QStringLiteral("gakko.tennyugaku/") + pupils.at(0).member),
        nullptr);
    ASSERT_TRUE(work.refreshSources());
    EXPECT_EQ(work.sources().evidenceContext().size(), 2);
    // A third pupil (if any) has no certificate: its former school is asked.
    for (const catalog::Question& q : work.forms().interview)
        EXPECT_FALSE(q.key == QLatin1String("former_school")
            && (q.member == pupils.at(0).member || q.member == pupils.at(1).member));

    // Each certificate's evidence record names its child and the fields it filled.
    catalog::Forms answered = work.forms();
    QRandomGenerator random(5);
    ASSERT_TRUE(demo::answerDemoInterview(answered, random));
    ASSERT_TRUE(work.answer(answered.answers));
    ASSERT_TRUE(work.readyToSubmit()) << work.incompleteForms().join(u',').toStdString();
    const visit::VisitDraft draft = work.draft(kToday);
    EXPECT_EQ(draft.certificates.size(), 2);
    int records = 0;
    for (const visit::EvidenceRecord& e : draft.records.evidence) {
        if (e.source != source)
            continue;
        ++records;
        const QString field = QStringLiteral("gakko.tennyugaku/%1:former_school").arg(e.member);
        EXPECT_EQ(e.fields, QStringList{field}) << e.member.toStdString();
    }
    EXPECT_EQ(records, 2);
    // The 在学証明書 document of each child is received digitally.
    for (const visit::DocumentRecord& d : draft.records.documents) {
        if (!d.key.startsWith(QLatin1String("gakko.tennyugaku/")) || d.index != 0)
            continue;
        const bool read
            = d.key.endsWith(pupils.at(0).member) || d.key.endsWith(pupils.at(1).member);
        EXPECT_EQ(
            d.status, read ? visit::DocumentStatus::Digital : visit::DocumentStatus::Unrecorded)
            << d.key.toStdString();
    }

    // The submission verifies both again and sends each child's own school.
    auto submitted = visit::submitVisit(*db, *access, *catalogue, draft);
    ASSERT_TRUE(submitted) << submitted.error().message.toStdString();
    for (int i = 0; i < 2; ++i) {
        auto payload = storage::exec(db->sql(),
            QStringLiteral("SELECT a.form FROM applications a WHERE a.visit_ref = ? AND "
                           "a.procedure_id = 'gakko.tennyugaku' AND a.member_id = ?"),
            {submitted->ref, pupils.at(i).member});
        ASSERT_TRUE(payload && payload->next()) << pupils.at(i).member.toStdString();
        EXPECT_TRUE(payload->value(0).toString().contains(schools[i]))
            << payload->value(0).toString().toStdString();
    }

    // A household application cannot tell the two apart: neither stands
    // for its document.
    const QString type = QStringLiteral("zaigaku_shoumei");
    EXPECT_EQ(work.sources().certificateFor(type, QStringLiteral("tennyu.todoke")), nullptr);
    const QString firstKey = QStringLiteral("gakko.tennyugaku/") + pupils.at(0).member;
    ASSERT_NE(work.sources().certificateFor(type, firstKey), nullptr);
    EXPECT_EQ(work.sources().certificateFor(type, firstKey)->checked.member, pupils.at(0).member);

    // Reading the first child's certificate again replaces it, and the
    // consent to the type is asked again; a document the clerk marked as
    // received digitally is not while the consent is not there.
    work.sources().setDocument(firstKey, 0, visit::DocumentStatus::Digital);
    EXPECT_EQ(work.sources().documentStatus(firstKey, 0, type), visit::DocumentStatus::Digital);
    const QString again = enrolment(pupils.at(0), schools[1]);
    work.sources().addCertificate({again,
        certificate::verifyCertificate(
            again, *catalogue, work.subjectCandidates(), QDateTime(kToday, QTime(10, 0)))});
    EXPECT_EQ(work.sources().certificates().size(), 2);
    EXPECT_FALSE(work.sources().consent(source).has_value());
    EXPECT_EQ(work.sources().documentStatus(firstKey, 0, type), visit::DocumentStatus::Unrecorded);
    work.sources().setConsent(source, false, work.useOf(source), QStringLiteral("k.sato"),
        QDateTime(kToday, QTime(10, 5)));
    ASSERT_TRUE(work.refreshSources());
    EXPECT_EQ(work.sources().documentStatus(firstKey, 0, type), visit::DocumentStatus::Unrecorded);
    EXPECT_NE(fieldOf(work.forms(), QStringLiteral("gakko.tennyugaku"), pupils.at(0).member,
                  QStringLiteral("former_school"))
                  .second,
        catalog::Provenance::Evidence);
    // The consent names the type and its issuers.
    const visit::VisitDraft refused = work.draft(kToday);
    for (const visit::ConsentRecord& c : refused.records.consents)
        if (c.source == source) {
            EXPECT_FALSE(c.granted);
            EXPECT_TRUE(c.sourceNames.ja.startsWith(QStringLiteral("在学証明書（")))
                << c.sourceNames.ja.toStdString();
        }
    EXPECT_TRUE(refused.certificates.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Engines, VisitEvidence, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

} // namespace
