#pragma once

#include "payout/PayoutState.h"

#include <QString>

#include <optional>

namespace paydesk::store {

// Why the store did not do what it was asked. Typed, so that each front end words it once
// (words::ErrorWords::store); nothing below the front ends builds a sentence from it.
enum class StoreProblem
{
    None,
    NotFound, // no such payout in this profile
    WrongState, // `state` is the payout's state now; `wanted` what it could not become
    CreatorCannotApprove, // `person` created it
    CreatorCannotReject, // `person` created it: they cancel instead
    CreatorOnly, // cancel and edit are the creator's (`person`) alone
    AlreadyApproved, // `person` already approved exactly this content
    ChangedSinceReview, // its content changed after the person looked at it
    EverSent, // it was sent before and may be at Cregis: never cancelled, rejected or edited
    ReasonRequired, // a rejection without a reason
    ApproverRequired, // an approval without the approver's name
    NotClaimHolder, // the claim is not this process's (it was recovered meanwhile)
    Busy, // another process (or this one) is sending it right now
    WrongProject, // queued for project `count`, this profile points at `required`
    ContentChanged, // its fields no longer hash to what its approvals were given for
    NotApproved, // `count` valid approvals of exactly this content, `required` needed
    // A team database's own refusals (its rules, whatever the desk decided):
    CreatorCannotReconcile, // `person` created it: another approver reconciles it
    NotStaff, // `person` is no staff login, or not of the group the step needs (`detail`: maker|approver|staff)
    RecipientNotAllowed, // the team policy's allow-list does not hold the recipient
    UnansweredTooLong, // unanswered for `count` ms, longer than the resend limit `required`: reconcile it
    CregisStatusRefused, // Cregis status `count` cannot follow `required` (its own order, final ones stay)
    TeamRulesChanged, // `detail`: how the database's rules differ from the ones this PayDesk installs
    Database, // `detail`: what was being done, and the database's own words
};

struct StoreError
{
    StoreProblem problem = StoreProblem::None;
    qint64 payoutId = 0;
    std::optional<payout::PayoutState> state;
    std::optional<payout::PayoutState> wanted;
    QString person;
    qint64 count = 0;
    qint64 required = 0;
    QString detail;

    bool ok() const { return problem == StoreProblem::None; }

    static StoreError database(qint64 payoutId, QString what)
    {
        StoreError error;
        error.problem = StoreProblem::Database;
        error.payoutId = payoutId;
        error.detail = std::move(what);
        return error;
    }
    static StoreError of(StoreProblem problem, qint64 payoutId)
    {
        StoreError error;
        error.problem = problem;
        error.payoutId = payoutId;
        return error;
    }
};

} // namespace paydesk::store
