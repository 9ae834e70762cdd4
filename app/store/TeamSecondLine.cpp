#include "TeamRules.h"

#include "TeamRulesParts.h"

// The second line: triggers that check the same rules again on every row written, whoever wrote
// it. Staff cannot write at all; the steps write as the schema's owner and must pass these too;
// the owner writing by hand meets them (and can only get past them by switching them off, which
// every desk notices when it opens the database).

namespace paydesk::store::team {

const QList<TeamFunction>& triggerFunctions()
{
    static const QList<TeamFunction> functions{
        {"paydesk_payout_inserted", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  who text := public.paydesk_person('maker');
BEGIN
  IF NEW.created_by <> who THEN
    RAISE EXCEPTION 'a payout is queued under its creator''s own login (%), not as %', who, NEW.created_by
      USING ERRCODE = '42501';
  END IF;
  IF NEW.state <> 'pending_approval' OR NEW.attempts <> 0 OR NEW.approved_by <> '' OR NEW.cid IS NOT NULL
     OR NEW.claim_owner <> '' OR NEW.first_sent_at IS NOT NULL OR NEW.cregis_status IS NOT NULL
     OR NEW.project_pid IS NULL THEN
    RAISE EXCEPTION 'a new payout starts pending approval, unsent, for a project' USING ERRCODE = '23514';
  END IF;
  IF NEW.content_hash <> public.paydesk_hash_of(NEW) THEN
    RAISE EXCEPTION 'a new payout''s content hash is computed from its fields' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
)SQL"},
        // The state machine, the four eyes, the claims and the frozen fields, on every UPDATE.
        {"paydesk_payout_changed", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  step text := OLD.state || ' -> ' || NEW.state;
  now_ms bigint := public.paydesk_now_ms();
  approver boolean := pg_catalog.pg_has_role(session_user, 'paydesk_approver', 'MEMBER');
  never_sent boolean := OLD.attempts = 0 AND OLD.first_sent_at IS NULL;
  lease text := public.paydesk_session_lease();
BEGIN
  IF NEW.id <> OLD.id OR NEW.profile <> OLD.profile OR NEW.third_party_id <> OLD.third_party_id
     OR NEW.created_by <> OLD.created_by OR NEW.created_at <> OLD.created_at
     OR NEW.project_pid IS DISTINCT FROM OLD.project_pid OR NEW.gateway <> OLD.gateway THEN
    RAISE EXCEPTION 'payout %: its id, profile, third_party_id, creator and project never change', OLD.id
      USING ERRCODE = '42501';
  END IF;
  IF NEW.content_hash <> public.paydesk_hash_of(NEW) THEN
    RAISE EXCEPTION 'payout %: its content hash is computed from its fields', OLD.id USING ERRCODE = '42501';
  END IF;
  IF OLD.cid IS NOT NULL AND NEW.cid IS DISTINCT FROM OLD.cid
     OR OLD.cid IS NULL AND NEW.cid IS NOT NULL AND NEW.state <> 'submitted' THEN
    RAISE EXCEPTION 'payout %: a cid is recorded once, with the answer or the reconciliation', OLD.id
      USING ERRCODE = '42501';
  END IF;
  IF NEW.attempts < OLD.attempts OR NEW.attempts > OLD.attempts + 1
     OR NEW.attempts = OLD.attempts + 1 AND NEW.state <> 'submitting'
     OR OLD.first_sent_at IS NOT NULL AND NEW.first_sent_at IS DISTINCT FROM OLD.first_sent_at THEN
    RAISE EXCEPTION 'payout %: attempts go up by one with each claim and never back, and the first send is kept',
      OLD.id USING ERRCODE = '42501';
  END IF;
  IF (NEW.wallet_id, NEW.currency, NEW.coin, NEW.from_address, NEW.to_address, NEW.amount, NEW.amount_units,
      NEW.decimals, NEW.amount_key, NEW.memo, NEW.remark, NEW.callback_url, NEW.content_hash)
     IS DISTINCT FROM
     (OLD.wallet_id, OLD.currency, OLD.coin, OLD.from_address, OLD.to_address, OLD.amount, OLD.amount_units,
      OLD.decimals, OLD.amount_key, OLD.memo, OLD.remark, OLD.callback_url, OLD.content_hash) THEN
    IF OLD.state NOT IN ('pending_approval', 'approved') OR NEW.state <> 'pending_approval' OR NOT never_sent
       OR who <> OLD.created_by OR NEW.approved_by <> '' THEN
      RAISE EXCEPTION 'payout % (%): its fields change only by its creator, before it was ever sent, as new content',
        OLD.id, OLD.state USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.cregis_status, NEW.txid, NEW.block_height, NEW.block_time)
     IS DISTINCT FROM (OLD.cregis_status, OLD.txid, OLD.block_height, OLD.block_time)
     AND (step <> 'submitted -> submitted' OR OLD.cregis_status IN (2, 3, 4, 6, 7) AND NEW.cregis_status IS DISTINCT
          FROM OLD.cregis_status OR NEW.cregis_status = 6 AND NEW.txid = '') THEN
    RAISE EXCEPTION 'payout %: Cregis''s status only moves forward on a submitted payout', OLD.id
      USING ERRCODE = '42501';
  END IF;
  CASE step
  WHEN 'pending_approval -> approved' THEN
    IF NOT approver OR who = OLD.created_by
       OR public.paydesk_valid_approvals(NEW, now_ms) < public.paydesk_required_approvals(NEW.currency, NEW.amount) THEN
      RAISE EXCEPTION 'payout %: approved only with enough approvals by approvers other than its creator', OLD.id
        USING ERRCODE = '42501';
    END IF;
  WHEN 'pending_approval -> rejected', 'approved -> rejected' THEN
    IF NOT approver OR who = OLD.created_by OR NOT never_sent THEN
      RAISE EXCEPTION 'payout %: rejected only by another approver, and never once sent', OLD.id
        USING ERRCODE = '42501';
    END IF;
  WHEN 'pending_approval -> cancelled', 'approved -> cancelled' THEN
    IF who <> OLD.created_by OR NOT never_sent THEN
      RAISE EXCEPTION 'payout %: cancelled only by its creator, and never once sent', OLD.id USING ERRCODE = '42501';
    END IF;
  WHEN 'approved -> submitting', 'unknown -> submitting' THEN
    IF lease IS NULL OR NEW.claim_owner <> lease OR NEW.claimed_at IS DISTINCT FROM now_ms THEN
      RAISE EXCEPTION 'payout %: a claim is this session''s, stamped now', OLD.id USING ERRCODE = '42501';
    END IF;
    PERFORM public.paydesk_require_sendable(NEW, now_ms);
  WHEN 'submitting -> submitted', 'submitting -> refused', 'submitting -> unknown',
       'submitting -> needs_reconciliation', 'submitting -> approved' THEN
    IF NEW.claim_owner <> ''
       OR NOT (OLD.claim_owner = lease
               OR step = 'submitting -> unknown'
                  AND (NOT public.paydesk_lease_held(OLD.claim_owner, NULL) OR OLD.claimed_at IS NULL
                       OR now_ms - OLD.claimed_at > 900000))
       OR step = 'submitting -> approved' AND OLD.attempts <> 1
       OR step = 'submitting -> submitted' AND NEW.cid IS NULL THEN
      RAISE EXCEPTION 'payout %: only the session holding its claim records its answer', OLD.id
        USING ERRCODE = '42501';
    END IF;
  WHEN 'unknown -> submitted', 'needs_reconciliation -> submitted' THEN
    IF NEW.cid IS NULL OR NOT approver OR who = OLD.created_by THEN
      RAISE EXCEPTION 'payout %: reconciled with its cid by an approver other than its creator', OLD.id
        USING ERRCODE = '42501';
    END IF;
  WHEN 'approved -> pending_approval' THEN
    IF NOT never_sent OR NEW.approved_by <> '' THEN
      RAISE EXCEPTION 'payout %: back in the queue only never sent, without approvers', OLD.id
        USING ERRCODE = '42501';
    END IF;
  WHEN 'unknown -> pending_approval', 'unknown -> unknown' THEN
    IF NOT approver OR who = OLD.created_by OR NEW.approved_by <> '' AND step = 'unknown -> pending_approval' THEN
      RAISE EXCEPTION 'payout %: an unanswered payout is reconciled by an approver other than its creator', OLD.id
        USING ERRCODE = '42501';
    END IF;
  WHEN 'pending_approval -> pending_approval', 'approved -> approved', 'submitted -> submitted' THEN
    NULL;
  ELSE
    RAISE EXCEPTION 'payout %: % is not a step the state machine allows', OLD.id, step USING ERRCODE = '42501';
  END CASE;
  RETURN NEW;
END
)SQL"},
        {"paydesk_approval_inserted", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  who text := public.paydesk_person('approver');
  p public.payouts;
BEGIN
  IF NEW.approver <> who OR NEW.approved_at <> public.paydesk_now_ms() THEN
    RAISE EXCEPTION 'an approval is recorded under the approver''s own login, at the database''s time'
      USING ERRCODE = '42501';
  END IF;
  SELECT * INTO p FROM public.payouts WHERE id = NEW.payout_id FOR SHARE;
  IF NOT FOUND OR p.created_by = who OR p.state <> 'pending_approval' OR NEW.content_hash <> p.content_hash THEN
    RAISE EXCEPTION 'payout %: approved only pending, by someone other than its creator, of its present content',
      NEW.payout_id USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
)SQL"},
        // Each event under its actor's own login, at the database's time, linked to the one before.
        {"paydesk_audit_inserted", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  previous text;
BEGIN
  PERFORM pg_catalog.pg_advisory_xact_lock(1346655051, 1);
  SELECT e.hash INTO previous FROM public.audit_events e ORDER BY e.id DESC LIMIT 1;
  IF NEW.actor <> session_user OR NEW.at <> public.paydesk_now_ms()
     OR NEW.prev_hash <> coalesce(previous, pg_catalog.repeat('0', 64))
     OR NEW.hash <> public.paydesk_link_hash(NEW.prev_hash, NEW.payout_id, NEW.at, NEW.actor, NEW.event, NEW.detail,
                                             NEW.payout_hash) THEN
    RAISE EXCEPTION 'an audit event is its actor''s own, stamped now, and linked to the last one'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
)SQL"},
        {"paydesk_policy_changed", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
BEGIN
  IF session_user <> (SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c
                       WHERE c.oid = 'public.payouts'::pg_catalog.regclass) THEN
    RAISE EXCEPTION 'only the database''s owner changes the team policy' USING ERRCODE = '42501';
  END IF;
  RETURN NULL;
END
)SQL"},
        {"paydesk_append_only", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
BEGIN
  RAISE EXCEPTION '% rows are never %d', TG_TABLE_NAME, pg_catalog.lower(TG_OP) USING ERRCODE = '42501';
END
)SQL"},
        // Every desk hears of a payout queued or changed at another, at commit. A bulk insert
        // says so once per statement: listeners reload instead of taking rows one by one.
        {"paydesk_notify_changed", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
BEGIN
  PERFORM pg_catalog.pg_notify('paydesk_payouts', 'changed ' || NEW.id || ' ' || NEW.profile);
  RETURN NULL;
END
)SQL"},
        {"paydesk_notify_added", "", "trigger", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  r record;
BEGIN
  FOR r IN SELECT a.profile, pg_catalog.count(*) AS n, pg_catalog.min(a.id) AS id FROM added a GROUP BY a.profile LOOP
    PERFORM pg_catalog.pg_notify('paydesk_payouts',
                                 CASE WHEN r.n = 1 THEN 'added ' || r.id ELSE 'many 0' END || ' ' || r.profile);
  END LOOP;
  RETURN NULL;
END
)SQL"},
    };
    return functions;
}

// tgtype bits (PostgreSQL's pg_trigger.h): ROW 1, BEFORE 2, INSERT 4, DELETE 8, UPDATE 16,
// TRUNCATE 32; a trigger without BEFORE is AFTER.
const QList<TeamTrigger>& secondLineTriggers()
{
    static const QList<TeamTrigger> triggers{
        {"payouts_inserted", "payouts", 1 | 2 | 4, "paydesk_payout_inserted", nullptr},
        {"payouts_changed", "payouts", 1 | 2 | 16, "paydesk_payout_changed", nullptr},
        {"payouts_not_deleted", "payouts", 1 | 2 | 8, "paydesk_append_only", nullptr},
        {"payouts_not_truncated", "payouts", 2 | 32, "paydesk_append_only", nullptr},
        {"payouts_notify_changed", "payouts", 1 | 16, "paydesk_notify_changed", nullptr},
        {"payouts_notify_added", "payouts", 4, "paydesk_notify_added", "added"},
        {"approvals_inserted", "approvals", 1 | 2 | 4, "paydesk_approval_inserted", nullptr},
        {"approvals_not_changed", "approvals", 1 | 2 | 8 | 16, "paydesk_append_only", nullptr},
        {"approvals_not_truncated", "approvals", 2 | 32, "paydesk_append_only", nullptr},
        {"audit_inserted", "audit_events", 1 | 2 | 4, "paydesk_audit_inserted", nullptr},
        {"audit_not_changed", "audit_events", 1 | 2 | 8 | 16, "paydesk_append_only", nullptr},
        {"audit_not_truncated", "audit_events", 2 | 32, "paydesk_append_only", nullptr},
        {"policy_changed", "team_policy", 2 | 4 | 8 | 16 | 32, "paydesk_policy_changed", nullptr},
    };
    return triggers;
}

} // namespace paydesk::store::team
