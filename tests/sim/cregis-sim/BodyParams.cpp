#include "BodyParams.h"

#include <QSet>
#include <QStringDecoder>

#include <optional>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView utf8Bom = "\xEF\xBB\xBF";

void appendUtf8(QByteArray& out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.append(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.append(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

bool isHighSurrogate(char32_t unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(char32_t unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

struct DecodedString
{
    enum class Outcome
    {
        Ok,
        Malformed,
        LoneSurrogate // decoded with U+FFFD in its place, so that a key can still be named
    };

    Outcome outcome = Outcome::Ok;
    QByteArray utf8;
};

class Tokenizer
{
public:
    explicit Tokenizer(const QByteArray& body)
        : m_body(body)
    { }

    BodyParamsResult readObject();

private:
    bool atEnd() const { return m_pos >= m_body.size(); }
    char peek() const { return atEnd() ? '\0' : m_body.at(m_pos); }
    bool consume(char expected);
    bool consumeWord(QByteArrayView word);
    void skipWhitespace();
    std::optional<char32_t> readHex4();
    DecodedString readString();
    // Reads one value after its key; nullopt with m_refusal set when it cannot be signed.
    std::optional<BodyParam> readValue(const QByteArray& key);
    std::optional<BodyParam> readNumber(const QByteArray& key);
    std::optional<BodyParam> refuse(const QByteArray& key, const QString& why);
    std::optional<BodyParam> malformed();

    const QByteArray& m_body;
    qsizetype m_pos = 0;
    BodyParamsRefusal m_refusal;
};

bool Tokenizer::consume(char expected)
{
    if (atEnd() || m_body.at(m_pos) != expected) {
        return false;
    }
    ++m_pos;
    return true;
}

bool Tokenizer::consumeWord(QByteArrayView word)
{
    if (!QByteArrayView(m_body).sliced(m_pos).startsWith(word)) {
        return false;
    }
    m_pos += word.size();
    return true;
}

void Tokenizer::skipWhitespace()
{
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
        ++m_pos;
    }
}

std::optional<char32_t> Tokenizer::readHex4()
{
    if (m_pos + 4 > m_body.size()) {
        return std::nullopt;
    }
    char32_t unit = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = m_body.at(m_pos++);
        unit <<= 4;
        if (c >= '0' && c <= '9') {
            unit |= static_cast<char32_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            unit |= static_cast<char32_t>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            unit |= static_cast<char32_t>(c - 'A' + 10);
        } else {
            return std::nullopt;
        }
    }
    return unit;
}

DecodedString Tokenizer::readString()
{
    DecodedString decoded;
    if (!consume('"')) {
        decoded.outcome = DecodedString::Outcome::Malformed;
        return decoded;
    }
    while (!atEnd()) {
        const char c = m_body.at(m_pos++);
        if (c == '"') {
            return decoded;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            // JSON requires control characters to be escaped.
            break;
        }
        if (c != '\\') {
            // The body was checked to be UTF-8 as a whole, so the bytes can be taken as they are.
            decoded.utf8.append(c);
            continue;
        }
        if (atEnd()) {
            break;
        }
        const char escape = m_body.at(m_pos++);
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            decoded.utf8.append(escape);
            continue;
        case 'b':
            decoded.utf8.append('\b');
            continue;
        case 'f':
            decoded.utf8.append('\f');
            continue;
        case 'n':
            decoded.utf8.append('\n');
            continue;
        case 'r':
            decoded.utf8.append('\r');
            continue;
        case 't':
            decoded.utf8.append('\t');
            continue;
        case 'u':
            break;
        default:
            decoded.outcome = DecodedString::Outcome::Malformed;
            return decoded;
        }
        const std::optional<char32_t> unit = readHex4();
        if (!unit) {
            break;
        }
        char32_t codePoint = *unit;
        if (isHighSurrogate(*unit) && QByteArrayView(m_body).sliced(m_pos).startsWith("\\u")) {
            // Only a low surrogate completes the pair; anything else is read as its own escape.
            const qsizetype afterHigh = m_pos;
            m_pos += 2;
            const std::optional<char32_t> low = readHex4();
            if (low && isLowSurrogate(*low)) {
                codePoint = 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00);
            } else {
                m_pos = afterHigh;
            }
        }
        if (isHighSurrogate(codePoint) || isLowSurrogate(codePoint)) {
            decoded.outcome = DecodedString::Outcome::LoneSurrogate;
            codePoint = 0xFFFD;
        }
        appendUtf8(decoded.utf8, codePoint);
    }
    decoded.outcome = DecodedString::Outcome::Malformed;
    return decoded;
}

std::optional<BodyParam> Tokenizer::refuse(const QByteArray& key, const QString& why)
{
    m_refusal = {BodyParamsRefusal::Kind::UnsignableValue, QString::fromUtf8(key), why};
    return std::nullopt;
}

std::optional<BodyParam> Tokenizer::malformed()
{
    m_refusal = {BodyParamsRefusal::Kind::NotJsonObject, QString(), u"not a JSON object"_s};
    return std::nullopt;
}

std::optional<BodyParam> Tokenizer::readNumber(const QByteArray& key)
{
    const qsizetype start = m_pos;
    while (!atEnd() && QByteArrayView("+-0123456789.eE").contains(peek())) {
        ++m_pos;
    }
    const QByteArray text = m_body.mid(start, m_pos - start);
    if (text.contains('.') || text.contains('e') || text.contains('E')) {
        return refuse(key, u"must be a string or an integer (no fraction or exponent)"_s);
    }
    if (text.startsWith('+')) {
        return refuse(key, u"must be a string or an integer (no leading +)"_s);
    }
    const QByteArrayView digits = QByteArrayView(text).sliced(text.startsWith('-') ? 1 : 0);
    if (digits.isEmpty() || digits.contains('-') || digits.contains('+')) {
        return malformed();
    }
    if (digits.size() > 1 && digits.front() == '0') {
        return refuse(key, u"must be a plain integer (no leading zeros)"_s);
    }
    if (text == "-0") {
        return refuse(key, u"must be a plain integer (not -0)"_s);
    }
    // toLongLong reads the digits exactly and reports an overflow; the text itself is kept.
    bool inRange = false;
    text.toLongLong(&inRange);
    if (!inRange) {
        return refuse(key, u"must be an integer within the 64-bit range"_s);
    }
    return BodyParam{key, BodyParam::Kind::Integer, text};
}

std::optional<BodyParam> Tokenizer::readValue(const QByteArray& key)
{
    const char first = peek();
    if (first == '"') {
        DecodedString decoded = readString();
        switch (decoded.outcome) {
        case DecodedString::Outcome::Ok:
            return BodyParam{key, BodyParam::Kind::String, std::move(decoded.utf8)};
        case DecodedString::Outcome::LoneSurrogate:
            return refuse(key, u"has a \\u escape of a lone surrogate, which has no UTF-8 form"_s);
        case DecodedString::Outcome::Malformed:
            return malformed();
        }
    }
    if (first == '-' || first == '+' || (first >= '0' && first <= '9')) {
        return readNumber(key);
    }
    if (consumeWord("null")) {
        return BodyParam{key, BodyParam::Kind::Null, QByteArray()};
    }
    if (first == 't' || first == 'f' || first == '{' || first == '[') {
        return refuse(key, u"must be a string or an integer"_s);
    }
    return malformed();
}

BodyParamsResult Tokenizer::readObject()
{
    // Qt's own parser accepts a leading byte order mark, so the simulator always has.
    if (QByteArrayView(m_body).startsWith(utf8Bom)) {
        m_pos = utf8Bom.size();
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString decoded = utf8(QByteArrayView(m_body).sliced(m_pos));
    if (utf8.hasError()) {
        malformed();
        return m_refusal;
    }

    std::vector<BodyParam> params;
    QSet<QByteArray> keys;
    skipWhitespace();
    if (!consume('{')) {
        malformed();
        return m_refusal;
    }
    skipWhitespace();
    bool more = !consume('}');
    while (more) {
        skipWhitespace();
        DecodedString key = readString();
        if (key.outcome == DecodedString::Outcome::Malformed) {
            malformed();
            return m_refusal;
        }
        if (key.outcome == DecodedString::Outcome::LoneSurrogate) {
            refuse(key.utf8, u"has a \\u escape of a lone surrogate in its name"_s);
            return m_refusal;
        }
        // Two values under one name leave open which was signed; Qt would quietly keep the last.
        if (keys.contains(key.utf8)) {
            refuse(key.utf8, u"is given more than once"_s);
            return m_refusal;
        }
        keys.insert(key.utf8);
        skipWhitespace();
        if (!consume(':')) {
            malformed();
            return m_refusal;
        }
        skipWhitespace();
        std::optional<BodyParam> param = readValue(key.utf8);
        if (!param) {
            return m_refusal;
        }
        params.push_back(std::move(*param));
        skipWhitespace();
        if (consume(',')) {
            continue;
        }
        if (!consume('}')) {
            malformed();
            return m_refusal;
        }
        more = false;
    }
    skipWhitespace();
    if (!atEnd()) {
        malformed();
        return m_refusal;
    }
    return params;
}

} // namespace

BodyParamsResult readBodyParams(const QByteArray& body)
{
    return Tokenizer(body).readObject();
}

} // namespace paydesk::sim
