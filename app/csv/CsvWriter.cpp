#include "CsvWriter.h"

namespace paydesk::csv {

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
{ }

QString CsvWriter::quote(const QString& field, bool guardFormula)
{
    QString value = field;
    if (guardFormula && !value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            value.prepend(u'\'');
        }
    }
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        quoted << quote(fields.at(i), i < m_freeText.size() && m_freeText.at(i));
    }
    const QByteArray line = (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
    m_ok = m_ok && m_device.write(line) == line.size();
    return m_ok;
}

} // namespace paydesk::csv
