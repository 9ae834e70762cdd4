#pragma once

#include <QByteArrayView>
#include <QString>

namespace paydesk::store {

// The rows of one listing as raw column values, read one at a time from one open statement (one
// consistent snapshot of the store): for exports, which would otherwise spend most of their time
// turning a million rows into objects. Values are valid until the next call to next().
class RowStream
{
public:
    virtual ~RowStream() = default;

    // Moves to the next row; false at the end, or on an error (then error() is not empty).
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    // The value as the database holds it, as UTF-8 text (numbers as their digits).
    virtual QByteArrayView utf8(int column) const = 0;
    virtual QString error() const = 0;
};

} // namespace paydesk::store
