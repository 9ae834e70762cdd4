#pragma once

#include "cregis/CregisError.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretText.h"
#include "store/AuditLog.h"
#include "store/StoreError.h"
#include "workflow/ApprovalService.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk::words {

// The one place where the typed errors of the floors below become sentences a person acts on.
class ErrorWords
{
    Q_DECLARE_TR_FUNCTIONS(ErrorWords)

public:
    // What went wrong talking to the gateway, or what Cregis said.
    static QString cregis(const cregis::CregisError& error);
    // Why the store did not do what it was asked.
    static QString store(const store::StoreError& error);
    // Why a decision (approve, reject, cancel) did not happen.
    static QString decision(const workflow::DecisionError& error);
    // A policy rule that could not be read, and how it is applied instead.
    static QString policyProblem(const workflow::PolicyProblem& problem);
    // "The approval policy cannot be applied (...)": while a policy is blocked.
    static QString policyBlocked(const QList<workflow::PolicyProblem>& problems);
    // What `audit verify` found.
    static QString audit(const store::AuditVerification& result);
    // A failed keychain call.
    static QString secret(const secrets::SecretResult& result);
    // Why a secret as given is refused; `what` names it ("The API key", "The password").
    static QString secretText(const secrets::SecretTextCheck& check, const QString& what);
};

} // namespace paydesk::words
