#include "OnlineAddressCheck.h"

namespace paydesk::workflow {

void OnlineAddressCheck::run(cregis::CregisClient& client, const money::Asset& asset, const QString& address,
                             payout::PayoutField field, QObject* context, Done done)
{
    const auto failed = [field, done](const cregis::CregisError& error) {
        done({payout::ValidationIssue{field, payout::IssueCode::OnlineCheckFailed, payout::IssueSeverity::Error, 0, 0}},
             error);
    };
    client.checkAddress(cregis::AddressQuery::Legal, address, asset.chainId, context,
                        [&client, asset, address, field, context, done,
                         failed](const cregis::CregisResult<cregis::AddressAnswer>& legal) {
                            if (!legal.ok()) {
                                failed(legal.error);
                                return;
                            }
                            if (!legal.value->result) {
                                done({payout::ValidationIssue{field, payout::IssueCode::InvalidAddress,
                                                              payout::IssueSeverity::Error, 0, 0}},
                                     cregis::CregisError{});
                                return;
                            }
                            client.checkAddress(
                                cregis::AddressQuery::Inner, address, asset.chainId, context,
                                [field, done, failed](const cregis::CregisResult<cregis::AddressAnswer>& inner) {
                                    if (!inner.ok()) {
                                        failed(inner.error);
                                        return;
                                    }
                                    payout::ValidationIssues issues;
                                    if (inner.value->result) {
                                        issues
                                            += payout::ValidationIssue{field, payout::IssueCode::RecipientIsOwnAddress,
                                                                       payout::IssueSeverity::Warning, 0, 0};
                                    }
                                    done(issues, cregis::CregisError{});
                                });
                        });
}

} // namespace paydesk::workflow
