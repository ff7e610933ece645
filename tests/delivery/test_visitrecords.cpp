// What a visit records besides its forms (docs/visits.md, "Documents,
// evidence and consent"): documents with their status and scans, the
// evidence and the consents, written with the submission and read back on
// both engines; the scans in the envelope; the guidance slip's documents,
// data used and what went to which system (labels, never values); scans
// checked by their bytes; and `visit show` through the real binary.
#include "demo/demovisits.h"
#include "security/accesscontrol.h"
#include "security/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "support/clirunner.h"
#include "support/testcity.h"
#include "support/testdatabase.h"
#include "visit/visitrecords.h"
#include "visit/visitstatus.h"
#include "visit/visitsubmission.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace madoguchi;
using visit::DocumentStatus;

const QDate kToday(2026, 11, 26);

// A PNG's signature, then bytes a text column would mangle (NUL, high bytes).
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00\x80");

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString keyOf(const visit::SubmittedApplication& a)
{
    return a.member.isEmpty() ? a.procedureId : a.procedureId + u'/' + a.member;
}

class VisitRecordsTest : public madoguchi::testing::ClerkInTestCity {
protected:
    VisitRecordsTest()
        : ClerkInTestCity(kToday)
    { }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ClerkInTestCity::SetUp());

        // A 転居 of a household of two or more, completed as a demo clerk
        // would; submitted once without records to learn its applications.
        auto head = storage::exec(db->sql(),
            QStringLiteral("SELECT p.atena_no FROM persons p WHERE p.relationship = '世帯主' AND "
                           "p.status = 'resident' AND (SELECT COUNT(*) FROM persons q WHERE "
                           "q.household_id = p.household_id AND q.status = 'resident') >= 2 "
                           "ORDER BY p.id LIMIT 1"));
        ASSERT_TRUE(head && head->next());
        draft.atenaNo = head->value(0).toString();
        head->finish();
        draft.eventType = QStringLiteral("tenkyo");
        draft.eventDate = kToday.addDays(-2);
        draft.today = kToday;
        QRandomGenerator random(4);
        QString skip;
        ASSERT_TRUE(demo::completeDemoDraft(*db, *catalogue, draft, random, skip));
        ASSERT_TRUE(skip.isEmpty()) << skip.toStdString();
        auto plain = visit::submitVisit(*db, *access, *catalogue, draft);
        ASSERT_TRUE(plain) << plain.error().message.toStdString();
        plainVisit = plain.value();
        ASSERT_GE(plainVisit.applications.size(), 2) << "two applications to record documents of";
    }

    // Records for the visit's first two applications: every document
    // status, a scan, a certificate and a pre-entry, a consent given and
    // one refused.
    visit::VisitRecords sampleRecords() const
    {
        const QString first = keyOf(plainVisit.applications.at(0));
        const QString second = keyOf(plainVisit.applications.at(1));
        visit::VisitRecords r;
        visit::DocumentRecord presented{first, 0,
            {QStringLiteral("本人確認書類"), QStringLiteral("Proof of identity")},
            DocumentStatus::Presented, std::nullopt, {}, {}};
        visit::DocumentRecord scanned{first, 1,
            {QStringLiteral("委任状"), QStringLiteral("Letter of attorney")},
            DocumentStatus::Scanned,
            visit::Attachment{
                QStringLiteral("ininjou.png"), QStringLiteral("image/png"), kPng, sha256(kPng)},
            {}, {}};
        visit::DocumentRecord missing{first, 2,
            {QStringLiteral("母子健康手帳"), QStringLiteral("Maternal and child health handbook")},
            DocumentStatus::Missing, std::nullopt, {}, QDate(2026, 12, 3)};
        visit::DocumentRecord digital{second, 0,
            {QStringLiteral("出生証明書"), QStringLiteral("Birth certificate")},
            DocumentStatus::Digital, std::nullopt, QStringLiteral("ab12cd"), {}};
        visit::DocumentRecord unrecorded{second, 1,
            {QStringLiteral("印鑑"), QStringLiteral("Seal")}, DocumentStatus::Unrecorded,
            std::nullopt, {}, {}};
        r.documents = {presented, scanned, missing, digital, unrecorded};
        r.evidence = {visit::EvidenceRecord{QStringLiteral("certificate:shussei_shoumei"),
                          {QStringLiteral("出生証明書（みどり野中央病院）"),
                              QStringLiteral("Birth certificate (Midorino Central Hospital)")},
                          QStringLiteral("hospital-1"), QStringLiteral("d1g35t"),
                          QStringLiteral("m2"), {second + QStringLiteral(":birth_time")}},
            visit::EvidenceRecord{QStringLiteral("preentry"),
                {QStringLiteral("スマートフォンの事前入力"),
                    QStringLiteral("Smartphone pre-entry")},
                {}, QStringLiteral("pr3"), {}, {first + QStringLiteral(":phone")}}};
        const QDateTime at(QDate(2026, 11, 26), QTime(10, 0, 0, 123), Qt::UTC);
        r.consents = {visit::ConsentRecord{QStringLiteral("certificate:shussei_shoumei"),
                          r.evidence[0].names, QStringLiteral("出生届"), {QStringLiteral("juki")},
                          true, QStringLiteral("k.sato"), at},
            visit::ConsentRecord{QStringLiteral("preentry"), r.evidence[1].names,
                QStringLiteral("転居届"), {QStringLiteral("juki"), QStringLiteral("kokuho")}, false,
                QStringLiteral("k.sato"), at.addSecs(30)}};
        return r;
    }

    // The same visit again, with records: what the desk submits.
    visit::SubmittedVisit submitWithRecords()
    {
        visit::VisitDraft withRecords = draft;
        withRecords.records = sampleRecords();
        auto submitted = visit::submitVisit(*db, *access, *catalogue, withRecords);
        EXPECT_TRUE(submitted) << submitted.error().message.toStdString();
        return submitted ? submitted.value() : visit::SubmittedVisit{};
    }

    qint64 count(const QString& sql, const QVariantList& values = {})
    {
        auto q = storage::exec(db->sql(), sql, values);
        EXPECT_TRUE(q);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QHash<QString, QString> applicationIds(const visit::SubmittedVisit& v) const
    {
        QHash<QString, QString> ids;
        for (const visit::SubmittedApplication& a : v.applications)
            ids.insert(keyOf(a), a.id);
        return ids;
    }

    visit::VisitDraft draft;
    visit::SubmittedVisit plainVisit;
};

TEST_P(VisitRecordsTest, WrittenWithTheSubmissionAndReadBack)
{
    const visit::SubmittedVisit v = submitWithRecords();
    ASSERT_FALSE(v.ref.isEmpty());
    const visit::VisitRecords written = sampleRecords();
    auto read = visit::readVisitRecords(*db, v.ref);
    ASSERT_TRUE(read) << read.error().message.toStdString();

    ASSERT_EQ(read->documents.size(), written.documents.size());
    for (qsizetype i = 0; i < written.documents.size(); ++i) {
        const visit::DocumentRecord& w = written.documents.at(i);
        const visit::DocumentRecord& r = read->documents.at(i);
        EXPECT_EQ(r.key, w.key);
        EXPECT_EQ(r.index, w.index);
        EXPECT_EQ(r.names.ja, w.names.ja);
        EXPECT_EQ(r.names.en, w.names.en);
        EXPECT_EQ(r.status, w.status) << visit::documentStatusName(w.status).toStdString();
        EXPECT_EQ(r.bringBy, w.bringBy);
        EXPECT_EQ(r.certificateDigest, w.certificateDigest);
        ASSERT_EQ(r.attachment.has_value(), w.attachment.has_value());
        if (w.attachment) {
            EXPECT_EQ(r.attachment->fileName, w.attachment->fileName);
            EXPECT_EQ(r.attachment->mediaType, QStringLiteral("image/png"));
            EXPECT_EQ(r.attachment->sha256, sha256(kPng));
            EXPECT_TRUE(r.attachment->bytes.isEmpty()) << "read without their bytes";
        }
    }
    // The bytes themselves, NUL and high bytes included, on both engines.
    auto content = visit::attachmentContent(*db, v.ref, written.documents[1].key, 1);
    ASSERT_TRUE(content) << content.error().message.toStdString();
    EXPECT_EQ(content.value(), kPng);
    EXPECT_FALSE(visit::attachmentContent(*db, v.ref, written.documents[1].key, 0));

    ASSERT_EQ(read->evidence.size(), 2);
    EXPECT_EQ(read->evidence[0].source, QStringLiteral("certificate:shussei_shoumei"));
    EXPECT_EQ(read->evidence[0].names.ja, written.evidence[0].names.ja);
    EXPECT_EQ(read->evidence[0].issuer, QStringLiteral("hospital-1"));
    EXPECT_EQ(read->evidence[0].digest, QStringLiteral("d1g35t"));
    EXPECT_EQ(read->evidence[0].member, QStringLiteral("m2"));
    EXPECT_EQ(read->evidence[0].fields, written.evidence[0].fields);
    EXPECT_EQ(read->evidence[1].issuer, QString());
    EXPECT_EQ(read->evidence[1].member, QString());

    ASSERT_EQ(read->consents.size(), 2);
    EXPECT_TRUE(read->consents[0].granted);
    EXPECT_FALSE(read->consents[1].granted);
    EXPECT_EQ(read->consents[1].systems, written.consents[1].systems);
    EXPECT_EQ(read->consents[1].purpose, QStringLiteral("転居届"));
    EXPECT_EQ(read->consents[1].sourceNames.en, QStringLiteral("Smartphone pre-entry"));
    EXPECT_EQ(read->consents[0].at, written.consents[0].at);
    EXPECT_EQ(read->consents[0].staff, QStringLiteral("k.sato"));

    // The visit submitted without records has none.
    auto none = visit::readVisitRecords(*db, plainVisit.ref);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->documents.isEmpty() && none->evidence.isEmpty() && none->consents.isEmpty());
}

TEST_P(VisitRecordsTest, TheScanTravelsInItsApplicationsEnvelopeOnly)
{
    const visit::SubmittedVisit v = submitWithRecords();
    ASSERT_FALSE(v.ref.isEmpty());
    const QString scannedId = applicationIds(v).value(keyOf(plainVisit.applications.at(0)));
    auto rows = storage::exec(
        db->sql(), QStringLiteral("SELECT id, envelope FROM outbox WHERE visit_ref = ?"), {v.ref});
    ASSERT_TRUE(rows);
    int seen = 0;
    while (rows->next()) {
        ++seen;
        const QJsonObject envelope
            = QJsonDocument::fromJson(rows->value(1).toString().toUtf8()).object();
        if (rows->value(0).toString() != scannedId) {
            EXPECT_FALSE(envelope.contains(QStringLiteral("attachments")));
            continue;
        }
        const QJsonArray attachments = envelope[QStringLiteral("attachments")].toArray();
        ASSERT_EQ(attachments.size(), 1);
        const QJsonObject a = attachments[0].toObject();
        EXPECT_EQ(a[QStringLiteral("file_name")], QStringLiteral("ininjou.png"));
        EXPECT_EQ(a[QStringLiteral("media_type")], QStringLiteral("image/png"));
        EXPECT_EQ(a[QStringLiteral("sha256")], sha256(kPng));
        EXPECT_EQ(QByteArray::fromBase64(a[QStringLiteral("content_base64")].toString().toLatin1()),
            kPng);
        EXPECT_EQ(a[QStringLiteral("document")][QStringLiteral("ja")], QStringLiteral("委任状"));
    }
    EXPECT_EQ(seen, v.applications.size());
}

TEST_P(VisitRecordsTest, BadRecordsAreRefusedAndNothingIsWritten)
{
    const QHash<QString, QString> ids = applicationIds(plainVisit);
    const QString first = keyOf(plainVisit.applications.at(0));
    auto refused = [&](visit::VisitRecords records, const QString& expected) {
        storage::Transaction transaction(db->sql());
        ASSERT_TRUE(transaction.begun());
        const Status written = visit::writeVisitRecords(*db, plainVisit.ref, records, ids);
        ASSERT_FALSE(written) << expected.toStdString();
        EXPECT_TRUE(written.error().message.contains(expected))
            << written.error().message.toStdString();
        ASSERT_TRUE(transaction.commit());
    };
    visit::DocumentRecord document{first, 0, {QStringLiteral("本人確認書類"), {}},
        DocumentStatus::Presented, std::nullopt, {}, {}};

    visit::VisitRecords unknown;
    unknown.documents = {document};
    unknown.documents[0].key = QStringLiteral("nothing.here/m9");
    refused(unknown, QStringLiteral("nothing.here/m9"));

    visit::VisitRecords twice;
    twice.documents = {document, document};
    refused(twice, QStringLiteral("recorded twice"));

    visit::VisitRecords noScan;
    noScan.documents = {document};
    noScan.documents[0].status = DocumentStatus::Scanned;
    refused(noScan, QStringLiteral("no scan"));

    visit::VisitRecords text;
    text.documents = {document};
    text.documents[0].status = DocumentStatus::Scanned;
    text.documents[0].attachment = visit::Attachment{QStringLiteral("memo.pdf"),
        QStringLiteral("application/pdf"), QByteArrayLiteral("just some text"), {}};
    refused(text, QStringLiteral("memo.pdf"));

    visit::VisitRecords wrongHash = text;
    wrongHash.documents[0].attachment->bytes = kPng;
    wrongHash.documents[0].attachment->mediaType = QStringLiteral("image/png");
    wrongHash.documents[0].attachment->sha256 = sha256("something else");
    refused(wrongHash, QStringLiteral("SHA-256"));

    visit::VisitRecords timeless;
    timeless.documents = {document};
    timeless.consents = {visit::ConsentRecord{
        QStringLiteral("preentry"), {}, {}, {}, true, QStringLiteral("k.sato"), QDateTime()}};
    refused(timeless, QStringLiteral("has no time"));

    for (const char* table :
        {"visit_documents", "visit_attachments", "visit_evidence", "visit_consents"})
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)), 0)
            << table;
}

TEST_P(VisitRecordsTest, TheSlipSaysWhatToBringWhatWasUsedAndWhereItWent)
{
    const visit::SubmittedVisit v = submitWithRecords();
    ASSERT_FALSE(v.ref.isEmpty());
    auto status = visit::loadVisitStatus(*db, *access, v.ref);
    ASSERT_TRUE(status) << status.error().message.toStdString();
    const QJsonObject slip = visit::guidanceSlip(status.value());
    // The keys other code relies on are still there.
    for (const char* key : {"visit", "atena_no", "event", "event_date", "office", "submitted_at",
             "items", "data_used", "consents", "sent_to"})
        EXPECT_TRUE(slip.contains(QLatin1String(key))) << key;

    const QJsonArray items = slip[QStringLiteral("items")].toArray();
    ASSERT_EQ(items.size(), v.applications.size());
    const QJsonObject first = items[0].toObject();
    const QJsonArray documents = first[QStringLiteral("documents")].toArray();
    ASSERT_EQ(documents.size(), 3);
    EXPECT_EQ(documents[0][QStringLiteral("status")], QStringLiteral("presented"));
    EXPECT_EQ(documents[1][QStringLiteral("status")], QStringLiteral("scanned"));
    EXPECT_EQ(documents[2][QStringLiteral("status")], QStringLiteral("missing"));
    EXPECT_EQ(documents[2][QStringLiteral("bring_by")], QStringLiteral("2026-12-03"));
    EXPECT_EQ(documents[0][QStringLiteral("ja")], QStringLiteral("本人確認書類"));
    EXPECT_EQ(documents[0][QStringLiteral("en")], QStringLiteral("Proof of identity"));
    const QJsonArray toBring = first[QStringLiteral("to_bring")].toArray();
    ASSERT_EQ(toBring.size(), 1) << "only the missing one";
    EXPECT_EQ(toBring[0][QStringLiteral("ja")], QStringLiteral("母子健康手帳"));
    EXPECT_EQ(toBring[0][QStringLiteral("bring_by")], QStringLiteral("2026-12-03"));

    // An unrecorded document is to bring, by the procedure's deadline.
    const QJsonObject second = items[1].toObject();
    const QJsonArray secondToBring = second[QStringLiteral("to_bring")].toArray();
    ASSERT_EQ(secondToBring.size(), 1);
    EXPECT_EQ(secondToBring[0][QStringLiteral("ja")], QStringLiteral("印鑑"));
    EXPECT_EQ(secondToBring[0][QStringLiteral("status")], QStringLiteral("unrecorded"));
    EXPECT_EQ(secondToBring[0][QStringLiteral("bring_by")], second[QStringLiteral("deadline")]);
    EXPECT_EQ(second[QStringLiteral("documents")][0][QStringLiteral("status")],
        QStringLiteral("digital"));

    const QJsonArray used = slip[QStringLiteral("data_used")].toArray();
    ASSERT_EQ(used.size(), 2);
    EXPECT_EQ(used[0][QStringLiteral("source")], QStringLiteral("certificate:shussei_shoumei"));
    EXPECT_EQ(used[0][QStringLiteral("issuer")], QStringLiteral("hospital-1"));
    EXPECT_EQ(used[0][QStringLiteral("member")], QStringLiteral("m2"));
    EXPECT_EQ(used[0][QStringLiteral("names")][QStringLiteral("ja")],
        QStringLiteral("出生証明書（みどり野中央病院）"));
    EXPECT_EQ(used[0][QStringLiteral("fields")].toArray().size(), 1);
    EXPECT_FALSE(used[0].toObject().contains(QStringLiteral("digest")));
    EXPECT_TRUE(used[1][QStringLiteral("issuer")].isNull());
    const QJsonArray consents = slip[QStringLiteral("consents")].toArray();
    ASSERT_EQ(consents.size(), 2);
    EXPECT_EQ(consents[0][QStringLiteral("granted")], true);
    EXPECT_EQ(consents[1][QStringLiteral("granted")], false);
    EXPECT_EQ(consents[1][QStringLiteral("systems")].toArray().size(), 2);

    // Which system received which fields: labels, never the values.
    QSet<QString> systems;
    for (const visit::SubmittedApplication& a : v.applications)
        systems.insert(a.system);
    const QJsonArray sentTo = slip[QStringLiteral("sent_to")].toArray();
    ASSERT_EQ(sentTo.size(), systems.size());
    for (const QJsonValue& s : sentTo) {
        EXPECT_TRUE(systems.contains(s[QStringLiteral("system")].toString()));
        EXPECT_FALSE(s[QStringLiteral("procedures")].toArray().isEmpty());
        const QJsonArray fields = s[QStringLiteral("fields")].toArray();
        ASSERT_FALSE(fields.isEmpty());
        for (const QJsonValue& f : fields) {
            const QJsonObject field = f.toObject();
            const QStringList keys = field.keys();
            EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()),
                (QSet<QString>{QStringLiteral("procedure"), QStringLiteral("member"),
                    QStringLiteral("field"), QStringLiteral("label"),
                    QStringLiteral("provenance")}));
            EXPECT_FALSE(field[QStringLiteral("label")].toString().isEmpty());
        }
    }
    // The resident's name is in the forms sent, and not on the slip's list.
    auto name = storage::exec(db->sql(),
        QStringLiteral("SELECT name_kanji FROM persons WHERE atena_no = ?"), {draft.atenaNo});
    ASSERT_TRUE(name && name->next());
    const QString residentName = name->value(0).toString();
    EXPECT_GT(count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE visit_ref = ? AND "
                                   "form LIKE ?"),
                  {v.ref, QString(u'%' + residentName + u'%')}),
        0)
        << "the check below would prove nothing";
    const QString sentText
        = QString::fromUtf8(QJsonDocument(sentTo).toJson(QJsonDocument::Compact));
    EXPECT_FALSE(sentText.contains(residentName)) << sentText.toStdString();
}

TEST_P(VisitRecordsTest, AVisitWithoutRecordsListsItsDocumentsAsUnrecorded)
{
    auto status = visit::loadVisitStatus(*db, *access, plainVisit.ref);
    ASSERT_TRUE(status) << status.error().message.toStdString();
    const QJsonObject slip = visit::guidanceSlip(status.value());
    int documents = 0;
    for (const QJsonValue& item : slip[QStringLiteral("items")].toArray()) {
        const QJsonArray listed = item[QStringLiteral("documents")].toArray();
        const QJsonArray toBring = item[QStringLiteral("to_bring")].toArray();
        EXPECT_EQ(listed.size(), toBring.size());
        for (const QJsonValue& d : listed) {
            ++documents;
            EXPECT_EQ(d[QStringLiteral("status")], QStringLiteral("unrecorded"));
        }
        for (const QJsonValue& d : toBring)
            EXPECT_EQ(d[QStringLiteral("bring_by")], item[QStringLiteral("deadline")]);
    }
    EXPECT_GT(documents, 0) << "a 転居 asks for documents";
    EXPECT_TRUE(slip[QStringLiteral("data_used")].toArray().isEmpty());
    EXPECT_TRUE(slip[QStringLiteral("consents")].toArray().isEmpty());
    EXPECT_FALSE(slip[QStringLiteral("sent_to")].toArray().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Engines, VisitRecordsTest, madoguchi::testing::kBothEngines,
    madoguchi::testing::EngineParamName());

TEST(VisitRecordsJson, StatusNamesAndDocumentJson)
{
    for (DocumentStatus status : {DocumentStatus::Unrecorded, DocumentStatus::Presented,
             DocumentStatus::Scanned, DocumentStatus::Digital, DocumentStatus::Missing})
        EXPECT_EQ(visit::documentStatusFromName(visit::documentStatusName(status)), status);
    EXPECT_EQ(visit::documentStatusName(DocumentStatus::Missing), QStringLiteral("missing"));
    EXPECT_FALSE(visit::documentStatusFromName(QStringLiteral("lost")).has_value());

    const visit::DocumentRecord scanned{QStringLiteral("inkan.touroku/m1"), 1,
        {QStringLiteral("委任状"), QStringLiteral("Letter of attorney")}, DocumentStatus::Scanned,
        visit::Attachment{
            QStringLiteral("ininjou.png"), QStringLiteral("image/png"), kPng, sha256(kPng)},
        {}, {}};
    const QJsonObject brief = visit::documentJson(scanned);
    EXPECT_EQ(brief[QStringLiteral("key")], QStringLiteral("inkan.touroku/m1"));
    EXPECT_EQ(brief[QStringLiteral("index")], 1);
    EXPECT_EQ(brief[QStringLiteral("status")], QStringLiteral("scanned"));
    EXPECT_TRUE(brief[QStringLiteral("bring_by")].isNull());
    EXPECT_EQ(brief[QStringLiteral("attachment")][QStringLiteral("sha256")], sha256(kPng));
    EXPECT_FALSE(
        brief[QStringLiteral("attachment")].toObject().contains(QStringLiteral("content_base64")));
    const QJsonObject full = visit::documentJson(scanned, true);
    EXPECT_EQ(
        QByteArray::fromBase64(full[QStringLiteral("attachment")][QStringLiteral("content_base64")]
                                   .toString()
                                   .toLatin1()),
        kPng);
}

// Scans are told by their first bytes, not by their names.
class AttachmentFile : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString failure(const QString& path)
    {
        auto read = visit::readAttachment(path);
        EXPECT_FALSE(read) << path.toStdString();
        return read ? QString() : read.error().message;
    }

    QTemporaryDir dir;
};

TEST_F(AttachmentFile, PdfPngAndJpegAreRead)
{
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    const QByteArray jpeg = QByteArrayLiteral("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00");
    for (const auto& [name, bytes, type] :
        {std::tuple{QStringLiteral("juminhyo.pdf"), pdf, QStringLiteral("application/pdf")},
            std::tuple{QStringLiteral("menkyo.png"), kPng, QStringLiteral("image/png")},
            std::tuple{QStringLiteral("hoken.JPG"), jpeg, QStringLiteral("image/jpeg")},
            // The content decides: a PNG saved as .pdf is a PNG.
            std::tuple{QStringLiteral("scan.pdf"), kPng, QStringLiteral("image/png")}}) {
        auto read = visit::readAttachment(write(name, bytes));
        ASSERT_TRUE(read) << read.error().message.toStdString();
        EXPECT_EQ(read->fileName, name);
        EXPECT_EQ(read->mediaType, type);
        EXPECT_EQ(read->bytes, bytes);
        EXPECT_EQ(read->sha256, sha256(bytes));
    }
}

TEST_F(AttachmentFile, TextNamedPdfIsRefusedByItsContent)
{
    const QString message = failure(write(QStringLiteral("shinsei.pdf"), "Hello, this is text"));
    EXPECT_TRUE(message.contains(QStringLiteral("shinsei.pdf"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("not a PDF, PNG or JPEG")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("\"Hello, t\""))) << message.toStdString();
}

TEST_F(AttachmentFile, EmptyMissingAndFolderAreRefused)
{
    QString message = failure(write(QStringLiteral("empty.pdf"), {}));
    EXPECT_TRUE(message.contains(QStringLiteral("empty.pdf")) && message.contains(u"empty"))
        << message.toStdString();
    message = failure(dir.filePath(QStringLiteral("nowhere.pdf")));
    EXPECT_TRUE(message.contains(QStringLiteral("nowhere.pdf"))
        && message.contains(QStringLiteral("does not exist")))
        << message.toStdString();
    message = failure(dir.path());
    EXPECT_TRUE(message.contains(QStringLiteral("not a file"))) << message.toStdString();
}

TEST_F(AttachmentFile, TenMegabytesAtMost)
{
    // A PDF of exactly the limit is read; one byte more is refused.
    const QString path = write(QStringLiteral("big.pdf"), QByteArrayLiteral("%PDF-1.4\n"));
    QFile file(path);
    ASSERT_TRUE(file.resize(visit::kMaxAttachmentBytes));
    auto atLimit = visit::readAttachment(path);
    ASSERT_TRUE(atLimit) << atLimit.error().message.toStdString();
    EXPECT_EQ(atLimit->bytes.size(), visit::kMaxAttachmentBytes);
    ASSERT_TRUE(file.resize(visit::kMaxAttachmentBytes + 1));
    const QString message = failure(path);
    EXPECT_TRUE(message.contains(QStringLiteral("big.pdf"))
        && message.contains(QStringLiteral("at most 10.0 MB")))
        << message.toStdString();
}

TEST(VisitRecordsCli, VisitShowPrintsDocumentsDataUsedAndConsents)
{
    madoguchi::testing::TestDatabase testDb(storage::Engine::Sqlite);
    QString ref;
    {
        auto db = testDb.open();
        ASSERT_TRUE(db);
        ASSERT_NO_FATAL_FAILURE(madoguchi::testing::seedTestCity(*db, kToday));
        const auto catalogue = madoguchi::testing::builtInCatalog();
        ASSERT_TRUE(catalogue);
        security::AuditLog audit(*db);
        security::AccessControl clerk(
            madoguchi::testing::deskSession(QStringLiteral("k.sato"), security::Role::Clerk),
            audit);
        auto summary = demo::submitDemoVisits(*db, clerk, *catalogue, 1, 11, kToday);
        ASSERT_TRUE(summary && summary->submitted == 1);
        // Records written for the demo visit's first application.
        auto first = storage::exec(db->sql(),
            QStringLiteral("SELECT id, procedure_id, member_id FROM applications WHERE "
                           "visit_ref = ? ORDER BY position"),
            {summary->firstRef});
        ASSERT_TRUE(first && first->next());
        const QString key = first->value(2).toString().isEmpty()
            ? first->value(1).toString()
            : first->value(1).toString() + u'/' + first->value(2).toString();
        const QHash<QString, QString> ids{{key, first->value(0).toString()}};
        first->finish();
        visit::VisitRecords records;
        records.documents
            = {visit::DocumentRecord{key, 0,
                   {QStringLiteral("本人確認書類"), QStringLiteral("Proof of identity")},
                   DocumentStatus::Presented, std::nullopt, {}, {}},
                visit::DocumentRecord{key, 1,
                    {QStringLiteral("年金手帳"), QStringLiteral("Pension book")},
                    DocumentStatus::Missing, std::nullopt, {}, QDate(2026, 12, 9)}};
        records.evidence = {visit::EvidenceRecord{QStringLiteral("preentry"),
            {QStringLiteral("スマートフォンの事前入力"), QStringLiteral("Smartphone pre-entry")},
            {}, QStringLiteral("pr3"), {}, {key + QStringLiteral(":phone")}}};
        records.consents = {visit::ConsentRecord{QStringLiteral("preentry"),
            records.evidence[0].names, QStringLiteral("転居届"), {QStringLiteral("juki")}, true,
            QStringLiteral("k.sato"), QDateTime::currentDateTimeUtc()}};
        ASSERT_TRUE(visit::writeVisitRecords(*db, summary->firstRef, records, ids));
        ref = summary->firstRef;
    }
    const auto shown = madoguchi::testing::runCli({QStringLiteral("visit"), QStringLiteral("show"),
        QStringLiteral("--db"), testDb.location(), ref});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("本人確認書類: presented")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("年金手帳: missing, to bring by 2026-12-09")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("data used: スマートフォンの事前入力")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("consent to スマートフォンの事前入力: given")))
        << shown.out.toStdString();

    const auto json = madoguchi::testing::runCli({QStringLiteral("visit"), QStringLiteral("show"),
        QStringLiteral("--db"), testDb.location(), ref, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject slip = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(slip[QStringLiteral("items")][0][QStringLiteral("to_bring")][0][QStringLiteral("ja")],
        QStringLiteral("年金手帳"));
    EXPECT_EQ(slip[QStringLiteral("consents")].toArray().size(), 1);
}

} // namespace
