#include "TeamRules.h"

#include "TeamRulesParts.h"

// The steps of a payout's life on a team database: the only way staff change anything. Each
// takes the person from session_user, checks the step against the state machine, the content
// hash, the approvals and the team policy on the row it has locked, writes, and appends the audit
// event, in the caller's one transaction.

namespace paydesk::store::team {

const QList<TeamFunction>& stepFunctions()
{
    static const QList<TeamFunction> functions{
        // A session's submission lease: a random owner id whose advisory lock this session holds
        // for as long as it lives. Claims carry it; only the session holding it records their
        // answers, and a claim whose lease is gone may be recovered by anyone.
        {"paydesk_open_lease", "", "text", "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  lease text;
BEGIN
  LOOP
    lease := pg_catalog.replace(pg_catalog.gen_random_uuid()::text, '-', '');
    EXIT WHEN pg_catalog.pg_try_advisory_lock(public.paydesk_lease_key(lease));
  END LOOP;
  DELETE FROM public.paydesk_leases l
   WHERE NOT public.paydesk_lease_held(l.owner, NULL)
     AND NOT EXISTS (SELECT 1 FROM public.payouts p WHERE p.state = 'submitting' AND p.claim_owner = l.owner);
  INSERT INTO public.paydesk_leases (owner, login, pid, opened_at)
  VALUES (lease, who, pg_catalog.pg_backend_pid(), public.paydesk_now_ms());
  RETURN lease;
END
)SQL"},
        // Takes one's own lease again in a new session (after a lost connection), when no session
        // holds it. Another login's lease is never taken.
        {"paydesk_renew_lease", "p_owner text", "boolean", "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
BEGIN
  IF NOT EXISTS (SELECT 1 FROM public.paydesk_leases l WHERE l.owner = p_owner AND l.login = who)
     OR NOT pg_catalog.pg_try_advisory_lock(public.paydesk_lease_key(p_owner)) THEN
    RETURN false;
  END IF;
  UPDATE public.paydesk_leases SET pid = pg_catalog.pg_backend_pid() WHERE owner = p_owner;
  RETURN true;
END
)SQL"},
        // Queues payouts (a JSON array of their fields) as pending_approval under the maker's own
        // login, each with a content hash the database computes. Returns their ids in order.
        {"paydesk_queue", "p_profile text, p_project_pid bigint, p_gateway text, p_payouts jsonb", "SETOF bigint",
         "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('maker');
  now_ms bigint := public.paydesk_now_ms();
  bad integer;
  r record;
BEGIN
  IF p_project_pid IS NULL OR p_project_pid <= 0 OR pg_catalog.jsonb_typeof(p_payouts) <> 'array' THEN
    PERFORM public.paydesk_refuse('bad_fields', NULL, 'a payout is queued for a project, as a list of fields', NULL);
  END IF;
  SELECT x.n INTO bad
    FROM pg_catalog.jsonb_array_elements(p_payouts) WITH ORDINALITY AS x(item, n)
   WHERE coalesce(x.item->>'third_party_id', '') !~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'
      OR coalesce(x.item->>'amount', '') !~ '^[0-9]{1,40}(\.[0-9]{1,36})?$'
      OR coalesce(x.item->>'currency', '') !~ '^[^@\s]+@[^@\s]+$'
      OR coalesce(x.item->>'to_address', '') = ''
   ORDER BY x.n LIMIT 1;
  IF bad IS NOT NULL THEN
    PERFORM public.paydesk_refuse('bad_fields', NULL,
      pg_catalog.format('payout %s of the batch has no valid third_party_id, amount, currency or recipient', bad),
      pg_catalog.jsonb_build_object('count', bad));
  END IF;
  FOR r IN
    WITH input AS (
      SELECT x.* FROM ROWS FROM (pg_catalog.jsonb_to_recordset(p_payouts) AS (
        third_party_id text, wallet_id bigint, currency text, coin text, from_address text, to_address text,
        amount text, amount_units text, decimals integer, amount_key text, memo text, remark text,
        callback_url text)) WITH ORDINALITY AS x(third_party_id, wallet_id, currency, coin, from_address,
        to_address, amount, amount_units, decimals, amount_key, memo, remark, callback_url, n)),
    inserted AS (
      INSERT INTO public.payouts (profile, project_pid, gateway, third_party_id, wallet_id, currency, coin,
                                  from_address, to_address, amount, amount_units, decimals, amount_key, memo,
                                  remark, callback_url, content_hash, state, created_by, created_at, updated_at)
      SELECT p_profile, p_project_pid, coalesce(p_gateway, ''), i.third_party_id, i.wallet_id, i.currency,
             coalesce(i.coin, ''), coalesce(i.from_address, ''), i.to_address, i.amount,
             coalesce(i.amount_units, ''), coalesce(i.decimals, 0), coalesce(i.amount_key, ''),
             coalesce(i.memo, ''), coalesce(i.remark, ''), coalesce(i.callback_url, ''),
             public.paydesk_content_hash(i.wallet_id, i.currency, coalesce(i.from_address, ''), i.to_address,
                                         i.amount, coalesce(i.memo, ''), coalesce(i.remark, ''),
                                         coalesce(i.callback_url, ''), i.third_party_id),
             'pending_approval', who, now_ms, now_ms
        FROM input i ORDER BY i.n
      RETURNING id, amount, currency, content_hash)
    SELECT * FROM inserted ORDER BY id
  LOOP
    PERFORM public.paydesk_audit(r.id, 'created', r.amount || ' ' || r.currency, r.content_hash);
    RETURN NEXT r.id;
  END LOOP;
END
)SQL"},
        // New fields by the creator, before the payout was ever sent: new content, so every
        // approval of the old one stops counting. Returns the new content hash.
        {"paydesk_edit", "p_id bigint, p_profile text, p_fields jsonb", "text", "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  p public.payouts := public.paydesk_row(p_id, p_profile);
  f record;
  hash text;
BEGIN
  IF who <> p.created_by THEN
    PERFORM public.paydesk_refuse('creator_only', p.id,
      pg_catalog.format('payout %s is changed only by its creator %s', p.id, p.created_by),
      pg_catalog.jsonb_build_object('person', p.created_by));
  END IF;
  PERFORM public.paydesk_require_never_sent(p);
  PERFORM public.paydesk_require_state(p, ARRAY['pending_approval', 'approved'], 'pending_approval');
  SELECT * INTO f FROM pg_catalog.jsonb_to_record(p_fields) AS x(
    wallet_id bigint, currency text, coin text, from_address text, to_address text, amount text,
    amount_units text, decimals integer, amount_key text, memo text, remark text, callback_url text);
  IF coalesce(f.amount, '') !~ '^[0-9]{1,40}(\.[0-9]{1,36})?$' OR coalesce(f.to_address, '') = ''
     OR coalesce(f.currency, '') !~ '^[^@\s]+@[^@\s]+$' THEN
    PERFORM public.paydesk_refuse('bad_fields', p.id, 'an edit needs a valid amount, currency and recipient', NULL);
  END IF;
  hash := public.paydesk_content_hash(f.wallet_id, f.currency, coalesce(f.from_address, ''), f.to_address, f.amount,
                                      coalesce(f.memo, ''), coalesce(f.remark, ''), coalesce(f.callback_url, ''),
                                      p.third_party_id);
  UPDATE public.payouts
     SET wallet_id = f.wallet_id, currency = f.currency, coin = coalesce(f.coin, ''),
         from_address = coalesce(f.from_address, ''), to_address = f.to_address, amount = f.amount,
         amount_units = coalesce(f.amount_units, ''), decimals = coalesce(f.decimals, 0),
         amount_key = coalesce(f.amount_key, ''), memo = coalesce(f.memo, ''), remark = coalesce(f.remark, ''),
         callback_url = coalesce(f.callback_url, ''), content_hash = hash, state = 'pending_approval',
         approved_by = '', updated_at = public.paydesk_now_ms()
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'edited', f.amount || ' ' || f.currency, hash);
  RETURN hash;
END
)SQL"},
        // An approval by an approver other than the creator, of exactly the content they reviewed.
        // Returns 'approved' when the policy is met now, 'recorded' when more approvals are needed.
        {"paydesk_approve", "p_id bigint, p_profile text, p_reviewed_hash text", "text", "plpgsql", "VOLATILE", true,
         R"SQL(
DECLARE
  who text := public.paydesk_person('approver');
  p public.payouts := public.paydesk_row(p_id, p_profile);
  now_ms bigint := public.paydesk_now_ms();
  needed integer;
  valid integer;
BEGIN
  PERFORM public.paydesk_require_state(p, ARRAY['pending_approval'], 'approved');
  IF who = p.created_by THEN
    PERFORM public.paydesk_refuse('creator_cannot_approve', p.id,
      pg_catalog.format('payout %s: its creator %s cannot approve it', p.id, who),
      pg_catalog.jsonb_build_object('person', who));
  END IF;
  IF coalesce(p_reviewed_hash, '') <> '' AND p_reviewed_hash <> p.content_hash THEN
    PERFORM public.paydesk_refuse('changed_since_review', p.id,
      pg_catalog.format('payout %s changed after it was reviewed', p.id), NULL);
  END IF;
  BEGIN
    INSERT INTO public.approvals (payout_id, approver, approved_at, content_hash)
    VALUES (p.id, who, now_ms, p.content_hash);
  EXCEPTION WHEN unique_violation THEN
    PERFORM public.paydesk_refuse('already_approved', p.id,
      pg_catalog.format('%s already approved this content of payout %s', who, p.id),
      pg_catalog.jsonb_build_object('person', who));
  END;
  needed := public.paydesk_required_approvals(p.currency, p.amount);
  valid := public.paydesk_valid_approvals(p, now_ms);
  PERFORM public.paydesk_audit(p.id, 'approved', pg_catalog.format('approval %s of %s', valid, needed),
                               p.content_hash);
  IF valid < needed OR NOT public.paydesk_recipient_allowed(p) THEN
    RETURN 'recorded';
  END IF;
  UPDATE public.payouts SET state = 'approved', approved_by = public.paydesk_approvers(p, now_ms),
                            updated_at = now_ms
   WHERE id = p.id;
  RETURN 'approved';
END
)SQL"},
        {"paydesk_reject", "p_id bigint, p_profile text, p_reason text", "void", "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('approver');
  p public.payouts := public.paydesk_row(p_id, p_profile);
BEGIN
  IF coalesce(pg_catalog.btrim(p_reason), '') = '' THEN
    PERFORM public.paydesk_refuse('reason_required', p.id, 'a rejection needs a reason', NULL);
  END IF;
  IF who = p.created_by THEN
    PERFORM public.paydesk_refuse('creator_cannot_reject', p.id,
      pg_catalog.format('payout %s: its creator %s cancels it instead', p.id, who),
      pg_catalog.jsonb_build_object('person', who));
  END IF;
  PERFORM public.paydesk_require_never_sent(p);
  PERFORM public.paydesk_require_state(p, ARRAY['pending_approval', 'approved'], 'rejected');
  UPDATE public.payouts SET state = 'rejected', decision_reason = pg_catalog.btrim(p_reason),
                            updated_at = public.paydesk_now_ms()
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'rejected', 'reason: ' || pg_catalog.btrim(p_reason), p.content_hash);
END
)SQL"},
        {"paydesk_cancel", "p_id bigint, p_profile text", "void", "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  p public.payouts := public.paydesk_row(p_id, p_profile);
BEGIN
  IF who <> p.created_by THEN
    PERFORM public.paydesk_refuse('creator_only', p.id,
      pg_catalog.format('payout %s is cancelled only by its creator %s', p.id, p.created_by),
      pg_catalog.jsonb_build_object('person', p.created_by));
  END IF;
  PERFORM public.paydesk_require_never_sent(p);
  PERFORM public.paydesk_require_state(p, ARRAY['pending_approval', 'approved'], 'cancelled');
  UPDATE public.payouts SET state = 'cancelled', updated_at = public.paydesk_now_ms() WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'cancelled', '', p.content_hash);
END
)SQL"},
        // An approved payout, never sent, whose approvals no longer meet the policy (expired, or
        // the policy asks more now): back to the queue. One that still meets it stays approved.
        {"paydesk_return_to_pending", "p_id bigint, p_profile text, p_reason text", "void", "plpgsql", "VOLATILE", true,
         R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  p public.payouts := public.paydesk_row(p_id, p_profile);
  now_ms bigint := public.paydesk_now_ms();
BEGIN
  PERFORM public.paydesk_require_state(p, ARRAY['approved'], 'pending_approval');
  PERFORM public.paydesk_require_never_sent(p);
  IF public.paydesk_valid_approvals(p, now_ms) >= public.paydesk_required_approvals(p.currency, p.amount)
     AND public.paydesk_recipient_allowed(p) THEN
    PERFORM public.paydesk_refuse('still_approved', p.id,
      pg_catalog.format('payout %s still meets the policy; it stays approved', p.id), NULL);
  END IF;
  UPDATE public.payouts SET state = 'pending_approval', approved_by = '', updated_at = now_ms WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'approval_expired', coalesce(p_reason, ''), p.content_hash);
END
)SQL"},
        // approved|unknown -> submitting under this session's lease, after checking, on the row as
        // it is locked: the project, the content hash recomputed from the fields, the approvals of
        // that content, the allow-list and the resend limit. attempts goes up by one and
        // first_sent_at is set once: neither ever goes back. Returns the row as claimed.
        {"paydesk_claim", "p_id bigint, p_profile text, p_project_pid bigint, p_from text[]", "SETOF public.payouts",
         "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  lease text := public.paydesk_session_lease();
  p public.payouts := public.paydesk_row(p_id, p_profile);
  now_ms bigint := public.paydesk_now_ms();
BEGIN
  IF lease IS NULL THEN
    PERFORM public.paydesk_refuse('no_lease', p.id, 'this session holds no submission lease (paydesk_open_lease)',
                                  NULL);
  END IF;
  IF p.state = 'submitting' THEN
    PERFORM public.paydesk_refuse('busy', p.id, pg_catalog.format('payout %s is being sent right now', p.id),
                                  pg_catalog.jsonb_build_object('state', p.state));
  END IF;
  PERFORM public.paydesk_require_state(p, coalesce((SELECT pg_catalog.array_agg(s) FROM pg_catalog.unnest(p_from) AS s
                                                     WHERE s IN ('approved', 'unknown')), '{}'), 'submitting');
  IF p.project_pid IS DISTINCT FROM p_project_pid THEN
    PERFORM public.paydesk_refuse('wrong_project', p.id,
      pg_catalog.format('payout %s was queued for project %s, not %s', p.id, p.project_pid, p_project_pid),
      pg_catalog.jsonb_build_object('count', p.project_pid, 'required', p_project_pid));
  END IF;
  IF public.paydesk_hash_of(p) <> p.content_hash THEN
    PERFORM public.paydesk_refuse('content_changed', p.id,
      pg_catalog.format('payout %s no longer hashes to the content it was approved for', p.id), NULL);
  END IF;
  PERFORM public.paydesk_require_sendable(p, now_ms);
  UPDATE public.payouts
     SET state = 'submitting', claim_owner = lease, claimed_at = now_ms, attempts = attempts + 1,
         first_sent_at = coalesce(first_sent_at, now_ms), updated_at = now_ms
   WHERE id = p.id
  RETURNING * INTO p;
  PERFORM public.paydesk_audit(p.id, 'claimed', pg_catalog.format('attempt %s by process %s', p.attempts, lease),
                               p.content_hash);
  RETURN NEXT p;
END
)SQL"},
        {"paydesk_record_submitted", "p_id bigint, p_profile text, p_cid bigint", "void", "plpgsql", "VOLATILE", true,
         R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  p public.payouts := public.paydesk_claimed_row(p_id, p_profile);
BEGIN
  IF p_cid IS NULL OR p_cid <= 0 THEN
    PERFORM public.paydesk_refuse('bad_fields', p.id, 'a cid is a positive number', NULL);
  END IF;
  UPDATE public.payouts
     SET state = 'submitted', cid = p_cid, submitted_at = public.paydesk_now_ms(), claim_owner = '', error_code = '',
         error_message = '', updated_at = public.paydesk_now_ms()
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'submitted', 'cid ' || p_cid, p.content_hash);
END
)SQL"},
        // The other answers to this session's claim: Cregis refused it for good ('refused'),
        // no definite answer came ('unknown'), or an earlier attempt got through and the payout
        // needs reconciling ('needs_reconciliation').
        {"paydesk_record_answer", "p_id bigint, p_profile text, p_outcome text, p_code text, p_message text", "void",
         "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  p public.payouts := public.paydesk_claimed_row(p_id, p_profile);
  event text := CASE p_outcome WHEN 'refused' THEN 'refused' WHEN 'unknown' THEN 'no_answer'
                               WHEN 'needs_reconciliation' THEN 'needs_reconciliation' END;
BEGIN
  IF event IS NULL THEN
    PERFORM public.paydesk_refuse('bad_fields', p.id,
      pg_catalog.format('an answer is refused, unknown or needs_reconciliation, not %s', p_outcome), NULL);
  END IF;
  PERFORM public.paydesk_end_claim(p, p_outcome, coalesce(p_code, ''), coalesce(p_message, ''), event,
                                   coalesce(p_code, '') || ' ' || coalesce(p_message, ''));
END
)SQL"},
        // Nothing left this desk after all (its own word): the claim ends. The attempt still
        // counts and first_sent_at stays, so the payout can no longer be cancelled, rejected or
        // edited; it goes back to approved only after its first claim, else to unknown.
        {"paydesk_release_claim", "p_id bigint, p_profile text, p_back_to text, p_reason text", "void", "plpgsql",
         "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  p public.payouts := public.paydesk_claimed_row(p_id, p_profile);
  back_to text := CASE WHEN p_back_to = 'approved' AND p.attempts = 1 THEN 'approved' ELSE 'unknown' END;
BEGIN
  PERFORM public.paydesk_end_claim(p, back_to, 'not_sent', coalesce(p_reason, ''), 'not_sent',
                                   coalesce(p_reason, ''));
END
)SQL"},
        // Claims whose lease is gone, or older than the limit on the database's clock (never a
        // desk's): the payout may or may not be at Cregis, so it becomes unknown, and nothing else.
        {"paydesk_recover_claims", "p_profile text", "integer", "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  now_ms bigint := public.paydesk_now_ms();
  p public.payouts;
  recovered integer := 0;
BEGIN
  FOR p IN SELECT * FROM public.payouts WHERE profile = p_profile AND state = 'submitting' FOR UPDATE LOOP
    IF public.paydesk_lease_held(p.claim_owner, NULL) AND p.claimed_at IS NOT NULL
       AND now_ms - p.claimed_at <= 900000 THEN
      CONTINUE; -- its owner lives and may still be waiting for Cregis's answer
    END IF;
    PERFORM public.paydesk_end_claim(p, 'unknown', 'interrupted', 'PayDesk stopped while this payout was being sent.',
      'no_answer', pg_catalog.format('interrupted: the process that was sending it (%s) stopped before recording '
                                     'an answer', CASE WHEN p.claim_owner = '' THEN 'an earlier PayDesk'
                                                       ELSE p.claim_owner END));
    recovered := recovered + 1;
  END LOOP;
  RETURN recovered;
END
)SQL"},
        // The cid found for an unanswered payout, verified with Cregis by the caller, recorded by
        // an approver other than its creator; `p_how` says how it was found and what Cregis said.
        {"paydesk_reconcile", "p_id bigint, p_profile text, p_cid bigint, p_how text", "void", "plpgsql", "VOLATILE",
         true, R"SQL(
DECLARE
  p public.payouts := public.paydesk_row(p_id, p_profile);
  who text := public.paydesk_other_approver(p);
  now_ms bigint := public.paydesk_now_ms();
BEGIN
  PERFORM public.paydesk_require_state(p, ARRAY['unknown', 'needs_reconciliation'], 'submitted');
  IF p_cid IS NULL OR p_cid <= 0 THEN
    PERFORM public.paydesk_refuse('bad_fields', p.id, 'a cid is a positive number', NULL);
  END IF;
  UPDATE public.payouts SET state = 'submitted', cid = p_cid, submitted_at = now_ms, error_code = '',
                            error_message = '', updated_at = now_ms
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'reconciled', pg_catalog.format('cid %s (%s)', p_cid, coalesce(p_how, '')),
                               p.content_hash);
END
)SQL"},
        // The trade history held no trace of an unanswered payout: it may be resent under its own
        // third_party_id (its age for resending starts over).
        {"paydesk_record_reconcile_search", "p_id bigint, p_profile text, p_detail text", "void", "plpgsql", "VOLATILE",
         true, R"SQL(
DECLARE
  p public.payouts := public.paydesk_row(p_id, p_profile);
  who text := public.paydesk_other_approver(p);
BEGIN
  PERFORM public.paydesk_require_state(p, ARRAY['unknown'], 'unknown');
  UPDATE public.payouts SET reconcile_checked_at = public.paydesk_now_ms(), updated_at = public.paydesk_now_ms()
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'reconcile_searched', coalesce(p_detail, ''), p.content_hash);
END
)SQL"},
        // An unanswered payout without a trace at Cregis, whose approvals no longer meet the
        // policy: back to the approval queue under the same third_party_id.
        {"paydesk_return_for_approval", "p_id bigint, p_profile text, p_reason text", "void", "plpgsql", "VOLATILE",
         true, R"SQL(
DECLARE
  p public.payouts := public.paydesk_row(p_id, p_profile);
  who text := public.paydesk_other_approver(p);
  now_ms bigint := public.paydesk_now_ms();
BEGIN
  PERFORM public.paydesk_require_state(p, ARRAY['unknown'], 'pending_approval');
  UPDATE public.payouts SET state = 'pending_approval', approved_by = '', reconcile_checked_at = now_ms,
                            updated_at = now_ms
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'returned_for_approval', coalesce(p_reason, ''), p.content_hash);
END
)SQL"},
        // A status Cregis reported for a submitted payout. It only moves along Cregis's own
        // order (0 awaiting approval, 5 awaiting signature, 1 broadcasting, then a final 2, 3, 4,
        // 6 or 7), never away from a final status, and never to 6 without a txid; a final status
        // may only gain its block fields.
        {"paydesk_record_status",
         "p_id bigint, p_profile text, p_status integer, p_txid text, p_block_height text, p_block_time bigint", "void",
         "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  who text := public.paydesk_person('staff');
  p public.payouts := public.paydesk_row(p_id, p_profile);
  old_rank integer := CASE p.cregis_status WHEN 0 THEN 0 WHEN 5 THEN 1 WHEN 1 THEN 2 ELSE 3 END;
  new_rank integer := CASE p_status WHEN 0 THEN 0 WHEN 5 THEN 1 WHEN 1 THEN 2 ELSE 3 END;
  final_before boolean := p.cregis_status IN (2, 3, 4, 6, 7);
BEGIN
  PERFORM public.paydesk_require_state(p, ARRAY['submitted'], 'submitted');
  IF p_status IS NULL OR p_status NOT IN (0, 1, 2, 3, 4, 5, 6, 7)
     OR (p.cregis_status IS NOT NULL AND new_rank < old_rank)
     OR (final_before AND (p_status <> p.cregis_status OR coalesce(p_txid, '') <> p.txid))
     OR (p_status = 6 AND coalesce(p_txid, '') = '') THEN
    PERFORM public.paydesk_refuse('status_not_allowed', p.id,
      pg_catalog.format('payout %s: Cregis status %s cannot follow %s (with txid "%s")', p.id, p_status,
                        coalesce(p.cregis_status::text, 'none'), coalesce(p_txid, '')),
      pg_catalog.jsonb_build_object('count', p_status, 'required', p.cregis_status));
  END IF;
  IF final_before AND (p.block_height <> '' AND coalesce(p_block_height, '') <> p.block_height
                       OR p.block_time IS NOT NULL AND p_block_time IS DISTINCT FROM p.block_time) THEN
    PERFORM public.paydesk_refuse('status_not_allowed', p.id,
      pg_catalog.format('payout %s: the block of a final status does not change', p.id),
      pg_catalog.jsonb_build_object('count', p_status, 'required', p.cregis_status));
  END IF;
  UPDATE public.payouts SET cregis_status = p_status, txid = coalesce(p_txid, ''),
                            block_height = coalesce(p_block_height, ''), block_time = p_block_time,
                            updated_at = public.paydesk_now_ms()
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, 'cregis_status', 'status ' || p_status, p.content_hash);
END
)SQL"},
        // The team's approval policy, replaced whole (name -> text, as a desk's settings hold it):
        // by the database's owner only.
        {"paydesk_set_policy", "p_values jsonb", "void", "plpgsql", "VOLATILE", true, R"SQL(
DECLARE
  owner_name text;
BEGIN
  SELECT pg_catalog.pg_get_userbyid(c.relowner) INTO owner_name
    FROM pg_catalog.pg_class c WHERE c.oid = 'public.payouts'::pg_catalog.regclass;
  IF session_user <> owner_name THEN
    PERFORM public.paydesk_refuse('not_owner', NULL,
      pg_catalog.format('only the database''s owner (%s) sets the team policy', owner_name),
      pg_catalog.jsonb_build_object('person', session_user::text));
  END IF;
  DELETE FROM public.team_policy;
  INSERT INTO public.team_policy (name, value)
  SELECT e.key, e.value FROM pg_catalog.jsonb_each_text(p_values) AS e;
  PERFORM public.paydesk_audit(NULL, 'policy_set', p_values::text, '');
END
)SQL"},
    };
    return functions;
}

} // namespace paydesk::store::team
