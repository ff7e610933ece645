#include "registry/rowfeed.h"

#include "registry/csvreader.h"
#include "registry/importcheck.h"
#include "registry/residentrowvalidator.h"
#include "registry/searchindexrows.h"
#include "registry/textsource.h"

namespace madoguchi::registry {
namespace {

// Rows per hand-over, and batches read ahead: enough to keep both threads
// busy, little enough that the read-ahead stays a few megabytes.
constexpr std::size_t kBatchRows = 1024;
constexpr std::size_t kQueuedBatches = 8;

// The keys rebuildSearchIndex would read for the person this row inserts:
// the extract's names (通称 and 旧氏 are not in it) and its former names.
QList<NameKey> newPersonKeys(const ResidentRow& row)
{
    IndexedPerson person;
    for (const QString* name : {&row.nameKanji, &row.nameKana, &row.alphabetName})
        if (!name->trimmed().isEmpty())
            person.currentNames << *name;
    for (const QString& name : row.formerNames)
        if (!name.trimmed().isEmpty())
            person.formerNames << name;
    return indexedKeys(person);
}

} // namespace

RowFeed::RowFeed(CsvReader& reader, const TextSource& source, const ResidentRowValidator& validator,
    std::function<bool(int index)> accepted, bool withKeys)
    : m_reader(reader)
    , m_source(source)
    , m_validator(validator)
    , m_accepted(std::move(accepted))
    , m_withKeys(withKeys)
    , m_thread([this] { run(); })
{ }

RowFeed::RowFeed(CsvReader& reader, const TextSource& source, const ResidentRowValidator& validator,
    ImportCheck& check, bool withKeys)
    : m_reader(reader)
    , m_source(source)
    , m_validator(validator)
    , m_check(&check)
    , m_withKeys(withKeys)
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
    const int atenaField = m_validator.columns().index(ResidentColumn::AtenaNo);
    int index = 0;
    for (; more && m_reader.next(); ++index) {
        batch.lastLine = m_reader.line();
        bool headPending = false;
        std::optional<ResidentRow> row;
        if (m_check) {
            row = m_validator.validate(m_reader, m_errors);
            const QStringView atena = atenaField < m_reader.fieldCount()
                ? m_reader.field(atenaField).trimmed()
                : QStringView();
            if (!m_check->add(index, m_reader.line(), atena, row ? &*row : nullptr, m_errors))
                continue;
            // No lookup: a first load has no register to find a head in.
            const auto verdict = m_check->judgeHead(index, nullptr, false, m_errors);
            if (!verdict || verdict.value() == ImportCheck::HeadVerdict::Rejected)
                continue;
            headPending = verdict.value() == ImportCheck::HeadVerdict::Pending;
        } else {
            if (!m_accepted(index))
                continue;
            // Valid in pass 1, so valid again: the rules do not depend on order.
            row = m_validator.validate(m_reader, noErrors);
        }
        if (!row)
            continue;
        QList<NameKey> keys = m_withKeys ? newPersonKeys(*row) : QList<NameKey>{};
        batch.rows.push_back(
            {index, m_reader.line(), std::move(*row), std::move(keys), headPending});
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
    m_records = index;
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
