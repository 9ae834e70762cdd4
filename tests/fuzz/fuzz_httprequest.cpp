// The simulator's HTTP request parser on any bytes, arriving in pieces as a socket delivers them.
#include "HttpRequestParser.h"

#include <cstdint>

using paydesk::sim::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    // The first byte is the size of the pieces the rest arrives in (1 to 256 bytes).
    const std::size_t piece = std::size_t(data[0]) + 1;
    HttpRequestParser parser;
    for (std::size_t at = 1; at < size; at += piece) {
        parser.append(QByteArray(reinterpret_cast<const char*>(data + at), qsizetype(std::min(piece, size - at))));
        for (;;) {
            const HttpRequestParser::Status status = parser.parseNext();
            if (status == HttpRequestParser::Status::Complete) {
                parser.takeRequest();
                parser.takeContinueRequest();
                continue;
            }
            if (status == HttpRequestParser::Status::Failed) {
                return 0; // the connection would answer failureStatus() and close
            }
            break;
        }
    }
    return 0;
}
