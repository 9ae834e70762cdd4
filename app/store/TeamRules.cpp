#include "PostgresDialect.h"

// The rules a team database enforces by itself, whatever client connects: PayDesk's own checks
// are the first line, these are the last. Everything runs as the connected login role
// (current_user), which is the person acting; SECURITY INVOKER throughout, so nothing here
// grants more than the role already has.

namespace paydesk::store {

namespace {

// Who a role is: group roles, granted to each staff login by `paydesk-cli db grant`.
const char* roles = R"SQL(
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'paydesk_maker') THEN
    CREATE ROLE paydesk_maker NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'paydesk_approver') THEN
    CREATE ROLE paydesk_approver NOLOGIN;
  END IF;
END $$)SQL";

// The team's approval policy, one value per name in the format of a desk's settings
// (desk::PolicySettings). Only the database's owner changes it: every desk reads the same one.
const char* policyTable = "CREATE TABLE IF NOT EXISTS team_policy (name TEXT PRIMARY KEY, value TEXT NOT NULL)";

const char* staffCheck = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_is_staff() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, 'paydesk_maker', 'MEMBER')
      OR pg_has_role(current_user, 'paydesk_approver', 'MEMBER')
$$)SQL";

// How many distinct approvers a payout needs under the team policy, read the way the desks read
// it and failing closed: a policy that cannot be read stops every approval and every claim.
// Amounts compare as numeric (exact decimals), never as floating point.
const char* requiredApprovals = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_required_approvals(p_currency text, p_amount text) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
DECLARE
  required integer := 1;
  base text;
  rules text;
  rule jsonb;
BEGIN
  SELECT value INTO base FROM team_policy WHERE name = 'approvals_required';
  IF base IS NOT NULL THEN
    IF base !~ '^\s*[0-9]{1,4}\s*$' OR trim(base)::integer < 1 THEN
      RAISE EXCEPTION 'the team policy''s approvals_required (%) cannot be read', base
        USING ERRCODE = 'P0001';
    END IF;
    required := trim(base)::integer;
  END IF;
  SELECT value INTO rules FROM team_policy WHERE name = 'thresholds';
  IF rules IS NOT NULL AND rules <> '' THEN
    FOR rule IN SELECT * FROM jsonb_array_elements(rules::jsonb) LOOP
      IF coalesce(rule->>'currency', '') IN ('', p_currency)
         AND p_amount::numeric >= coalesce(nullif(rule->>'at_least', ''), '0')::numeric THEN
        required := greatest(required, (rule->>'approvals')::integer);
      END IF;
    END LOOP;
  END IF;
  RETURN required;
END $$)SQL";

// Refuses the step unless the payout's content has as many distinct approvers other than its
// creator as the policy wants; `purpose` ends the sentence ("" or " to send it").
const char* requireApprovals = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_require_approvals(p payouts, purpose text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
  needed integer := paydesk_required_approvals(p.currency, p.amount);
  recorded integer;
BEGIN
  SELECT count(DISTINCT approver)::integer INTO recorded FROM approvals
   WHERE payout_id = p.id AND content_hash = p.content_hash AND approver <> p.created_by;
  IF recorded < needed THEN
    RAISE EXCEPTION 'payout %: % approvals of its content are needed%, % recorded', p.id, needed, purpose, recorded
      USING ERRCODE = '42501';
  END IF;
END $$)SQL";

const char* payoutInserted = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_payout_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_has_role(current_user, 'paydesk_maker', 'MEMBER') THEN
    RAISE EXCEPTION 'only members of paydesk_maker queue payouts (% is not one)', current_user
      USING ERRCODE = '42501';
  END IF;
  IF NEW.created_by <> current_user THEN
    RAISE EXCEPTION 'a payout is queued under its creator''s own login (%), not as %', current_user, NEW.created_by
      USING ERRCODE = '42501';
  END IF;
  IF NEW.state <> 'pending_approval' OR NEW.attempts <> 0 OR NEW.approved_by <> '' OR NEW.cid IS NOT NULL
     OR NEW.claim_owner <> '' OR NEW.first_sent_at IS NOT NULL THEN
    RAISE EXCEPTION 'a new payout starts pending approval and unsent' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$)SQL";

// The state machine, the four eyes and the frozen fields, on every UPDATE of a payout.
const char* payoutChanged = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_payout_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  step text := OLD.state || ' -> ' || NEW.state;
BEGIN
  IF NOT paydesk_is_staff() THEN
    RAISE EXCEPTION 'only members of paydesk_maker or paydesk_approver change payouts (% is neither)', current_user
      USING ERRCODE = '42501';
  END IF;
  IF NEW.id <> OLD.id OR NEW.profile <> OLD.profile OR NEW.third_party_id <> OLD.third_party_id
     OR NEW.created_by <> OLD.created_by OR NEW.created_at <> OLD.created_at
     OR (OLD.project_pid IS NOT NULL AND (NEW.project_pid IS DISTINCT FROM OLD.project_pid
                                          OR NEW.gateway <> OLD.gateway)) THEN
    RAISE EXCEPTION 'payout %: its id, profile, third_party_id, creator and project never change', OLD.id
      USING ERRCODE = '42501';
  END IF;
  IF OLD.cid IS NOT NULL AND NEW.cid IS DISTINCT FROM OLD.cid THEN
    RAISE EXCEPTION 'payout %: its cid % never changes', OLD.id, OLD.cid USING ERRCODE = '42501';
  END IF;
  IF (NEW.wallet_id, NEW.currency, NEW.coin, NEW.from_address, NEW.to_address, NEW.amount, NEW.amount_units,
      NEW.decimals, NEW.amount_key, NEW.memo, NEW.remark, NEW.callback_url, NEW.content_hash)
     IS DISTINCT FROM
     (OLD.wallet_id, OLD.currency, OLD.coin, OLD.from_address, OLD.to_address, OLD.amount, OLD.amount_units,
      OLD.decimals, OLD.amount_key, OLD.memo, OLD.remark, OLD.callback_url, OLD.content_hash) THEN
    -- An edit: only by its creator, never once sent, and always as new content (a new hash) back in
    -- the queue, so no approval of the old content can count for it.
    IF OLD.state NOT IN ('pending_approval', 'approved') OR NEW.state <> 'pending_approval'
       OR OLD.attempts <> 0 OR current_user <> OLD.created_by OR NEW.content_hash = OLD.content_hash
       OR NEW.approved_by <> '' THEN
      RAISE EXCEPTION 'payout % (%): its fields change only by its creator, before it was ever sent, as new content that needs fresh approvals',
        OLD.id, OLD.state USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.attempts < OLD.attempts AND NOT (step = 'submitting -> approved' AND NEW.attempts = OLD.attempts - 1)
     OR NEW.attempts > OLD.attempts AND NOT (NEW.state = 'submitting' AND NEW.attempts = OLD.attempts + 1) THEN
    RAISE EXCEPTION 'payout %: attempts go up by one with each claim, and only a claim that sent nothing takes one back', OLD.id
      USING ERRCODE = '42501';
  END IF;
  CASE step
  WHEN 'pending_approval -> approved' THEN
    IF NOT pg_has_role(current_user, 'paydesk_approver', 'MEMBER') OR current_user = OLD.created_by THEN
      RAISE EXCEPTION 'payout %: approved only by a member of paydesk_approver other than its creator %', OLD.id, OLD.created_by
        USING ERRCODE = '42501';
    END IF;
    PERFORM paydesk_require_approvals(NEW, '');
  WHEN 'pending_approval -> rejected', 'approved -> rejected' THEN
    IF NOT pg_has_role(current_user, 'paydesk_approver', 'MEMBER') OR current_user = OLD.created_by
       OR OLD.attempts <> 0 THEN
      RAISE EXCEPTION 'payout %: rejected only by an approver other than its creator, and never once sent', OLD.id
        USING ERRCODE = '42501';
    END IF;
  WHEN 'pending_approval -> cancelled', 'approved -> cancelled' THEN
    IF current_user <> OLD.created_by OR OLD.attempts <> 0 THEN
      RAISE EXCEPTION 'payout %: cancelled only by its creator %, and never once sent', OLD.id, OLD.created_by
        USING ERRCODE = '42501';
    END IF;
  WHEN 'approved -> submitting', 'unknown -> submitting' THEN
    PERFORM paydesk_require_approvals(NEW, ' to send it');
    IF NEW.claim_owner = '' OR NEW.claimed_at IS NULL THEN
      RAISE EXCEPTION 'payout %: a claim records who holds it and since when', OLD.id USING ERRCODE = '23514';
    END IF;
  WHEN 'submitting -> submitted', 'submitting -> refused', 'submitting -> unknown',
       'submitting -> needs_reconciliation', 'submitting -> approved' THEN
    IF NEW.claim_owner <> '' THEN
      RAISE EXCEPTION 'payout %: an answer ends the claim', OLD.id USING ERRCODE = '23514';
    END IF;
  WHEN 'unknown -> submitted', 'needs_reconciliation -> submitted' THEN
    IF NEW.cid IS NULL THEN
      RAISE EXCEPTION 'payout %: reconciled only with the cid found for it', OLD.id USING ERRCODE = '23514';
    END IF;
  WHEN 'approved -> pending_approval', 'unknown -> pending_approval' THEN
    IF NEW.approved_by <> '' THEN
      RAISE EXCEPTION 'payout %: back in the queue, it has no approvers', OLD.id USING ERRCODE = '23514';
    END IF;
  WHEN 'pending_approval -> pending_approval', 'approved -> approved', 'unknown -> unknown',
       'submitted -> submitted' THEN
    NULL;
  ELSE
    RAISE EXCEPTION 'payout %: % is not a step the state machine allows', OLD.id, step USING ERRCODE = '42501';
  END CASE;
  RETURN NEW;
END $$)SQL";

const char* approvalInserted = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_approval_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p payouts;
BEGIN
  IF NOT pg_has_role(current_user, 'paydesk_approver', 'MEMBER') THEN
    RAISE EXCEPTION 'only members of paydesk_approver approve (% is not one)', current_user USING ERRCODE = '42501';
  END IF;
  IF NEW.approver <> current_user THEN
    RAISE EXCEPTION 'an approval is recorded under the approver''s own login (%), not as %', current_user, NEW.approver
      USING ERRCODE = '42501';
  END IF;
  SELECT * INTO p FROM payouts WHERE id = NEW.payout_id FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no payout %', NEW.payout_id USING ERRCODE = '23503';
  END IF;
  IF p.created_by = current_user THEN
    RAISE EXCEPTION 'payout %: its creator % cannot approve it', p.id, p.created_by USING ERRCODE = '42501';
  END IF;
  IF p.state <> 'pending_approval' THEN
    RAISE EXCEPTION 'payout %: only a payout pending approval is approved (it is %)', p.id, p.state
      USING ERRCODE = '42501';
  END IF;
  IF NEW.content_hash <> p.content_hash THEN
    RAISE EXCEPTION 'payout %: the approval is of content it no longer has', p.id USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$)SQL";

const char* auditInserted = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_audit_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.actor <> current_user THEN
    RAISE EXCEPTION 'an audit event is recorded under its actor''s own login (%), not as %', current_user, NEW.actor
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$)SQL";

const char* neverChanged = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never %d', TG_TABLE_NAME, lower(TG_OP) USING ERRCODE = '42501';
END $$)SQL";

// Every desk hears of a payout queued or changed at another, at commit. A bulk insert says so
// once per statement: listeners reload instead of taking a hundred thousand rows one by one.
const char* notify = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_notify_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('paydesk_payouts', 'changed ' || NEW.id || ' ' || NEW.profile);
  RETURN NULL;
END $$)SQL";

const char* notifyAdded = R"SQL(
CREATE OR REPLACE FUNCTION paydesk_notify_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT profile, count(*) AS n, min(id) AS id FROM added GROUP BY profile LOOP
    PERFORM pg_notify('paydesk_payouts',
                      CASE WHEN r.n = 1 THEN 'added ' || r.id ELSE 'many 0' END || ' ' || r.profile);
  END LOOP;
  RETURN NULL;
END $$)SQL";

} // namespace

QStringList PostgresDialect::teamRules()
{
    const auto text = [](const char* sql) {
        return QString::fromUtf8(sql).trimmed();
    };
    QStringList statements{text(roles),
                           text(policyTable),
                           text(staffCheck),
                           text(requiredApprovals),
                           text(requireApprovals),
                           text(payoutInserted),
                           text(payoutChanged),
                           text(approvalInserted),
                           text(auditInserted),
                           text(neverChanged),
                           text(notify),
                           text(notifyAdded)};
    const QList<std::pair<const char*, const char*>> triggers{
        {"payouts_inserted", "BEFORE INSERT ON payouts FOR EACH ROW EXECUTE FUNCTION paydesk_payout_inserted()"},
        {"payouts_changed", "BEFORE UPDATE ON payouts FOR EACH ROW EXECUTE FUNCTION paydesk_payout_changed()"},
        {"payouts_not_deleted", "BEFORE DELETE ON payouts FOR EACH ROW EXECUTE FUNCTION paydesk_append_only()"},
        {"payouts_not_truncated",
         "BEFORE TRUNCATE ON payouts FOR EACH STATEMENT EXECUTE FUNCTION paydesk_append_only()"},
        {"payouts_notify_changed", "AFTER UPDATE ON payouts FOR EACH ROW EXECUTE FUNCTION paydesk_notify_changed()"},
        {"payouts_notify_added",
         "AFTER INSERT ON payouts REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
         " EXECUTE FUNCTION paydesk_notify_added()"},
        {"approvals_inserted", "BEFORE INSERT ON approvals FOR EACH ROW EXECUTE FUNCTION paydesk_approval_inserted()"},
        {"approvals_not_changed",
         "BEFORE UPDATE OR DELETE ON approvals FOR EACH ROW EXECUTE FUNCTION paydesk_append_only()"},
        {"approvals_not_truncated",
         "BEFORE TRUNCATE ON approvals FOR EACH STATEMENT EXECUTE FUNCTION paydesk_append_only()"},
        {"audit_inserted", "BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION paydesk_audit_inserted()"},
        {"audit_not_changed",
         "BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION paydesk_append_only()"},
        {"audit_not_truncated",
         "BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION paydesk_append_only()"},
    };
    for (const auto& [name, definition] : triggers) {
        const QString table = QString::fromLatin1(definition).section(QLatin1String(" ON "), 1).section(u' ', 0, 0);
        statements << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(QLatin1String(name), table)
                   << QStringLiteral("CREATE TRIGGER %1 %2").arg(QLatin1String(name), QLatin1String(definition));
    }
    const QString tables = QStringLiteral("payouts, approvals, audit_events, schema_version, team_policy");
    statements << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(tables)
               << QStringLiteral("GRANT SELECT ON %1 TO paydesk_maker, paydesk_approver").arg(tables)
               << QStringLiteral("GRANT INSERT, UPDATE ON payouts TO paydesk_maker, paydesk_approver")
               << QStringLiteral("GRANT INSERT ON audit_events TO paydesk_maker, paydesk_approver")
               << QStringLiteral("GRANT INSERT ON approvals TO paydesk_approver")
               << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO paydesk_maker, paydesk_approver");
    return statements;
}

} // namespace paydesk::store
