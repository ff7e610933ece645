#include "delivery/relay.h"

#include "delivery/connectorset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace madoguchi::delivery {

QByteArray outgoingBody(const OutboxItem& item, const QDateTime& now)
{
    QJsonObject envelope = QJsonDocument::fromJson(item.envelope).object();
    envelope.insert(QStringLiteral("sent_at"), outboxTime(now));
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

Relay::Relay(storage::Database& db, ConnectorSet& connectors, storage::SecretStore& secrets,
    RelayOptions options, const Clock& clock)
    : m_db(db)
    , m_outbox(db, clock)
    , m_connectors(connectors)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{ }

Result<RelayRound> Relay::runOnce(const std::atomic<bool>* stop)
{
    RelayRound round;
    auto claimed = m_outbox.claim(m_options.owner, m_options.batch, m_options.lease);
    if (!claimed)
        return claimed.error();
    round.claimed = int(claimed->size());
    for (const OutboxItem& item : claimed.value()) {
        if (stop && stop->load())
            break;
        SendResult sent;
        auto connector = m_connectors.connectorFor(item.system, m_secrets);
        if (!connector)
            sent.message = connector.error().message; // Retry: set-up can be fixed
        else
            sent = connector.value()->send(item, outgoingBody(item, m_clock.now()));

        Result<bool> recorded = false;
        switch (sent.kind) {
        case SendResult::Kind::Delivered:
            recorded = m_outbox.markDelivered(item.id, m_options.owner, sent.receipt, sent.body);
            ++round.delivered;
            break;
        case SendResult::Kind::Rejected:
            recorded = m_outbox.markRejected(item.id, m_options.owner, sent.message);
            ++round.rejected;
            break;
        case SendResult::Kind::Retry: {
            std::chrono::milliseconds delay
                = retryDelay(item.attempts, m_options.backoff, m_random.generate());
            if (sent.retryAfter)
                delay = std::min(*sent.retryAfter, m_options.backoff.cap);
            recorded = m_outbox.markRetry(item.id, m_options.owner, sent.message, delay);
            ++round.retrying;
            break;
        }
        }
        if (!recorded)
            return recorded.error();
        if (!recorded.value())
            ++round.lost;
    }
    return round;
}

} // namespace madoguchi::delivery
