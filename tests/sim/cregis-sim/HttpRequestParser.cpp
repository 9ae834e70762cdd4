#include "HttpRequestParser.h"

#include <utility>

namespace paydesk::sim {

namespace {

bool hasToken(const QByteArray& headerValue, const QByteArray& token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    for (const QByteArray& part : parts) {
        if (part.trimmed().toLower() == token) {
            return true;
        }
    }
    return false;
}

bool isAllDigits(const QByteArray& text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

HttpRequestParser::Status HttpRequestParser::parseNext()
{
    if (m_complete) {
        return Status::Complete;
    }
    if (!m_head) {
        // RFC 9112 lets a server skip empty lines before a request line.
        while (m_buffer.startsWith("\r\n")) {
            m_buffer.remove(0, 2);
        }
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return m_buffer.size() > maxHeadBytes ? fail(431) : Status::NeedMore;
        }
        if (headEnd > maxHeadBytes) {
            return fail(431);
        }
        if (!parseHead(m_buffer.left(headEnd))) {
            return Status::Failed;
        }
        m_buffer.remove(0, headEnd + 4);
    }
    if (m_buffer.size() < m_contentLength) {
        return Status::NeedMore;
    }
    m_head->body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    m_complete = std::move(m_head);
    m_head.reset();
    m_contentLength = 0;
    m_wantsContinue = false;
    return Status::Complete;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = m_complete ? std::move(*m_complete) : HttpRequest{};
    m_complete.reset();
    return request;
}

bool HttpRequestParser::takeContinueRequest()
{
    if (!m_head || !m_wantsContinue) {
        return false;
    }
    m_wantsContinue = false;
    return true;
}

HttpRequestParser::Status HttpRequestParser::fail(int status)
{
    m_failureStatus = status;
    return Status::Failed;
}

bool HttpRequestParser::parseRequestLine(const QByteArray& line, QByteArray& version)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || !parts[1].startsWith('/')) {
        return false;
    }
    version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return false;
    }
    HttpRequest request;
    request.method = parts[0];
    const qsizetype queryStart = parts[1].indexOf('?');
    request.path = queryStart < 0 ? parts[1] : parts[1].left(queryStart);
    request.query = queryStart < 0 ? QByteArray() : parts[1].mid(queryStart + 1);
    m_head = std::move(request);
    return true;
}

bool HttpRequestParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    QByteArray version;
    if (lines.isEmpty() || !parseRequestLine(lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0), version)) {
        fail(400);
        return false;
    }
    std::optional<qsizetype> contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        // A line starting with whitespace is an obsolete folded header, which RFC 9112 lets a
        // server reject; so is a header without a name.
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
            fail(400);
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!isAllDigits(value) || value.size() > 12) {
                fail(400);
                return false;
            }
            const qsizetype length = value.toLongLong();
            if (contentLength && *contentLength != length) {
                fail(400);
                return false;
            }
            contentLength = length;
        }
        if (name == "transfer-encoding") {
            fail(501);
            return false;
        }
        auto existing = m_head->headers.find(name);
        if (existing == m_head->headers.end()) {
            m_head->headers.insert(name, value);
        } else {
            *existing += ", " + value;
        }
    }
    m_contentLength = contentLength.value_or(0);
    if (m_contentLength > maxBodyBytes) {
        fail(413);
        return false;
    }
    const QByteArray connection = m_head->headers.value("connection");
    m_head->keepAlive = version == "HTTP/1.1" ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    m_wantsContinue = hasToken(m_head->headers.value("expect"), "100-continue");
    return true;
}

} // namespace paydesk::sim
