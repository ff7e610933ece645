#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The catalog as the program holds it once loaded and validated
// (docs/catalog.md): back-end systems, life events with their questions,
// city parameters and procedures with their forms. Everything here has been
// checked by the loader; rules are JsonLogic that rules::validate() accepted.
namespace madoguchi::catalog {

// A text the catalog gives in both languages. Placeholders such as
// {member.name_kanji} are filled by placeholders.h.
struct LocalizedText {
    QString ja;
    QString en;

    // The text in `language` ("ja" or "en"); Japanese for anything else.
    const QString& in(const QString& language) const
    {
        return language == QLatin1String("en") ? en : ja;
    }
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalizedText&) const = default;
};

// A back-end business system (基幹業務) a procedure is submitted to.
struct System {
    QString id;
    LocalizedText names;
    // The name of the connector configuration the delivery layer resolves.
    QString connector;
};

enum class FieldType {
    Text,
    Kana,
    Date,
    EraDate,
    Select,
    Checkbox,
    Number,
    Address,
    Phone,
    MyNumber,
    // Event questions only: one member of the household (its id) / several (ids).
    Member,
    Members,
};

struct SelectOption {
    QString value;
    LocalizedText labels;
};

// A field of a procedure's form or a question about a life event. The
// merged interview asks the fields that no `bind` pre-fills, once per
// `askOnce` key across all forms.
struct FormField {
    QString id;
    LocalizedText labels;
    FieldType type = FieldType::Text;
    bool required = false;
    // A path into the rules context whose value pre-fills the field ("" none).
    QString bind;
    // Fields of several forms with the same key are asked once; the answer
    // is at answers.<key> in the rules context ("" none).
    QString askOnce;
    // In a member procedure: the answer is about the member (their My Number),
    // so it is asked once per member, and answers.<key> in the context is an
    // object {member id: value} that rules see as the evaluated member's value.
    bool perMember = false;
    QList<SelectOption> options;
    // JsonLogic over the context plus `value` (the field's value): truthy
    // when the value is acceptable. Null: no check beyond `required`.
    QJsonValue validation;
    LocalizedText validationMessage;
    // JsonLogic over the context: truthy when the field is shown. Null: always.
    QJsonValue visibleWhen;
};

// A life event (転入, 死亡 …) and the questions the clerk asks about it; the
// answers are at event.<question id> in the rules context.
struct LifeEvent {
    QString id;
    LocalizedText names;
    // What event.date means for this event (転入日, 死亡日 …).
    LocalizedText dateLabel;
    QList<FormField> questions;
};

// A city parameter (子ども医療 age limit, 葬祭費 …), params.<id> in rules.
struct Parameter {
    QString id;
    LocalizedText names;
    QJsonValue value;
};

enum class DeadlineUnit { Days, Months, Years };

// One limit of a deadline: `amount` units counted from the first of the
// `from` date fields that is set. With `firstDayCounts` (戸籍法 §43) the day
// of the event is day 1; without (民法 §140, 住民基本台帳法, the 児童手当
// 15-day rule) day 1 is the day after.
struct DeadlineLimit {
    int amount = 0;
    DeadlineUnit unit = DeadlineUnit::Days;
    QStringList from;
    bool firstDayCounts = false;
    // Null: always; otherwise the limit counts only when the rule is truthy
    // (a birth abroad has 3 months instead of 14 days).
    QJsonValue when;
};

// The deadline of a procedure: the earliest of its limits that count.
struct Deadline {
    QList<DeadlineLimit> limits;
    LocalizedText note;
};

// A text chosen by a condition: the first case whose `when` is truthy (a
// null `when` always is).
struct TextCase {
    QJsonValue when;
    LocalizedText text;
};

struct Document {
    LocalizedText names;
    // Null: always; otherwise brought only when the rule is truthy.
    QJsonValue when;
    // The certificate type (certificates.json) a signed digital certificate
    // of which stands for this document; "" when only paper will do.
    QString certificate;
};

// One claim a certificate type carries (docs/certificates.md): the value
// credentialSubject.<id>, read by rules and binds as evidence.<type>.<id>.
struct CertificateClaim {
    QString id;
    LocalizedText labels;
    // text, kana, date, number, checkbox or address: checked like a form
    // field's answer when the certificate is verified.
    FieldType type = FieldType::Text;
    bool required = false;
};

// A kind of certificate another institution issues (出生証明書,
// 在学証明書 …), from the catalog's certificates.json.
struct CertificateType {
    // A word: evidence.<id> in the rules context.
    QString id;
    // The Verifiable Credential type it is issued as ("BirthCertificate"):
    // the credential's `type` must list it.
    QString credentialType;
    LocalizedText names;
    QList<CertificateClaim> claims;

    const CertificateClaim* claim(const QString& claimId) const;
};

// A public key of a trusted issuer: an Ed25519 JWK (RFC 8037) with the days
// it may sign on.
struct IssuerKey {
    QString kid;
    QByteArray publicKey; // 32 bytes
    QDate validFrom; // invalid: open-ended
    QDate validTo;
};

// An institution the city trusts (the catalog's trust.json): which
// certificate types it may issue and the keys it signs them with.
struct TrustedIssuer {
    // The credential's `issuer` (a URL or URN, e.g. "https://hospital.example").
    QString id;
    LocalizedText names;
    QStringList certificates; // certificate type ids
    QList<IssuerKey> keys;

    const IssuerKey* key(const QString& kid) const;
};

enum class Scope { Household, Member };

struct Procedure {
    QString id;
    int version = 1;
    LocalizedText names;
    QStringList events;
    Scope scope = Scope::Household;
    // Null: the procedure always applies.
    QJsonValue appliesWhen;
    // Why it applies, and why not: the first case that fits.
    QList<TextCase> reasons;
    QList<TextCase> notApplicableReasons;
    std::optional<Deadline> deadline;
    QList<Document> documents;
    // The days the procedure is in force (invalid: open-ended).
    QDate validFrom;
    QDate validTo;
    QString system;
    QList<FormField> fields;
    // The file it came from, relative to the catalog folder.
    QString file;

    bool inForceOn(QDate day) const
    {
        return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day <= validTo);
    }
};

struct Catalog {
    // The folder it was loaded from (":/catalog" for the built-in one).
    QString location;
    QList<System> systems;
    QList<LifeEvent> events;
    QList<Parameter> parameters;
    // Ordered by system (as systems.json lists them), then id, then version.
    QList<Procedure> procedures;
    // certificates.json and trust.json (both optional files: none, no
    // digital certificates are accepted).
    QList<CertificateType> certificates;
    QList<TrustedIssuer> issuers;

    // params.<id> → value, as rules read them.
    QJsonObject parameterValues() const;
    const System* system(const QString& id) const;
    const LifeEvent* event(const QString& id) const;
    const CertificateType* certificate(const QString& id) const;
    const TrustedIssuer* issuer(const QString& id) const;
    // Every version of the procedures of `eventId`, in catalog order.
    QList<const Procedure*> proceduresOf(const QString& eventId) const;

    // Filled by the loader: indexes into the lists above.
    QHash<QString, qsizetype> systemIndex;
    QHash<QString, qsizetype> eventIndex;
    QHash<QString, QList<qsizetype>> proceduresByEvent;
    QJsonObject parameterObject;
    // Every ask_once key, and whether it is asked per member.
    QHash<QString, bool> answerKeys;
};

} // namespace madoguchi::catalog
