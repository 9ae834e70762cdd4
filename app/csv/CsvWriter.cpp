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

bool CsvWriter::startsLikeFormula(const QString& field)
{
    if (field.isEmpty()) {
        return false;
    }
    const QChar first = field.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString CsvWriter::quote(const QString& field, bool guardFormula)
{
    QString value = guardFormula && startsLikeFormula(field) ? u'\'' + field : field;
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
        m_buffer.append(quote(fields.at(i), i < m_freeText.size() && m_freeText.at(i)).toUtf8());
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= flushBytes) {
        flush();
    }
    return m_ok;
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_ok = m_ok && m_device.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace paydesk::csv
