<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalDetailText</name>
    <message numerus="yes">
        <source>%1 of %n approval(s)</source>
        <translation>
            <numerusform>%1 of %n approval</numerusform>
            <numerusform>%1 of %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (needs %n more approver(s))</source>
        <translation>
            <numerusform> (needs %n more approver)</numerusform>
            <numerusform> (needs %n more approvers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to Cregis %n time(s) before without an answer: it may already be there. Once approved it goes out again under the same third_party_id, so it cannot be paid twice; it can no longer be cancelled or rejected.</source>
        <translation>
            <numerusform>Sent to Cregis once before without an answer: it may already be there. Once approved it goes out again under the same third_party_id, so it cannot be paid twice; it can no longer be cancelled or rejected.</numerusform>
            <numerusform>Sent to Cregis %n times before without an answer: it may already be there. Once approved it goes out again under the same third_party_id, so it cannot be paid twice; it can no longer be cancelled or rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Payout #%1&lt;/b&gt; · %2 · %3 · created by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Cregis as below; the pid, nonce, time stamp and signature are added when it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1 of %n approval(s)</source>
        <translation>
            <numerusform>%1 of %n approval</numerusform>
            <numerusform>%1 of %n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) could not be queried</source>
        <translation>
            <numerusform>%n payout could not be queried</numerusform>
            <numerusform>%n payouts could not be queried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%n payout(s) done</source>
        <translation>
            <numerusform>%1/%n payout done</numerusform>
            <numerusform>%1/%n payouts done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) were not submitted; see the lines above</source>
        <translation>
            <numerusform>%n payout was not submitted; see the lines above</numerusform>
            <numerusform>%n payouts were not submitted; see the lines above</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payout id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve ID... | approve --all-pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile ID [--cid N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile is configured; create one with `paydesk-cli profile set NAME --base-url URL --pid N`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several profiles exist; choose one with --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s key exists only inside the window&apos;s demo session; send from the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is served on %2 chains; use chain_id@token_id (see `currency list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a currency of this profile; see `currency list`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimals: use a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 decimal places (built in or served by the gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has %2 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency list | currency set-decimals CURRENCY N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new --currency C --to ADDR --amount A [--memo M] [--remark R] [--wallet-id N] [--from ADDR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued payout %1: %2 %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit ID... | submit --all-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit: &quot;%1&quot; is not a payout id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping after the payouts already on their way...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: payouts not started are still approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list [--status S] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: use one of draft, pending_approval, approved, submitting, submitted, rejected, cancelled, refused, unknown, needs_reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: use table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy show | policy set ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Give it whole: policy set --approvals N [--threshold ...] [--allow-list-only on|off] [--allow ADDRESS]... [--expiry-hours H]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approvals: a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold: use CURRENCY:AMOUNT:APPROVALS, such as USDT-TRC20:1000:2 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 is served on %2 chains; the threshold applies to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-list-only: on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiry-hours: a whole number of hours (0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resend-limit-hours: a whole number of hours (0 = never resend without reconciling first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; create it with `profile set`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot; stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway refused the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile set NAME ... | profile list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials set NAME | credentials check NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>option (field): what is wrong and how to fix it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export FILE[.csv|.xlsx] [--status S] [--since DATE] [--until DATE] [--bom]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; use YYYY-MM-DD (UTC) or an ISO 8601 time with Z or an offset, such as 2024-05-01T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom: only for a CSV file; a workbook needs none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n payout(s) to %1</source>
        <translation>
            <numerusform>exported %n payout to %1</numerusform>
            <numerusform>exported %n payouts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was not written (no file is left behind): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE [--allow-duplicates]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was queued: %n problem(s) in %1</source>
        <translation>
            <numerusform>nothing was queued: %n problem in %1</numerusform>
            <numerusform>nothing was queued: %n problems in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was queued: %n line(s) repeat a payout; check them, then import again with --allow-duplicates to queue them anyway</source>
        <translation>
            <numerusform>nothing was queued: %n line repeat a payout; check them, then import again with --allow-duplicates to queue them anyway</numerusform>
            <numerusform>nothing was queued: %n lines repeat a payout; check them, then import again with --allow-duplicates to queue them anyway</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>total %1 (%2): %n payout(s), %3</source>
        <translation>
            <numerusform>total %1 (%2): %n payout, %3</numerusform>
            <numerusform>total %1 (%2): %n payouts, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued %n payout(s) for approval</source>
        <translation>
            <numerusform>queued %n payout for approval</numerusform>
            <numerusform>queued %n payouts for approval</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: paydesk-cli [--data-dir DIR] [--database FILE|URL] [--profile NAME | --demo] COMMAND ...
  profile set NAME --base-url URL --pid N [--wallet-id N] [--callback-url URL]
  profile list
  credentials set NAME        API key read from stdin into the OS keychain
  credentials check NAME      calls /api/v1/coins with it
  new --currency C --to ADDR --amount A [--memo M] [--remark R] [--wallet-id N] [--from ADDR] [--check-online]
  approve ID... | --all-pending
  reject ID --reason TEXT
  cancel ID
  submit ID... | --all-approved
  reconcile ID [--cid N]
  refresh
  audit verify
  policy show | policy set ...
  list [--status S] [--format table|csv|json]
  export FILE[.csv|.xlsx] [--status S] [--since DATE] [--until DATE] [--bom]
  import FILE [--allow-duplicates]
  currency list | currency set-decimals CURRENCY N
  db init | db grant LOGIN maker|approver | db status | db set-password
     (with --database postgresql://LOGIN@HOST:PORT/DATABASE)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PayDesk schema %2, with the team&apos;s roles (paydesk_maker, paydesk_approver), grants and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db grant LOGIN maker|approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot grant %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a member of paydesk_%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1 (this PayDesk: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list who is connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password for %1 stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db commands need --database postgresql://LOGIN@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db init | db grant LOGIN maker|approver | db status | db set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile set NAME --base-url URL --pid N [--wallet-id N] [--callback-url URL] [--team-database postgresql://LOGIN@HOST:PORT/DB]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use an SQLite file or postgresql://LOGIN@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no role &quot;%1&quot;: create the person&apos;s login first (CREATE ROLE ... LOGIN PASSWORD ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person&apos;s login (it is %2): grant the team&apos;s roles to each person&apos;s own LOGIN role, never to a group role, the database&apos;s owner or a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the team&apos;s group roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role that cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logins holding both roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT as this PayDesk installs them (%1); run db init as the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as this PayDesk installs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, with %n warning(s) (above)</source>
        <translation>
            <numerusform>, with %n warning (above)</numerusform>
            <numerusform>, with %n warnings (above)</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <source>#%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1: ready to send with Send approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1 (“%2”). Rejection is final: nothing of it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1. Cancelling is final: nothing of it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval of %1 is recorded; the policy needs another approver before it can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message numerus="yes">
        <source>Payout #%1 was not sent: it has %n valid approval(s) of exactly this content; it needs %2.</source>
        <translation>
            <numerusform>Payout #%1 was not sent: it has %n valid approval of exactly this content; it needs %2.</numerusform>
            <numerusform>Payout #%1 was not sent: it has %n valid approvals of exactly this content; it needs %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a threshold&apos;s currency cannot be read; its %n approver(s) apply to every currency</source>
        <translation>
            <numerusform>a threshold&apos;s currency cannot be read; its %n approver applies to every currency</numerusform>
            <numerusform>a threshold&apos;s currency cannot be read; its %n approvers apply to every currency</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the threshold amount &quot;%1&quot; for %2 cannot be read; its %n approver(s) apply to every amount</source>
        <translation>
            <numerusform>the threshold amount &quot;%1&quot; for %2 cannot be read; its %n approver applies to every amount</numerusform>
            <numerusform>the threshold amount &quot;%1&quot; for %2 cannot be read; its %n approvers apply to every amount</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not be reached or the connection broke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate could not be verified on a new connection; an earlier connection was in use, so the request may have gone out on it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate could not be verified, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not a Cregis answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with a redirect (HTTP %1), which is never followed; check the gateway URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is loaded for this profile; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payout #%1 in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is %2; it cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is not in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was created by %2, who cannot also approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was created by %2, who cannot reject it; its creator cancels it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was created by %2: only its creator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already approved payout #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 changed after you reviewed it; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was already sent to Cregis once and may be there; it can only be resent under its own third_party_id or reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval needs the approver&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is no longer claimed by this process; its answer was not recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is being sent right now by another PayDesk process; it is left to that process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was queued for project %2; this profile points to project %3, so it is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was not sent: its fields no longer match what was approved (changed outside PayDesk). Run `audit verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout database failed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 pays a recipient that is not on this profile&apos;s list of approved addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of approvals required (&quot;%1&quot;) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount thresholds cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a threshold&apos;s number of approvers (&quot;%1&quot;) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether only allow-listed recipients may be paid (&quot;%1&quot;) cannot be read; they alone may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of approved addresses cannot be read; no recipient is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval expiry (&quot;%1&quot;) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resend limit (&quot;%1&quot;) cannot be read; unanswered payouts are resent only after a reconciliation search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval policy cannot be applied (%1); nothing is approved or sent until it is set again, whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log intact: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (payout %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 does not follow the event before it (rows removed or inserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1 no longer matches the hash in its audit trail (fields altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log broken%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for this profile as it is now set up. Enter it in Settings (or with `paydesk-cli credentials set`); a key is asked for again whenever the profile&apos;s gateway, project ID or data folder changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available in this session. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis refused the request: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway URL was refused, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was created by %2: another approver reconciles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an approver of this team database (paydesk_approver); ask its owner for `paydesk-cli db grant %1 approver`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not queue payouts in this team database (paydesk_maker); ask its owner for `paydesk-cli db grant %1 maker`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a staff login of this team database: staff are logins granted paydesk_maker or paydesk_approver, never the group roles or the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was not sent: its recipient is not on the team policy&apos;s allow-list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 has had no answer for longer than the resend limit; reconcile it (`paydesk-cli reconcile %1`) before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1: Cregis status %2 cannot follow status %3 (a final status never changes, and &quot;paid&quot; needs a txid); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database&apos;s rules are not the ones this PayDesk installs (%1). Approving and sending are refused until its owner runs `paydesk-cli db init` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: give it whole, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a line break at byte %2: give it on one line, nothing before or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character (byte %2 at position %3): copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character: copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a space at position %2: an API key has none; copy it again from the Cregis console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a character that is not plain ASCII (byte %2 at position %3): copy it again from the Cregis console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes: that is not one key or password (was a whole file given?). Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>PayDesk %1
A desktop payout desk for the Cregis WaaS API.

Qt %2 (built with %3)
TLS: %4

Payout database: %5
Settings: %6
API keys: the system keychain (service PayDesk), nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Arrow keys in the task list choose a page; Tab goes into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Enter in any field  Review the payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  In the confirmation, Cancel is the default; Send unlocks after a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  Approve the selected payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  Reject the selected payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  Send the approved payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Shift, Ctrl and Ctrl+A select several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  Ask Cregis for the latest statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <source>this currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required. Paste the address you are paying to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required. Enter how much to pay, such as 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required. Fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use digits only (the wallet ID from the Cregis console), or leave it empty for the project&apos;s default wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a currency of this project. Choose one from the list, or use chain_id@token_id such as 195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this coin name is served on %1 chains; use chain_id@token_id to say which one (see `paydesk-cli currency list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of decimal places of %1 is not known, so no amount can be checked. Set it first (File &gt; Currency decimals, or `paydesk-cli currency set-decimals`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use digits with an optional decimal point, such as 12.5 (no sign, exponent, spaces, commas or thousands separators; write 0.5, not .5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; use at most %2 digits after the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a real amount; check the number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1, which is not allowed in an address; retype the address from a trusted source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a space; an address has none. Paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invisible control character (such as a tab or line break); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis reports that this is not a valid %1 address; check it against the recipient&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum does not match, so at least one character is wrong. Copy the address again from the recipient; do not correct it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an address for another network or chain, not for %1. Ask the recipient for their %1 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a %1 address (wrong length, characters or format). Copy the address again from the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk has no rules for this chain, so the address was not checked locally; use the online check before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis reports that this is one of the project&apos;s own addresses; paying it moves funds within the project. Check that this is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like another address already used (same first and last four characters, different middle). Address-swapping malware works this way: compare every character with the recipient&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the online check with Cregis could not be done, so nothing was queued. Try again, or leave the online check off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written all in lower or upper case, so it carries no checksum and a typo would go unnoticed. Prefer the mixed-case form from the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payouts carry no memo; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XRP destination tag is a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty. Exchange deposit addresses on %1 usually need one; check with the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: what is wrong and how to fix it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the invisible character %1, which can make the text read differently from what is sent; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid text (it holds a broken or reserved character); type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pays the same recipient the same amount of the same currency as payout #%1 of the last 30 days. Check that it is not the same payment twice before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Prepare, confirm and track Cregis payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a local simulator with a throw-away key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local Cregis simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Payout #%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 has had no answer for %2 (the limit for resending is %3): reconcile it first; it is not resent until its trade history was searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its recipient is not on the list of approved addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its approvals expired or no longer meet the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was not resent: %2. Reconcile it: a search that finds no trace of it returns it to the approval queue under the same third_party_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was not sent: %2; it is back in the approval queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was not sent: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 submitted: Cregis accepted it with cid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 refused by Cregis (%2 %3). Nothing was paid; if it is still due, enter a corrected payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 needs reconciliation: Cregis answered cid %2, which payout #%3 already holds. Check it in the Cregis console; nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 needs reconciliation: Cregis already has a payout with its third_party_id (%2), so an earlier attempt got through. Find its cid; nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1: Cregis accepted it with cid %2, but that could not be saved (%3). Record the cid with `reconcile %1 --cid %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1: Cregis&apos;s answer (%2) could not be saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was not sent: the request built for it does not match what was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is cid %2 (entered, and confirmed by Cregis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is cid %2 (found in the trade history, and confirmed by Cregis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade in the history is payout #%1; it may be resent under its own third_party_id, or enter its cid from the Cregis console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade in the history is payout #%1, and its approvals no longer meet the policy: it is back in the approval queue under the same third_party_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade in the history is payout #%1 yet, though Cregis knows its third_party_id; enter its cid from the Cregis console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trades look like payout #%2; enter the right cid from the Cregis console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many trades around payout #%1 to search them all; enter its cid from the Cregis console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis could not confirm cid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third_party_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cid %1 is not payout #%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is %2; only payouts without an answer are reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1: no answer from Cregis (%2). It is saved as “no answer” and may have reached Cregis; it is resent only under the same id (its third_party_id), which can never pay twice. Do not enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 was first sent at a time ahead of this computer&apos;s clock, so how long it has gone unanswered cannot be told: reconcile it first; it is not resent until its trade history was searched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutCells</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileWords</name>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID (pid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the project&apos;s Gateway Server, as the Cregis console shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a URL; use the full address, such as https://t-rwwagnvw.cregis.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the user name and password from the URL; credentials never travel in a URL, the API key goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use https://; plain http:// is allowed only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use up to 63 letters, digits, spaces, dots, underscores or dashes, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits only, above zero, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits only and above zero, as shown in the Cregis console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a full https:// address without a user name or password, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: what is wrong and how to fix it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use postgresql://LOGIN@HOST:PORT/DATABASE, or leave it empty for this computer&apos;s own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name your own database login before the @ (postgresql://LOGIN@HOST:PORT/DATABASE): it is who acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the password from the URL; it comes from the system keychain (paydesk-cli db set-password), PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the database after the last / (postgresql://LOGIN@HOST:PORT/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only ?sslmode=... and &amp;sslrootcert=FILE may follow the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server on another computer is reached over verified TLS: use sslmode=verify-full (the default), verify-ca or require.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message numerus="yes">
        <source>%1 %2 (%n payout(s))</source>
        <comment>amount coin (count)</comment>
        <translation>
            <numerusform>%1 %2 (%n payout)</numerusform>
            <numerusform>%1 %2 (%n payouts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer — will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting Cregis approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>coin (currency)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ApprovalQueueModel</name>
    <message>
        <source>You created this payout: someone other than you must approve it. You can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ApprovalsPage</name>
    <message numerus="yes">
        <source>%n payout(s) (%1)</source>
        <translation>
            <numerusform>%n payout (%1)</numerusform>
            <numerusform>%n payouts (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n payout(s)</source>
        <translation>
            <numerusform>&amp;Approve %n payout</numerusform>
            <numerusform>&amp;Approve %n payouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel &amp;%n payout(s)</source>
        <translation>
            <numerusform>Cancel &amp;payout</numerusform>
            <numerusform>Cancel &amp;%n payouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n payout(s)</source>
        <translation>
            <numerusform>&amp;Send %n payout</numerusform>
            <numerusform>&amp;Send %n payouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n payout(s) to Cregis…</source>
        <translation>
            <numerusform>Sending %n payout to Cregis…</numerusform>
            <numerusform>Sending %n payouts to Cregis…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel my payout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send approved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;my own payouts (to cancel them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts wait here until someone other than their creator approves them. Select one or more (Shift, Ctrl, Ctrl+A) and check below exactly what will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXsmKpEuW7qWn…GP9eDLvWPR2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected payout, &amp;exactly as it will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected payouts created by others (%1). You see the total per currency before anything is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected payouts, with a reason (%1). Rejection is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payouts you created yourself. Cancelling is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected approved payouts, or every approved payout when none is selected (%1). You confirm the totals first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue lists other people&apos;s payouts, the ones you can approve. Your own are listed here only so that you can cancel them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts are waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payout (arrow keys or a click) to see exactly what will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1? Your approval is recorded under your name (%2) for exactly these values; once the policy&apos;s approvals are complete they can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1? Cancelling is final: it will never be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no approved payouts to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is loaded for this profile, so nothing can be sent. Set the key in Settings; the approved payouts wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send approved payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to Cregis now (%2)? Money leaves the wallet once Cregis processes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BatchConfirmDialog</name>
    <message numerus="yes">
        <source>%n payout(s), in total:</source>
        <translation>
            <numerusform>%n payout, in total:</numerusform>
            <numerusform>%n payouts, in total:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to add up exactly; check each payout below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts in this batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BatchSendController</name>
    <message numerus="yes">
        <source>Sending %n payout(s) to Cregis…</source>
        <translation>
            <numerusform>Sending %n payout to Cregis…</numerusform>
            <numerusform>Sending %n payouts to Cregis…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n payout(s) to Cregis…</source>
        <translation>
            <numerusform>Sent %1 of %n payout to Cregis…</numerusform>
            <numerusform>Sent %1 of %n payouts to Cregis…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n payout(s) to Cregis: %1. Follow them in History.</source>
        <translation>
            <numerusform>Sent %n payout to Cregis: %1. Follow it in History.</numerusform>
            <numerusform>Sent %n payouts to Cregis: %1. Follow them in History.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n approved payout(s) were not started and stay approved.</source>
        <translation>
            <numerusform>Cancelled: %n approved payout was not started and stays approved.</numerusform>
            <numerusform>Cancelled: %n approved payouts were not started and stay approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (cid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no further payouts are started. Waiting for the answers to those already on their way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConfirmPayoutDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every value. This is exactly what will be sent to Cregis once someone other than you has approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue payout (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue payout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionTest</name>
    <message numerus="yes">
        <source>Connected: %n payout currency(ies)</source>
        <translation>
            <numerusform>Connected: %n payout currency</numerusform>
            <numerusform>Connected: %n payout currencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CurrencyDecimalsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency decimals — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither PayDesk nor the gateway knows how many decimal places these currencies have, so no amount in them can be checked or paid. Take the number from the token&apos;s contract or the chain&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimal places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every currency of this profile has known decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has %2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ExportFlow</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, with a byte order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, every digit exact (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the payouts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payout(s) to %1.</source>
        <translation>
            <numerusform>Exported %n payout to %1.</numerusform>
            <numerusform>Exported %n payouts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not written (no file is left behind): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payouts-%1.csv</source>
        <comment>default file name of an export</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by cid, address, remark, txid or third-party id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type at least %n character(s) to search.</source>
        <translation>
            <numerusform>Type at least %n character to search.</numerusform>
            <numerusform>Type at least %n characters to search.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by Cregis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Cregis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cregis status yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::HistoryModel</name>
    <message>
        <source>Cregis status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::HistoryPage</name>
    <message numerus="yes">
        <source>Statuses checked at %1: %n payout(s) changed.</source>
        <translation>
            <numerusform>Statuses checked at %1: %n payout changed.</numerusform>
            <numerusform>Statuses checked at %1: %n payouts changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Cregis could not be asked about %n payout(s); they are tried again later.</source>
        <translation>
            <numerusform> Cregis could not be asked about %n payout; it is tried again later.</numerusform>
            <numerusform> Cregis could not be asked about %n payouts; they are tried again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh &amp;statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting Cregis approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a payout with no answer or a duplicate-id answer: find its cid in the trade history, or enter it, verified with Cregis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Cregis for the status of every unfinished payout now (%1). PayDesk also asks every %2 seconds while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is loaded for this profile, so Cregis cannot be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis statuses are not updated: no API key is loaded for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for payout #%1 in the trade history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Cregis for the latest statuses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the payouts shown, in this order, to a CSV file or an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a whole payout run from a CSV file, after a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column to sort by it; right-click to choose the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s)</source>
        <translation>
            <numerusform>%n payout</numerusform>
            <numerusform>%n payouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Import payouts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Col&amp;umns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns shown (also by right-clicking the column headers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ImportDialog</name>
    <message>
        <source>Queue the &amp;repeated payouts too; I have checked them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts the file would queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s), listed below. Nothing will be queued until the file is corrected.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem, listed below. Nothing will be queued until the file is corrected.</numerusform>
            <numerusform>%1 cannot be imported: %n problems, listed below. Nothing will be queued until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n payout(s). Check them and the totals, then queue them for approval.</source>
        <translation>
            <numerusform>%1 holds %n payout. Check them and the totals, then queue them for approval.</numerusform>
            <numerusform>%1 holds %n payouts. Check them and the totals, then queue them for approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Control totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n payout(s)</source>
        <translation>
            <numerusform>&amp;Queue %n payout</numerusform>
            <numerusform>&amp;Queue %n payouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n payout(s) for approval: %1</source>
        <translation>
            <numerusform>Queued %n payout for approval: %1</numerusform>
            <numerusform>Queued %n payouts for approval: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems, repeated payouts and warnings in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n payout(s), with warnings (listed below). Read them, check the payouts and the totals, then queue them for approval.</source>
        <translation>
            <numerusform>%1 holds %n payout, with warnings (listed below). Read them, check the payout and the totals, then queue it for approval.</numerusform>
            <numerusform>%1 holds %n payouts, with warnings (listed below). Read them, check the payouts and the totals, then queue them for approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue despite %n warning(s)</source>
        <translation>
            <numerusform>&amp;Queue despite %n warning</numerusform>
            <numerusform>&amp;Queue despite %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ImportPreviewModel</name>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 (%n waiting for your approval)</source>
        <translation>
            <numerusform>%1 (%n waiting for your approval)</numerusform>
            <numerusform>%1 (%n waiting for your approval)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 · pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — payouts go to a local simulator with a throw-away key. No real funds move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency &amp;decimals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch person… (demo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch person (demo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts now? In the demo you can play every part: queue a payout as one person, then approve it as another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1 now (demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved; gateway changes apply when PayDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key loaded from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Payouts can be saved but not sent until a key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still acting as %1: type the name of the person to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team database again; the pages are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached. PayDesk keeps trying to connect, waiting longer each time; nothing you do now is saved until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewPayoutPage</name>
    <message>
        <source>Wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k with Cregis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review payout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the payout and review it. Once you confirm the exact values it waits on the Approvals page: nothing is sent until someone other than you approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project default wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you are paying to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet ID problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pient address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Cregis whether this is a valid address for the chosen currency and whether it is one of the project&apos;s own addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the gateway&apos;s currencies (%1); the built-in list is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the recipient&apos;s exchange gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comm&amp;ent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment the recipient&apos;s exchange asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by this currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends exactly %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency first: the online check is per chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is loaded for this profile, so Cregis cannot be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the recipient address first; Cregis was not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Cregis about the address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online check could not be done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis confirms this is a valid %1 address and not one of the project&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis has concerns about this address; see the recipient field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was queued or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout could not be queued, so it will not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 is queued for approval; someone other than you must approve it before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PayoutDetailPane</name>
    <message>
        <source>Select a payout to see all it holds and what happened to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cregis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>txid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of the selected payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1; it is resent only under the same third-party id, and once older than the resend limit only after Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReconcileFlow</name>
    <message>
        <source>No API key is loaded for this profile, so Cregis cannot be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile payout #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Cregis cid of payout #%2 (digits, from the Cregis console):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1: a cid is a whole number; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout #%1 still needs reconciliation; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RejectDialog</name>
    <message>
        <source>Reject payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1? Rejection is final: it will never be sent, and its creator sees your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: wrong recipient, amount not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, from the Cregis console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: where Cregis reports progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key goes only to the system keychain. Leave the field empty to keep the stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the project&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile “%1”; storing the API key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile “%1”, but the API key was not stored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile “%1”; the API key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: paste the key to test it; none is stored for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;ID (pid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;wallet ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: postgresql://you@server:5432/paydesk (shared queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
