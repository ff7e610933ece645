#include "registry/rowfeed.h"

#include "registry/csvreader.h"
#include "registry/residentrowvalidator.h"
#include "registry/textsource.h"

namespace madoguchi::registry {
namespace {

// Rows per hand-over, and batches read ahead: enough to keep both threads
// busy, little enough that the read-ahead stays a few megabytes.
constexpr std::size_t kBatchRows = 1024;
constexpr std::size_t kQueuedBatches = 8;

} // namespace

RowFeed::RowFeed(CsvReader& reader, const TextSource& source, const ResidentRowValidator& validator,
    std::function<bool(int index)> accepted)
    : m_reader(reader)
    , m_source(source)
    , m_validator(validator)
    , m_accepted(std::move(accepted))
    , m_thread([this] { run(); })
{ }

RowFeed::~RowFeed()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool RowFeed::push(Batch&& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stop || m_queue.size() < kQueuedBatches; });
    if (m_stop)
        return false;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RowFeed::run()
{
    QList<RowError> noErrors;
    Batch batch;
    bool more = true;
    for (int index = 0; more && m_reader.next(); ++index) {
        batch.lastLine = m_reader.line();
        if (!m_accepted(index))
            continue;
        // Valid in pass 1, so valid again: the rules do not depend on order.
        std::optional<ResidentRow> row = m_validator.validate(m_reader, noErrors);
        if (!row)
            continue;
        batch.rows.push_back({index, m_reader.line(), std::move(*row)});
        if (batch.rows.size() >= kBatchRows) {
            batch.bytesRead = m_source.bytesRead();
            const int lastLine = batch.lastLine;
            more = push(std::move(batch));
            batch = Batch{};
            batch.lastLine = lastLine;
        }
    }
    batch.bytesRead = m_source.bytesRead();
    if (more && (!batch.rows.empty() || batch.lastLine > 0))
        more = push(std::move(batch));
    const std::lock_guard lock(m_mutex);
    m_error = m_reader.error();
    m_done = true;
    m_changed.notify_all();
}

bool RowFeed::next(Batch& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_done || !m_queue.empty(); });
    if (m_queue.empty())
        return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

} // namespace madoguchi::registry
