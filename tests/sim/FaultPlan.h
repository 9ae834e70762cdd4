#pragma once

#include <QString>

#include <optional>

namespace paydesk::sim {

// Failures a payout-create request can meet, for testing a client's idempotent retries.
enum class Fault
{
    None,
    DropAfterRecord, // records the payout, closes the connection without an answer
    Http503, // answers 503, records nothing
    Http429, // answers 429, records nothing
    Delay, // records the payout, answers only after the configured delay
    MalformedJson, // records the payout, answers 200 with a body that is not JSON
    Redirect // answers 302 to another path, records nothing
};

struct FaultArming
{
    Fault fault = Fault::None;
    // How many payout-create requests meet it; FaultPlan::always for every one.
    int count = 1;
};

// The one fault armed at a time, set by `--fault` or `POST /_sim/faults`.
class FaultPlan
{
public:
    static constexpr int always = -1;

    void arm(FaultArming arming);
    // The fault for the payout-create request being handled now; uses one of its count.
    Fault takeForRequest();
    FaultArming armed() const { return m_armed; }

    static std::optional<Fault> fromName(const QString& name);
    static QString nameOf(Fault fault);
    static bool isValidCount(qint64 count) { return count == always || (count >= 1 && count <= 1000000); }
    // "NAME" or "NAME:COUNT", as given to --fault.
    static std::optional<FaultArming> parseSpec(const QString& spec);

private:
    FaultArming m_armed;
};

} // namespace paydesk::sim
