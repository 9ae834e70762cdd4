#include "CsvWriter.h"

namespace paydesk::csv {

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
{
    m_buffer.reserve(flushBytes + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::isFormulaLead(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool CsvWriter::startsLikeFormula(const QString& field)
{
    return !field.isEmpty() && isFormulaLead(field.front().unicode());
}

bool CsvWriter::startsLikeFormula(QByteArrayView utf8)
{
    // The leads are ASCII, which UTF-8 writes as themselves.
    return !utf8.isEmpty() && isFormulaLead(char16_t(static_cast<unsigned char>(utf8.front())));
}

QString CsvWriter::quote(const QString& field)
{
    QString value = startsLikeFormula(field) ? u'\'' + field : field;
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes) {
        return value;
    }
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

bool CsvWriter::writeByteOrderMark()
{
    m_buffer.append("\xEF\xBB\xBF");
    return m_ok;
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_buffer.append(',');
        }
        m_buffer.append(quote(fields.at(i)).toUtf8());
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= flushBytes) {
        flush();
    }
    return m_ok;
}

void CsvWriter::appendField(QByteArrayView utf8)
{
    if (m_rowStarted) {
        m_buffer.append(',');
    }
    m_rowStarted = true;
    if (utf8.isEmpty()) {
        return;
    }
    const bool guard = startsLikeFormula(utf8);
    bool quote = utf8.front() == ' ' || utf8.back() == ' ';
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (guard) {
            m_buffer.append('\'');
        }
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append(guard ? "\"'" : "\"");
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '"') {
            m_buffer.append(utf8.sliced(from, i + 1 - from)).append('"');
            from = i + 1;
        }
    }
    m_buffer.append(utf8.sliced(from)).append('"');
}

bool CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
    if (m_buffer.size() >= flushBytes) {
        flush();
    }
    return m_ok;
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_ok = m_ok && m_device.write(m_buffer) == m_buffer.size();
        m_buffer.resize(0); // keeps the capacity: no allocation per flush
    }
    return m_ok;
}

} // namespace paydesk::csv
