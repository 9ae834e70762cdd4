#pragma once

#include "config/Clock.h"

// The one test clock: it stands still until a test moves it.
class FakeClock final : public paydesk::config::Clock
{
public:
    explicit FakeClock(qint64 nowMs = 1700000000000)
        : m_now(nowMs)
    { }

    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};
