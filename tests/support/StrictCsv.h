#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A strict RFC 4180 reader for checking exports, written apart from PayDesk's own import parser
// so one cannot hide the other's mistakes: CRLF after every record (the last too), a field either
// quoted (quotes doubled inside) or free of quotes, commas and line breaks, UTF-8, every record
// as wide as the first. Anything else is an error naming the byte offset.
class StrictCsv
{
public:
    static std::optional<QList<QStringList>> parse(const QByteArray& data, QString* error);
};
