#pragma once

#include "common/result.h"
#include "registry/textsource.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace madoguchi::registry {

// Reads RFC 4180 CSV: fields separated by commas, records by CRLF or LF (a
// lone CR too); a field in double quotes may hold commas, line breaks and
// doubled quotes (""). Stricter than many readers on purpose: a quote inside
// an unquoted field, text after a closing quote, or a quoted field that never
// closes is an error naming the line and column, because guessing there would
// shift every later field of a resident record. Empty lines are skipped.
class CsvReader {
public:
    explicit CsvReader(TextSource& source);

    // Reads the next record; false at the end of the input or on an error
    // (error() tells which).
    bool next();
    const std::optional<Error>& error() const { return m_error; }

    // The fields of the current record; views stay valid until next().
    qsizetype fieldCount() const { return m_ends.size(); }
    QStringView field(qsizetype index) const;
    // The line the current record starts on (1-based).
    int line() const { return m_recordLine; }

private:
    bool fill();
    bool atEnd();
    char16_t take();
    char16_t peekChar();
    void endField();
    bool fail(const QString& reason, int line, int column);

    TextSource& m_source;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_sourceDone = false;
    QString m_text; // the current record's unquoted field text, end to end
    QList<qsizetype> m_ends; // where each field ends in m_text
    int m_line = 1;
    int m_column = 1;
    int m_recordLine = 0;
    std::optional<Error> m_error;
};

} // namespace madoguchi::registry
