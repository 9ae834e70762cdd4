#pragma once

#include <QtGlobal>

namespace paydesk::config {

// Milliseconds since the Unix epoch. Injected so that signed requests are reproducible in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace paydesk::config
