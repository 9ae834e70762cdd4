#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <variant>

namespace paydesk::cregis {

// One body parameter exactly as it goes on the wire. Integers are int64 because Cregis ids
// (pid, wallet_id, cid) exceed 2^53 and must never pass through a double.
using ParamValue = std::variant<std::monostate, QString, qint64>;

// The parameters of one Cregis request body, keyed by name. Key order here is irrelevant:
// signing sorts by UTF-8 bytes itself.
class SignedParams
{
public:
    void set(const QString& key, const QString& value) { m_values[key] = value; }
    void set(const QString& key, qint64 value) { m_values[key] = value; }
    void setOptional(const QString& key, const std::optional<QString>& value);
    void setOptional(const QString& key, const std::optional<qint64>& value);
    void setNull(const QString& key) { m_values[key] = std::monostate{}; }

    bool contains(const QString& key) const { return m_values.count(key) != 0; }
    ParamValue value(const QString& key) const;
    const std::map<QString, ParamValue>& values() const { return m_values; }

    // The string the MD5 is taken over, without the key: sorted key/value pairs with null and
    // empty values dropped and everything else (including 0 and "0") kept.
    QByteArray canonicalText() const;

    // The JSON body: null and empty values are left out so that what is signed is what is sent.
    QJsonObject toJson() const;

    // Reads a received body (a callback or a request at the simulator). Returns nothing when a
    // value is neither a string, an integer nor null, because such a body cannot be verified.
    static std::optional<SignedParams> fromJson(const QJsonObject& object);

private:
    std::map<QString, ParamValue> m_values;
};

} // namespace paydesk::cregis
