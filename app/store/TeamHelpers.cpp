#include "TeamRules.h"

#include "TeamRulesParts.h"

// The helpers the team database's steps share. None of them is executable by staff: each runs
// inside a step, as the schema's owner. Times are the database's own (milliseconds since the
// epoch), never a desk's.

namespace paydesk::store::team {

const QList<TeamFunction>& helperFunctions()
{
    static const QList<TeamFunction> functions{
        {"paydesk_now_ms", "", "bigint", "sql", "STABLE", false, R"SQL(
  SELECT pg_catalog.floor(EXTRACT(epoch FROM pg_catalog.statement_timestamp()) * 1000)::bigint
)SQL"},
        // A refusal: the message for people, SQLSTATE PD001, and a DETAIL the desk reads back as
        // a typed error ({"problem": ..., "payout": ..., and the problem's own fields}).
        {"paydesk_refuse", "p_problem text, p_payout bigint, p_message text, p_detail jsonb", "void", "plpgsql",
         "VOLATILE", false, R"SQL(
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'PD001', MESSAGE = p_message,
    DETAIL = (pg_catalog.jsonb_build_object('problem', p_problem, 'payout', p_payout)
              || coalesce(p_detail, '{}'::jsonb))::text;
END
)SQL"},
        // The person taking a step: the login that connected (session_user; SET ROLE and role
        // defaults change current_user only). A LOGIN role, no superuser, neither group role nor
        // the schema's owner, and a member of the group the step needs ('maker', 'approver', or
        // 'staff' for either).
        {"paydesk_person", "p_need text", "text", "plpgsql", "STABLE", false, R"SQL(
DECLARE
  who text := session_user;
  can_login boolean;
  is_super boolean;
  owner_name text;
  maker boolean := pg_catalog.pg_has_role(session_user, 'paydesk_maker', 'MEMBER');
  approver boolean := pg_catalog.pg_has_role(session_user, 'paydesk_approver', 'MEMBER');
BEGIN
  SELECT r.rolcanlogin, r.rolsuper INTO can_login, is_super FROM pg_catalog.pg_roles r WHERE r.rolname = who;
  SELECT pg_catalog.pg_get_userbyid(c.relowner) INTO owner_name
    FROM pg_catalog.pg_class c WHERE c.oid = 'public.payouts'::pg_catalog.regclass;
  IF can_login IS NOT TRUE OR is_super OR who IN ('paydesk_maker', 'paydesk_approver') OR who = owner_name THEN
    PERFORM public.paydesk_refuse('not_staff', NULL,
      pg_catalog.format('%s is not a staff login of this PayDesk database: staff are LOGIN roles granted '
                        'paydesk_maker or paydesk_approver, never the group roles or the owner', who),
      pg_catalog.jsonb_build_object('person', who, 'role', p_need));
  END IF;
  IF (p_need = 'maker' AND NOT maker) OR (p_need = 'approver' AND NOT approver)
     OR (p_need = 'staff' AND NOT (maker OR approver)) THEN
    PERFORM public.paydesk_refuse('not_staff', NULL,
      pg_catalog.format('%s is not a member of paydesk_%s, which this step needs', who,
                        CASE p_need WHEN 'staff' THEN 'maker or paydesk_approver' ELSE p_need END),
      pg_catalog.jsonb_build_object('person', who, 'role', p_need));
  END IF;
  RETURN who;
END
)SQL"},
        // One length-prefixed part of a hash input, as PayDesk's C++ writes it: the prefix, the
        // byte length of the value, ':', the value's UTF-8 bytes.
        {"paydesk_hash_part", "p_prefix text, p_value text", "bytea", "sql", "IMMUTABLE", false, R"SQL(
  SELECT pg_catalog.convert_to(p_prefix || pg_catalog.octet_length(pg_catalog.convert_to(p_value, 'UTF8'))::text
                               || ':', 'UTF8')
         || pg_catalog.convert_to(p_value, 'UTF8')
)SQL"},
        // cregis::PayoutRequest::contentHash: what approvals are bound to, computed by the
        // database itself from the fields it stores.
        {"paydesk_content_hash",
         "p_wallet_id bigint, p_currency text, p_from_address text, p_to_address text, p_amount text, p_memo text, "
         "p_remark text, p_callback_url text, p_third_party_id text",
         "text", "sql", "IMMUTABLE", false, R"SQL(
  SELECT pg_catalog.encode(pg_catalog.sha256(
           public.paydesk_hash_part('wallet_id', coalesce(p_wallet_id::text, ''))
           || public.paydesk_hash_part('currency', p_currency)
           || public.paydesk_hash_part('from_address', p_from_address)
           || public.paydesk_hash_part('to_address', p_to_address)
           || public.paydesk_hash_part('amount', p_amount)
           || public.paydesk_hash_part('memo', p_memo)
           || public.paydesk_hash_part('remark', p_remark)
           || public.paydesk_hash_part('callback_url', p_callback_url)
           || public.paydesk_hash_part('third_party_id', p_third_party_id)), 'hex')
)SQL"},
        {"paydesk_hash_of", "p public.payouts", "text", "sql", "IMMUTABLE", false, R"SQL(
  SELECT public.paydesk_content_hash(p.wallet_id, p.currency, p.from_address, p.to_address, p.amount, p.memo,
                                     p.remark, p.callback_url, p.third_party_id)
)SQL"},
        // store::AuditLog's link hash: each event carries the hash of the one before it.
        {"paydesk_link_hash",
         "p_previous text, p_payout bigint, p_at bigint, p_actor text, p_event text, p_detail text, "
         "p_payout_hash text",
         "text", "sql", "IMMUTABLE", false, R"SQL(
  SELECT pg_catalog.encode(pg_catalog.sha256(
           public.paydesk_hash_part('', p_previous)
           || public.paydesk_hash_part('', coalesce(p_payout::text, ''))
           || public.paydesk_hash_part('', p_at::text)
           || public.paydesk_hash_part('', p_actor)
           || public.paydesk_hash_part('', p_event)
           || public.paydesk_hash_part('', p_detail)
           || public.paydesk_hash_part('', p_payout_hash)), 'hex')
)SQL"},
        // Appends one event to the hash chain, as the person taking the step, at the database's
        // time, under the chain's lock (the same key PostgresDialect::lockAuditChain takes).
        {"paydesk_audit", "p_payout bigint, p_event text, p_detail text, p_payout_hash text", "void", "plpgsql",
         "VOLATILE", false, R"SQL(
DECLARE
  previous text;
  at_ms bigint := public.paydesk_now_ms();
  actor text := session_user;
BEGIN
  PERFORM pg_catalog.pg_advisory_xact_lock(1346655051, 1);
  SELECT e.hash INTO previous FROM public.audit_events e ORDER BY e.id DESC LIMIT 1;
  previous := coalesce(previous, pg_catalog.repeat('0', 64));
  INSERT INTO public.audit_events (payout_id, at, actor, event, detail, payout_hash, prev_hash, hash)
  VALUES (p_payout, at_ms, actor, p_event, p_detail, p_payout_hash, previous,
          public.paydesk_link_hash(previous, p_payout, at_ms, actor, p_event, p_detail, p_payout_hash));
END
)SQL"},
        // The advisory-lock key of a submission lease: its owner id's first 15 hex digits.
        {"paydesk_lease_key", "p_owner text", "bigint", "sql", "IMMUTABLE", false, R"SQL(
  SELECT CASE WHEN p_owner ~ '^[0-9a-f]{32}$'
              THEN ('x' || pg_catalog.lpad(pg_catalog.left(p_owner, 15), 16, '0'))::bit(64)::bigint END
)SQL"},
        // Whether a lease's lock is held: by session `p_pid`, or by any session when it is null.
        {"paydesk_lease_held", "p_owner text, p_pid integer", "boolean", "sql", "STABLE", false, R"SQL(
  SELECT EXISTS (
    SELECT 1 FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
       AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
       AND l.classid::pg_catalog.int8 = (public.paydesk_lease_key(p_owner) >> 32)
       AND l.objid::pg_catalog.int8 = (public.paydesk_lease_key(p_owner) & 4294967295)
       AND (p_pid IS NULL OR l.pid = p_pid))
)SQL"},
        // The lease this session holds, if any: only it may record what came of its claims.
        {"paydesk_session_lease", "", "text", "sql", "STABLE", false, R"SQL(
  SELECT l.owner FROM public.paydesk_leases l
   WHERE l.pid = pg_catalog.pg_backend_pid() AND l.login = session_user
     AND public.paydesk_lease_held(l.owner, pg_catalog.pg_backend_pid())
   ORDER BY l.opened_at DESC LIMIT 1
)SQL"},
        {"paydesk_policy", "p_name text", "text", "sql", "STABLE", false, R"SQL(
  SELECT t.value FROM public.team_policy t WHERE t.name = p_name
)SQL"},
        // How many distinct approvers a payout needs under the team policy, read the way the
        // desks read it and failing closed: a rule that cannot be read stops every approval and
        // claim. Amounts compare as numeric (exact decimals), never as floating point.
        {"paydesk_required_approvals", "p_currency text, p_amount text", "integer", "plpgsql", "STABLE", false, R"SQL(
DECLARE
  required integer := 1;
  base text := public.paydesk_policy('approvals_required');
  rules text := public.paydesk_policy('thresholds');
  rule jsonb;
BEGIN
  IF base IS NOT NULL THEN
    IF base !~ '^\s*[0-9]{1,4}\s*$' OR pg_catalog.btrim(base)::integer < 1 THEN
      PERFORM public.paydesk_refuse('policy_unreadable', NULL,
        pg_catalog.format('the team policy''s approvals_required (%s) cannot be read', base), NULL);
    END IF;
    required := pg_catalog.btrim(base)::integer;
  END IF;
  IF rules IS NOT NULL AND rules <> '' THEN
    FOR rule IN SELECT * FROM pg_catalog.jsonb_array_elements(rules::jsonb) LOOP
      IF coalesce(rule->>'currency', '') IN ('', p_currency)
         AND p_amount::numeric >= coalesce(NULLIF(rule->>'at_least', ''), '0')::numeric THEN
        required := GREATEST(required, (rule->>'approvals')::integer);
      END IF;
    END LOOP;
  END IF;
  RETURN required;
END
)SQL"},
        // How long an approval lasts (null: for ever); a value that cannot be read stops everything.
        {"paydesk_expiry_ms", "", "bigint", "plpgsql", "STABLE", false, R"SQL(
DECLARE
  value text := public.paydesk_policy('approval_expiry_ms');
BEGIN
  IF value IS NULL THEN
    RETURN NULL;
  END IF;
  IF value !~ '^\s*[0-9]{1,15}\s*$' OR pg_catalog.btrim(value)::bigint <= 0 THEN
    PERFORM public.paydesk_refuse('policy_unreadable', NULL,
      pg_catalog.format('the team policy''s approval_expiry_ms (%s) cannot be read', value), NULL);
  END IF;
  RETURN pg_catalog.btrim(value)::bigint;
END
)SQL"},
        // How long an unanswered payout may be resent without reconciliation (default 24 hours;
        // one that cannot be read allows no resend at all).
        {"paydesk_resend_limit_ms", "", "bigint", "sql", "STABLE", false, R"SQL(
  SELECT CASE WHEN v IS NULL THEN 86400000
              WHEN v ~ '^\s*[0-9]{1,15}\s*$' THEN pg_catalog.btrim(v)::bigint
              ELSE 0 END
    FROM (SELECT public.paydesk_policy('resend_limit_ms') AS v) policy
)SQL"},
        // The approvers of a payout's present content who count now: distinct people other than
        // its creator, not expired, and none from the future (a time ahead of the database's
        // clock grants nothing).
        {"paydesk_valid_approvals", "p public.payouts, p_now bigint", "integer", "sql", "STABLE", false, R"SQL(
  SELECT pg_catalog.count(DISTINCT a.approver)::integer
    FROM public.approvals a
   WHERE a.payout_id = p.id AND a.content_hash = p.content_hash AND a.approver <> p.created_by
     AND a.approved_at <= p_now
     AND (public.paydesk_expiry_ms() IS NULL OR a.approved_at >= p_now - public.paydesk_expiry_ms())
)SQL"},
        {"paydesk_approvers", "p public.payouts, p_now bigint", "text", "sql", "STABLE", false, R"SQL(
  SELECT coalesce(pg_catalog.string_agg(a.approver, ', ' ORDER BY a.approved_at, a.id), '')
    FROM public.approvals a
   WHERE a.payout_id = p.id AND a.content_hash = p.content_hash AND a.approver <> p.created_by
     AND a.approved_at <= p_now
     AND (public.paydesk_expiry_ms() IS NULL OR a.approved_at >= p_now - public.paydesk_expiry_ms())
)SQL"},
        // The allow-list of the team policy. Compared as written, and without letter case only for
        // EVM and bech32 addresses (whose case is only a checksum or a convention): failing closed,
        // another spelling of a TON address is not on the list here. A list that cannot be read
        // allows nothing.
        {"paydesk_recipient_allowed", "p public.payouts", "boolean", "plpgsql", "STABLE", false, R"SQL(
DECLARE
  only_text text := pg_catalog.lower(pg_catalog.btrim(coalesce(public.paydesk_policy('allow_list_only'), 'false')));
  list text := public.paydesk_policy('allow_list');
BEGIN
  IF only_text IN ('false', '0') THEN
    RETURN true;
  END IF;
  IF list IS NULL OR list = '' THEN
    RETURN false;
  END IF;
  BEGIN
    RETURN EXISTS (
      SELECT 1 FROM pg_catalog.jsonb_array_elements_text(list::jsonb) AS allowed(address)
       WHERE allowed.address = p.to_address
          OR (pg_catalog.lower(allowed.address) = pg_catalog.lower(p.to_address)
              AND (p.to_address ~* '^0x[0-9a-f]{40}$' OR p.to_address ~* '^(bc|tb|bcrt|ltc|tltc)1[a-z0-9]+$')));
  EXCEPTION WHEN others THEN
    RETURN false;
  END;
END
)SQL"},
        // Everything a claim needs beyond its state: not unanswered for too long (on the database's
        // clock; a first send stamped in the future counts as too long), the recipient allowed,
        // and enough approvals of this exact content.
        {"paydesk_require_sendable", "p public.payouts, p_now bigint", "void", "plpgsql", "STABLE", false, R"SQL(
DECLARE
  needed integer := public.paydesk_required_approvals(p.currency, p.amount);
  valid integer := public.paydesk_valid_approvals(p, p_now);
  since bigint := coalesce(p.reconcile_checked_at, p.first_sent_at, p.updated_at);
  resend_limit bigint := public.paydesk_resend_limit_ms();
BEGIN
  IF p.state = 'unknown' AND (since > p_now OR p_now - since > resend_limit) THEN
    PERFORM public.paydesk_refuse('unanswered_too_long', p.id,
      pg_catalog.format('payout %s has had no answer for longer than the resend limit: reconcile it first', p.id),
      pg_catalog.jsonb_build_object('count', p_now - since, 'required', resend_limit));
  END IF;
  IF NOT public.paydesk_recipient_allowed(p) THEN
    PERFORM public.paydesk_refuse('recipient_not_allowed', p.id,
      pg_catalog.format('payout %s: its recipient is not on the team policy''s allow-list', p.id), NULL);
  END IF;
  IF valid < needed THEN
    PERFORM public.paydesk_refuse('not_approved', p.id,
      pg_catalog.format('payout %s: %s approvals of its content are needed, %s count', p.id, needed, valid),
      pg_catalog.jsonb_build_object('count', valid, 'required', needed));
  END IF;
END
)SQL"},
        // The payout, locked for the step; refused when this profile has no such payout.
        {"paydesk_row", "p_id bigint, p_profile text", "public.payouts", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  p public.payouts;
BEGIN
  SELECT * INTO p FROM public.payouts WHERE id = p_id AND profile = p_profile FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM public.paydesk_refuse('not_found', p_id,
      pg_catalog.format('there is no payout %s in profile %s', p_id, p_profile), NULL);
  END IF;
  RETURN p;
END
)SQL"},
        {"paydesk_require_state", "p public.payouts, p_states text[], p_wanted text", "void", "plpgsql", "VOLATILE",
         false, R"SQL(
BEGIN
  IF NOT (p.state = ANY (p_states)) THEN
    PERFORM public.paydesk_refuse('wrong_state', p.id,
      pg_catalog.format('payout %s is %s; it cannot become %s', p.id, p.state, p_wanted),
      pg_catalog.jsonb_build_object('state', p.state, 'wanted', p_wanted));
  END IF;
END
)SQL"},
        // A payout that was ever claimed may be at Cregis: never cancelled, rejected or edited.
        {"paydesk_require_never_sent", "p public.payouts", "void", "plpgsql", "VOLATILE", false, R"SQL(
BEGIN
  IF p.attempts > 0 OR p.first_sent_at IS NOT NULL THEN
    PERFORM public.paydesk_refuse('ever_sent', p.id,
      pg_catalog.format('payout %s was sent before and may be at Cregis', p.id), NULL);
  END IF;
END
)SQL"},
        // The payout as claimed by this session's lease: only that session records what came of it.
        {"paydesk_claimed_row", "p_id bigint, p_profile text", "public.payouts", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  p public.payouts := public.paydesk_row(p_id, p_profile);
  lease text := public.paydesk_session_lease();
BEGIN
  PERFORM public.paydesk_require_state(p, ARRAY['submitting'], 'answered');
  IF lease IS NULL OR p.claim_owner <> lease THEN
    PERFORM public.paydesk_refuse('not_claim_holder', p.id,
      pg_catalog.format('payout %s is claimed by %s, not by this session', p.id, p.claim_owner), NULL);
  END IF;
  RETURN p;
END
)SQL"},
        // Ends this session's claim with an answer.
        {"paydesk_end_claim",
         "p public.payouts, p_state text, p_code text, p_message text, p_event text, p_detail text", "void", "plpgsql",
         "VOLATILE", false, R"SQL(
BEGIN
  UPDATE public.payouts
     SET state = p_state, claim_owner = '', error_code = p_code, error_message = p_message,
         updated_at = public.paydesk_now_ms()
   WHERE id = p.id;
  PERFORM public.paydesk_audit(p.id, p_event, p_detail, p.content_hash);
END
)SQL"},
        // An approver who did not create the payout: who may reconcile it or return it to the queue.
        {"paydesk_other_approver", "p public.payouts", "text", "plpgsql", "VOLATILE", false, R"SQL(
DECLARE
  who text := public.paydesk_person('approver');
BEGIN
  IF who = p.created_by THEN
    PERFORM public.paydesk_refuse('creator_cannot_reconcile', p.id,
      pg_catalog.format('payout %s: its creator %s cannot reconcile it; another approver does', p.id, who),
      pg_catalog.jsonb_build_object('person', who));
  END IF;
  RETURN who;
END
)SQL"},
    };
    return functions;
}

} // namespace paydesk::store::team
