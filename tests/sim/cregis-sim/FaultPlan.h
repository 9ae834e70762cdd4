#pragma once

#include "ApiResult.h"

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
    Redirect, // answers 302 to another path, records nothing
    ApiError, // answers 200 with the armed business error, records nothing
    DuplicateCid // records the payout, answers the cid of the first payout ever recorded
};

struct FaultArming
{
    Fault fault = Fault::None;
    // How many payout-create requests meet it; FaultPlan::always for every one.
    int count = 1;
    // What an api-error fault answers; the other faults ignore it.
    ApiError apiError = defaultApiError();

    static ApiError defaultApiError() { return {QStringLiteral("E0099"), QStringLiteral("System busy, please retry")}; }
};

// The one fault armed at a time, set by `--fault` or `POST /_sim/faults`.
class FaultPlan
{
public:
    static constexpr int always = -1;

    void arm(FaultArming arming);
    // The arming that applies to the payout-create request being handled now (fault None when
    // nothing is armed); uses one of its count.
    FaultArming takeForRequest();
    FaultArming armed() const { return m_armed; }

    static std::optional<Fault> fromName(const QString& name);
    static QString nameOf(Fault fault);
    static bool isValidCount(qint64 count) { return count == always || (count >= 1 && count <= 1000000); }
    // An api-error code has the shape of Cregis's own ("E0099"): five printable ASCII characters.
    static bool isValidErrorCode(const QString& code);
    // "NAME" or "NAME:COUNT", as given to --fault.
    static std::optional<FaultArming> parseSpec(const QString& spec);

private:
    FaultArming m_armed;
};

} // namespace paydesk::sim
