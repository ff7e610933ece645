#pragma once

#include "common/result.h"
#include "registry/residentrow.h"
#include "registry/searchkeys.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace madoguchi::registry {

class CsvReader;
class ImportCheck;
class ResidentRowValidator;
class TextSource;

// The importer's second pass reads and validates the file again while it
// writes; both are CPU work, so the reading runs on a thread of its own and
// hands over validated rows in batches (the writer, on the caller's thread,
// keeps the database connection to itself). The reader, source and
// validator belong to the feed's thread until the feed is destroyed.
class RowFeed {
public:
    struct Row {
        int index = 0; // 0-based data record
        int line = 0;
        ResidentRow row;
        // The row's search keys as a new person's (when asked for): a first
        // import computes them here, beside the writer, instead of reading
        // a million persons back for the index.
        QList<NameKey> keys;
        // Streaming check: the row's head has not been read yet; it is
        // judged once the whole file is (ImportCheck::judgeHead, final).
        bool headPending = false;
    };
    struct Batch {
        std::vector<Row> rows;
        qint64 bytesRead = 0; // of the file, when the batch was full
        int lastLine = 0; // of the last record read, accepted or not
    };

    // Starts reading the records after the header; only records for which
    // `accepted(index)` holds are validated and handed over.
    RowFeed(CsvReader& reader, const TextSource& source, const ResidentRowValidator& validator,
        std::function<bool(int index)> accepted, bool withKeys = false);
    // The one-pass form for a first load: every record is validated and
    // checked here, on the feed's thread, against the records before it
    // (`check` belongs to that thread until next() has returned false);
    // only rows that pass are handed over, those whose head is still to
    // come marked headPending. The rejections are in errors() at the end.
    RowFeed(CsvReader& reader, const TextSource& source, const ResidentRowValidator& validator,
        ImportCheck& check, bool withKeys);
    ~RowFeed(); // stops the reading thread and waits for it
    RowFeed(const RowFeed&) = delete;
    RowFeed& operator=(const RowFeed&) = delete;

    // The next batch; false when every record has been handed over (then
    // error() tells whether the reader failed).
    bool next(Batch& batch);
    const std::optional<Error>& error() const { return m_error; }
    // After next() returned false: the rows rejected on the way (one-pass
    // form), and how many records were read.
    QList<RowError>& errors() { return m_errors; }
    int records() const { return m_records; }

private:
    void run();
    bool push(Batch&& batch);

    CsvReader& m_reader;
    const TextSource& m_source;
    const ResidentRowValidator& m_validator;
    std::function<bool(int)> m_accepted;
    ImportCheck* m_check = nullptr;
    bool m_withKeys = false;
    QList<RowError> m_errors; // the feed thread's until done
    int m_records = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_done = false; // guarded by m_mutex
    bool m_stop = false; // guarded by m_mutex
    std::optional<Error> m_error; // set before m_done
    std::thread m_thread; // last: starts once the rest is ready
};

} // namespace madoguchi::registry
