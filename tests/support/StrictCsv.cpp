#include "StrictCsv.h"

#include <QStringDecoder>

std::optional<QList<QStringList>> StrictCsv::parse(const QByteArray& data, QString* error)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const auto fail = [&](const char* why) {
        *error = QStringLiteral("byte %1: %2").arg(i).arg(QLatin1String(why));
        return std::nullopt;
    };
    const auto decode = [&](const QByteArray& bytes, bool* ok) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes);
        *ok = !utf8.hasError();
        return text;
    };
    while (i < data.size()) {
        field.clear();
        if (data.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= data.size()) {
                    return fail("a quoted field does not end");
                }
                if (data.at(i) == '"') {
                    if (i + 1 < data.size() && data.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += data.at(i++);
            }
        } else {
            while (i < data.size() && data.at(i) != ',' && data.at(i) != '\r' && data.at(i) != '\n') {
                if (data.at(i) == '"') {
                    return fail("a quote inside an unquoted field");
                }
                field += data.at(i++);
            }
        }
        bool ok = false;
        record << decode(field, &ok);
        if (!ok) {
            return fail("not UTF-8");
        }
        if (i >= data.size()) {
            return fail("the last record has no CRLF");
        }
        if (data.at(i) == ',') {
            ++i;
            continue;
        }
        if (data.at(i) != '\r' || i + 1 >= data.size() || data.at(i + 1) != '\n') {
            return fail("a record ends without CRLF");
        }
        i += 2;
        if (!records.isEmpty() && record.size() != records.first().size()) {
            return fail("a record of another width");
        }
        records << record;
        record.clear();
    }
    return records;
}
