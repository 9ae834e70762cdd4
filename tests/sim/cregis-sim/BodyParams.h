#pragma once

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace paydesk::sim {

// One top-level parameter of a request body, read off the wire for the signing rule.
struct BodyParam
{
    enum class Kind
    {
        String,
        Integer,
        Null
    };

    // UTF-8, decoded from its JSON escapes.
    QByteArray key;
    Kind kind = Kind::Null;
    // String: the UTF-8 text decoded from its JSON escapes. Integer: the characters exactly as
    // written, never through a double. Null: empty.
    QByteArray text;
};

// Why a body's parameters cannot be signed.
struct BodyParamsRefusal
{
    enum class Kind
    {
        NotJsonObject, // the body is not one well-formed JSON object
        UnsignableValue // one parameter cannot be signed; `key` names it
    };

    Kind kind = Kind::NotJsonObject;
    QString key;
    QString why;
};

using BodyParamsResult = std::variant<std::vector<BodyParam>, BodyParamsRefusal>;

// Reads the top-level parameters of a JSON object in the order they were written, without a
// general JSON parser in between: what is signed is exactly what was sent.
//
// Values must be strings, integers or null. An integer is an optional '-' and digits, without
// leading zeros, not -0, within int64; a fraction, an exponent or a leading '+' is refused, as
// are booleans, objects, arrays, a key given twice and a \u escape of a lone surrogate (it has
// no UTF-8 form). Reading stops at the first value it refuses, so the rest of such a body is not
// checked for well-formedness: the caller parses the body as JSON first.
BodyParamsResult readBodyParams(const QByteArray& body);

} // namespace paydesk::sim
