#include "CsvReader.h"

#include <QStringDecoder>

namespace paydesk::csv {

namespace {

constexpr char bom[] = "\xEF\xBB\xBF";

} // namespace

char CsvReader::separatorOf(const QByteArray& bytes)
{
    bool quoted = false;
    int commas = 0;
    int semicolons = 0;
    for (const char c : bytes) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        }
    }
    return semicolons > 0 && commas == 0 ? ';' : ',';
}

std::optional<QList<CsvRecord>> CsvReader::parse(const QByteArray& input, const Limits& limits, CsvProblem* problem)
{
    const QByteArray bytes = input.startsWith(bom) ? input.mid(3) : input;
    const char separator = separatorOf(bytes);
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QByteArray field;
    int line = 1;
    qsizetype i = 0;
    const qsizetype size = bytes.size();
    const auto fail = [&](CsvProblem::Kind kind, int at, QString reason) {
        *problem = CsvProblem{at, std::move(reason), kind};
        return std::nullopt;
    };
    // Decoding each field on its own names the line of a bad byte.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const auto endField = [&]() -> bool {
        QString text = utf8(field);
        if (utf8.hasError()) {
            return false;
        }
        record.fields << text;
        field.clear();
        return true;
    };
    while (i <= size) {
        const int fieldLine = line;
        bool quotedField = false;
        if (i < size && bytes.at(i) == '"') {
            quotedField = true;
            ++i;
            for (;;) {
                if (i >= size) {
                    return fail(CsvProblem::Kind::UnclosedQuote, fieldLine, QStringLiteral("a quote is never closed"));
                }
                const char c = bytes.at(i);
                if (c == '"') {
                    if (i + 1 < size && bytes.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                // A line ends at LF, CR LF or a lone CR, inside quotes as outside.
                if (c == '\n' || (c == '\r' && (i + 1 >= size || bytes.at(i + 1) != '\n'))) {
                    ++line;
                }
                if (c == '\0') {
                    return fail(CsvProblem::Kind::NulByte, line, QStringLiteral("a NUL byte"));
                }
                field += c;
                ++i;
            }
        } else {
            while (i < size && bytes.at(i) != separator && bytes.at(i) != '\n' && bytes.at(i) != '\r') {
                const char c = bytes.at(i);
                if (c == '"') {
                    return fail(CsvProblem::Kind::QuoteInUnquotedField, line,
                                QStringLiteral("a quote inside a field that does not start with one"));
                }
                if (c == '\0') {
                    return fail(CsvProblem::Kind::NulByte, line, QStringLiteral("a NUL byte"));
                }
                field += c;
                ++i;
            }
        }
        if (field.size() > qsizetype(limits.maxFieldChars) * 4
            || (field.size() > limits.maxFieldChars && QString::fromUtf8(field).size() > limits.maxFieldChars)) {
            return fail(CsvProblem::Kind::FieldTooLong, fieldLine,
                        QStringLiteral("a field longer than %1 characters").arg(limits.maxFieldChars));
        }
        if (!endField()) {
            return fail(CsvProblem::Kind::InvalidUtf8, fieldLine, QStringLiteral("bytes that are not UTF-8"));
        }
        if (record.fields.size() > limits.maxColumns) {
            return fail(CsvProblem::Kind::TooManyColumns, record.line,
                        QStringLiteral("more than %1 columns").arg(limits.maxColumns));
        }
        if (i < size && bytes.at(i) == separator) {
            ++i;
            continue;
        }
        if (quotedField && i < size && bytes.at(i) != '\r' && bytes.at(i) != '\n') {
            return fail(CsvProblem::Kind::TextAfterClosingQuote, line,
                        QStringLiteral("text after the closing quote of a field"));
        }
        // The end of a record: CRLF, LF, a lone CR, or the end of the file.
        if (i < size && bytes.at(i) == '\r') {
            ++i;
        }
        if (i < size && bytes.at(i) == '\n') {
            ++i;
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty() && !quotedField;
        if (!blank) {
            if (records.size() >= limits.maxRecords) {
                return fail(CsvProblem::Kind::TooManyRecords, record.line,
                            QStringLiteral("more than %1 records").arg(limits.maxRecords));
            }
            records << record;
        }
        if (i >= size) {
            break;
        }
        ++line;
        record = CsvRecord{line, {}};
    }
    return records;
}

} // namespace paydesk::csv
