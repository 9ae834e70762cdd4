#pragma once

namespace paydesk::sim {

class HttpConnection;
struct HttpRequest;

// What the server does with each complete request. The handler must eventually call
// HttpConnection::respond() or HttpConnection::drop(), either at once or later (a delayed
// answer); until then the connection reads no further request, so answers stay in order.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual void handle(HttpConnection& connection, const HttpRequest& request) = 0;
};

} // namespace paydesk::sim
