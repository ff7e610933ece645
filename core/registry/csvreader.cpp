#include "registry/csvreader.h"

#include <QCoreApplication>

namespace madoguchi::registry {

CsvReader::CsvReader(TextSource& source)
    : m_source(source)
{ }

QStringView CsvReader::field(qsizetype index) const
{
    const qsizetype start = index == 0 ? 0 : m_ends.at(index - 1);
    return QStringView(m_text).sliced(start, m_ends.at(index) - start);
}

bool CsvReader::fill()
{
    while (m_pos >= m_buffer.size()) {
        if (m_sourceDone)
            return false;
        m_pos = 0;
        if (!m_source.read(m_buffer)) {
            m_buffer.clear();
            m_sourceDone = true;
            if (m_source.error())
                m_error = m_source.error();
            return false;
        }
    }
    return true;
}

bool CsvReader::atEnd()
{
    return m_pos >= m_buffer.size() && !fill();
}

char16_t CsvReader::peekChar()
{
    return atEnd() ? char16_t(0) : m_buffer.at(m_pos).unicode();
}

char16_t CsvReader::take()
{
    const char16_t c = m_buffer.at(m_pos++).unicode();
    ++m_column;
    return c;
}

void CsvReader::endField()
{
    m_ends.append(m_text.size());
}

bool CsvReader::fail(const QString& reason, int line, int column)
{
    m_error = Error{QCoreApplication::translate("CsvReader", "line %1, column %2: %3")
                        .arg(line)
                        .arg(column)
                        .arg(reason)};
    return false;
}

bool CsvReader::next()
{
    m_text.clear();
    m_ends.clear();
    if (m_error)
        return false;
    // Skip empty lines before the record.
    for (;;) {
        if (atEnd())
            return false;
        const char16_t c = m_buffer.at(m_pos).unicode();
        if (c != u'\n' && c != u'\r')
            break;
        take();
        if (c == u'\r' && peekChar() == u'\n')
            take();
        ++m_line;
        m_column = 1;
    }
    m_recordLine = m_line;

    for (;;) { // one field per round
        if (!atEnd() && m_buffer.at(m_pos) == u'"') {
            const int quoteLine = m_line;
            const int quoteColumn = m_column;
            take();
            for (;;) {
                if (atEnd()) {
                    if (m_error)
                        return false;
                    return fail(QCoreApplication::translate("CsvReader",
                                    "the quoted field that starts here is never closed"),
                        quoteLine, quoteColumn);
                }
                const char16_t c = take();
                if (c == u'"') {
                    if (peekChar() == u'"') {
                        take();
                        m_text.append(QChar(u'"'));
                        continue;
                    }
                    break;
                }
                if (c == u'\r') {
                    // CRLF inside a field is kept as LF, like a line in any editor.
                    if (peekChar() == u'\n')
                        take();
                    m_text.append(QChar(u'\n'));
                    ++m_line;
                    m_column = 1;
                    continue;
                }
                if (c == u'\n') {
                    ++m_line;
                    m_column = 1;
                }
                m_text.append(QChar(c));
            }
            const char16_t after = peekChar();
            if (after != 0 && after != u',' && after != u'\r' && after != u'\n')
                return fail(QCoreApplication::translate("CsvReader",
                                "text after the closing quote of a field (write \"\" for a quote "
                                "inside a quoted field)"),
                    m_line, m_column);
        } else {
            // An unquoted field: up to the next comma or line end.
            while (!atEnd()) {
                const char16_t c = m_buffer.at(m_pos).unicode();
                if (c == u',' || c == u'\r' || c == u'\n')
                    break;
                if (c == u'"')
                    return fail(QCoreApplication::translate("CsvReader",
                                    "a quote inside a field that does not start with a quote"),
                        m_line, m_column);
                m_text.append(QChar(c));
                take();
            }
            if (m_error)
                return false;
        }
        endField();
        if (atEnd())
            return !m_error;
        const char16_t c = take();
        if (c == u',')
            continue;
        if (c == u'\r' && peekChar() == u'\n')
            take();
        ++m_line;
        m_column = 1;
        return true;
    }
}

} // namespace madoguchi::registry
