#pragma once

#include "HttpMessage.h"

#include <QByteArray>

#include <optional>

namespace paydesk::sim {

// Assembles HTTP/1.1 requests from bytes that arrive in arbitrary pieces. Bodies must carry a
// Content-Length: the clients this serves (QNetworkAccessManager, curl) always send one for a
// byte-array body, so chunked uploads are refused rather than half supported.
class HttpRequestParser
{
public:
    enum class Status
    {
        NeedMore,
        Complete,
        Failed
    };

    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    void append(const QByteArray& bytes) { m_buffer += bytes; }

    // Tries to complete the next request from the bytes received so far. Bytes of a following
    // (pipelined) request stay buffered for the next call.
    Status parseNext();

    // Valid after Complete.
    HttpRequest takeRequest();

    // After Failed: the status to answer with before closing.
    int failureStatus() const { return m_failureStatus; }

    // True once per request whose head asked for "Expect: 100-continue" while its body is
    // still missing, so the connection can send the interim answer exactly once.
    bool takeContinueRequest();

private:
    Status fail(int status);
    bool parseHead(const QByteArray& head);
    bool parseRequestLine(const QByteArray& line, QByteArray& version);

    QByteArray m_buffer;
    std::optional<HttpRequest> m_head;
    std::optional<HttpRequest> m_complete;
    qsizetype m_contentLength = 0;
    bool m_wantsContinue = false;
    int m_failureStatus = 400;
};

} // namespace paydesk::sim
