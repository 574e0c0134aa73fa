-- Shared mode: grants, account functions and row-level security of one MARAC Desk database.
-- Run by `server init` (and again by `server upgrade`) as the owner role ${owner}, after Flyway;
-- every statement can be run again. ${app} is the group role of every account's login role;
-- ${prefix}_u_<username> is an account's login role. Nothing here is run on H2.
-- See docs/decisions/0024-shared-mode-accounts-and-rls.md.

create table if not exists server_secret (
    id        integer primary key check (id = 1),
    audit_key bytea not null
);
create table if not exists server_login (
    role_name name primary key,
    username  varchar(64) not null unique
);

-- Grants: the application's group role reads and writes case tables (row-level security decides
-- which rows), reads the reference tables, appends to the audit trail, never owns anything.
revoke all on all tables in schema public from public;
revoke create on schema public from public;
grant usage on schema public to ${app};
grant select, insert, update, delete on all tables in schema public to ${app};
grant usage, select on all sequences in schema public to ${app};
revoke all on server_secret, server_login from ${app};
revoke insert, update, delete, truncate on flyway_schema_history, account from ${app};
revoke insert, update, delete, truncate on audit_entry from ${app};
revoke update, delete, truncate on audit_case_read from ${app};
revoke truncate on all tables in schema public from ${app};
revoke insert, update, delete on referral_waiting from ${app};

-- Who is signed in: the account behind a login role, only for the role itself (or a superuser).
create or replace function marac_account_of(who name)
returns table (username varchar, display_name varchar, role varchar, agency_code varchar)
language sql stable security definer set search_path = pg_catalog, public as $$
    select a.username, a.display_name, a.role, a.agency_code
    from server_login l join account a on a.username = l.username
    where l.role_name = who and a.active and pg_has_role(session_user, who, 'MEMBER')
$$;

create or replace function marac_role_of(who name) returns varchar
language sql stable security definer set search_path = pg_catalog, public as $$
    select role from marac_account_of(who)
$$;

create or replace function marac_agency_of(who name) returns varchar
language sql stable security definer set search_path = pg_catalog, public as $$
    select agency_code from marac_account_of(who)
$$;

-- Names compared as WithheldCases.samePerson compares them: folded (case, common accents, spacing and
-- punctuation ignored), equal, equal without spaces, or every word of a two-or-more-word entry present.
create or replace function marac_fold(t text) returns text
language sql immutable set search_path = pg_catalog as $$
    select btrim(regexp_replace(translate(lower(coalesce(t, '')),
        'àáâãäåāçćčèéêëēėęìíîïīıłñńòóôõöøōùúûüūýÿžźżšśß', 'aaaaaaaccceeeeeeeiiiiiilnnooooooouuuuuyyzzzsss'),
        '[^a-z0-9]+', ' ', 'g'))
$$;

create or replace function marac_same_person(named text, other text) returns boolean
language sql immutable set search_path = pg_catalog, public as $$
    select case
        when marac_fold(named) = '' or marac_fold(other) = '' then false
        when marac_fold(named) = marac_fold(other)
            or replace(marac_fold(named), ' ', '') = replace(marac_fold(other), ' ', '') then true
        else coalesce(array_length(string_to_array(marac_fold(named), ' '), 1), 0) >= 2
            and string_to_array(marac_fold(named), ' ') <@ string_to_array(marac_fold(other), ' ')
    end
$$;

-- Cases withheld from an account by a must-not-receive entry (case or referral level): its agency,
-- itself, or one of its agency's representatives named.
create or replace function marac_barred_cases(who name) returns bigint[]
language sql stable security definer set search_path = pg_catalog, public as $$
    with me as (select * from marac_account_of(who)),
    names as (
        select display_name::text as n from me
        union all select username::text from me
        union all select r.name::text from agency_representative r join me on r.agency_code = me.agency_code),
    entries as (
        select coalesce(m.case_id, r.case_id) as case_id, m.agency_code, m.person_name
        from must_not_receive m left join referral r on r.id = m.referral_id
        where m.removed_at is null)
    select coalesce(array_agg(distinct e.case_id), '{}')
    from entries e cross join me
    where e.case_id is not null
      and (e.agency_code = me.agency_code
           or e.person_name is not null and exists (select 1 from names where marac_same_person(e.person_name, names.n)))
$$;

-- True for a role that sees every case but the withheld ones (coordinator, CaseScope's VIEW_ALL_CASES).
create or replace function marac_scope_all(who name) returns boolean
language sql stable security definer set search_path = pg_catalog, public as $$
    select coalesce((select role = 'COORDINATOR' from marac_account_of(who)), false)
$$;

-- True for an account that sees victims' safe addresses and contact details (SafeContactRule.sees):
-- coordinators; agency representatives and Idvas whose agency is marked for it; nobody else.
create or replace function marac_sees_safe_contact(who name) returns boolean
language sql stable security definer set search_path = pg_catalog, public as $$
    select coalesce((select case when me.role = 'COORDINATOR' then true
                                 when me.role in ('AGENCY_REPRESENTATIVE', 'IDVA') then coalesce((
                                     select a.sees_safe_contact from marac_agency a
                                     where a.code = coalesce(me.agency_code, case when me.role = 'IDVA' then 'idva' end)), false)
                                 else false end
                     from marac_account_of(who) me), false)
$$;

-- The cases of a narrower scope, withheld ones taken out (CaseScope.of).
create or replace function marac_scope_cases(who name) returns bigint[]
language sql stable security definer set search_path = pg_catalog, public as $$
    with me as (select * from marac_account_of(who)),
    ids as (
        select l.case_id as id from listing l join research_request rr on rr.listing_id = l.id cross join me
        where me.role in ('AGENCY_REPRESENTATIVE', 'IDVA') and rr.agency_code = me.agency_code
        union select a.case_id from action_item a cross join me
        where me.role in ('AGENCY_REPRESENTATIVE', 'IDVA') and a.agency_code = me.agency_code
        union select l.case_id from listing l join meeting m on m.id = l.meeting_id cross join me
        where me.role = 'CHAIR' and m.status <> 'CLOSED'
        union select a.case_id from action_item a left join meeting r on r.id = a.reviewed_at_meeting_id cross join me
        where me.role = 'CHAIR' and (a.status = 'OPEN' or r.status <> 'CLOSED'))
    -- The withheld cases are read once (a scalar subquery), not once per case in scope: per row, this
    -- function cost 80 ms on 60 cases and every policy of a query calls it.
    select coalesce(array_agg(id), '{}') from ids where not (id = any ((select marac_barred_cases(who))::bigint[]))
$$;

-- The audit trail (decision 0031): entries are appended, sealed and verified here, by the owner's
-- functions, with a key no application role can read. marac_audit_key(), which handed the key to every
-- signed-in account (decision 0024), is gone.
drop function if exists marac_audit_key();

-- HMAC-SHA256 (RFC 2104) from the built-in sha256(), so no extension is needed; as pads: the key XOR
-- ipad and XOR opad, computed once per key and reused for every entry.
create or replace function marac_hmac_pads(k bytea) returns bytea[]
language plpgsql immutable strict set search_path = pg_catalog as $$
declare
    ipad bytea := decode(repeat('36', 64), 'hex');
    opad bytea := decode(repeat('5c', 64), 'hex');
begin
    if length(k) > 64 then
        k := sha256(k);
    end if;
    for i in 0 .. length(k) - 1 loop
        ipad := set_byte(ipad, i, get_byte(k, i) # 54);
        opad := set_byte(opad, i, get_byte(k, i) # 92);
    end loop;
    return array[ipad, opad];
end
$$;

create or replace function marac_hmac(pads bytea[], m bytea) returns bytea
language sql immutable strict set search_path = pg_catalog as $$
    select sha256(pads[2] || sha256(pads[1] || m))
$$;

-- A sub-key of the server's secret by purpose, exactly as DataKey.derive computes it in the application.
create or replace function marac_derive_key(purpose text) returns bytea
language sql stable set search_path = pg_catalog, public as $$
    select marac_hmac(marac_hmac_pads(s.audit_key), convert_to('marac-desk/' || purpose, 'UTF8'))
    from server_secret s where s.id = 1
$$;

-- An instant as Java's Instant.toString() writes it (UTC; no fraction, milliseconds or microseconds).
create or replace function marac_instant_text(t timestamptz) returns text
language sql immutable strict set search_path = pg_catalog as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || case when us = 0 then '' when us % 1000 = 0 then '.' || lpad((us / 1000)::text, 3, '0')
                else '.' || lpad(us::text, 6, '0') end || 'Z'
    from (select extract(microseconds from t at time zone 'UTC')::bigint % 1000000 as us) x
$$;

-- One entry's MAC, as AuditChain.mac computes it: HMAC(chain key, prev_mac US seq US at US actor US action
-- US entity_type US entity_id US detail_digest), US being the unit separator, nulls as empty text.
create or replace function marac_audit_mac(pads bytea[], p_seq bigint, p_at timestamptz, p_actor text,
                                           p_action text, p_entity_type text, p_entity_id text, p_detail_digest text,
                                           p_prev_mac text)
returns text
language sql immutable set search_path = pg_catalog, public as $$
    select encode(marac_hmac(pads, convert_to(p_prev_mac || chr(31) || p_seq::text || chr(31)
        || marac_instant_text(p_at) || chr(31) || p_actor || chr(31) || p_action || chr(31)
        || coalesce(p_entity_type, '') || chr(31) || coalesce(p_entity_id, '') || chr(31)
        || coalesce(p_detail_digest, ''), 'UTF8')), 'hex')
$$;

-- The key of the audit digests (AuditDigest: keyed digests of what changed), for signed-in accounts. It is
-- a one-way sub-key of the server's secret: it seals nothing and does not lead to the chain's key.
create or replace function marac_digest_key() returns bytea
language sql stable security definer set search_path = pg_catalog, public as $$
    select marac_derive_key('audit-detail-digest')
    where exists (select 1 from marac_account_of(session_user))
$$;

-- Appends one entry to the chain, in the caller's transaction: the head read under the same advisory lock
-- the application takes (AuditLog.APPEND_LOCK), the MAC computed here. An account appends in its own name
-- only; the owner (server init) or a superuser in any. The time is the application's clock, as in every
-- other record it writes.
create or replace function marac_audit_append(p_actor text, p_action text, p_entity_type text, p_entity_id text,
                                              p_detail_digest text, p_at timestamptz) returns bigint
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    me varchar;
    head_seq bigint;
    head_mac text;
    n bigint;
    v_at timestamptz := date_trunc('microseconds', p_at);
    pads bytea[];
begin
    select a.username into me from marac_account_of(session_user) a;
    if me is null then
        if not pg_has_role(session_user, '${owner}', 'MEMBER') then
            raise exception 'not permitted' using errcode = '42501';
        end if;
    elsif me is distinct from p_actor then
        raise exception 'not permitted' using errcode = '42501';
    end if;
    if p_actor is null or p_action is null or p_at is null then
        raise exception 'an audit entry needs an actor, an action and a time' using errcode = '22004';
    end if;
    pads := marac_hmac_pads(marac_derive_key('audit-chain'));
    if pads is null then
        raise exception 'the server has no audit key' using errcode = '55000';
    end if;
    perform pg_advisory_xact_lock(1296318805);
    select e.seq, e.mac into head_seq, head_mac from audit_entry e order by e.seq desc limit 1;
    n := coalesce(head_seq, 0) + 1;
    head_mac := coalesce(head_mac, repeat('0', 64));
    insert into audit_entry (seq, at_utc, actor, action, entity_type, entity_id, detail_digest, prev_mac, mac)
    values (n, v_at, p_actor, p_action, p_entity_type, p_entity_id, p_detail_digest, head_mac,
            marac_audit_mac(pads, n, v_at, p_actor, p_action, p_entity_type, p_entity_id, p_detail_digest, head_mac));
    return n;
end
$$;

-- The head of the chain as the last whole check found it intact (decision 0084): a sign-in checks from here. One row,
-- written only by marac_audit_verify; the application's role cannot read or change it.
create table if not exists audit_checkpoint (
    id smallint primary key check (id = 1),
    seq bigint not null,
    mac varchar(64) not null,
    checked_at timestamptz not null
);
revoke all on audit_checkpoint from public, ${app};

-- Checks the entries from number p_from on, the first expected to follow p_prev, recomputing each MAC
-- (AuditVerifier's checks and wording): intact, entries, the last good MAC, and where it breaks. Only for the two
-- checks below, which run it with the owner's rights; nobody else may call it.
create or replace function marac_audit_walk(p_pads bytea[], p_from bigint, p_prev text)
returns table (intact boolean, entries bigint, head_mac text, bad_seq bigint, problem text)
language plpgsql stable set search_path = pg_catalog, public as $$
declare
    expected bigint := p_from;
    prev text := p_prev;
    m text;
    e record;
begin
    -- From the first entry, every row (one numbered below 1 is reported as out of place, not skipped).
    for e in select * from audit_entry a where p_from <= 1 or a.seq >= p_from order by a.seq loop
        if e.seq <> expected then
            return query select false, expected - 1, prev, expected, case when e.seq > expected
                then 'entry ' || expected || ' is missing (deleted)' else 'entry ' || e.seq || ' appears twice' end;
            return;
        end if;
        if e.prev_mac <> prev then
            return query select false, expected - 1, prev, e.seq,
                'it does not follow the entry before it (reordered, inserted or replaced)'::text;
            return;
        end if;
        m := marac_audit_mac(p_pads, e.seq, e.at_utc, e.actor, e.action, e.entity_type, e.entity_id, e.detail_digest,
                             prev);
        if m <> e.mac then
            return query select false, expected - 1, prev, e.seq, 'its content has been altered'::text;
            return;
        end if;
        prev := m;
        expected := expected + 1;
    end loop;
    return query select true, expected - 1, prev, null::bigint, null::text;
end
$$;

-- The pads of the chain's key, for signed-in accounts and the owner only.
create or replace function marac_audit_pads() returns bytea[]
language plpgsql stable set search_path = pg_catalog, public as $$
declare
    pads bytea[];
begin
    if not exists (select 1 from marac_account_of(session_user)) and not pg_has_role(session_user, '${owner}', 'MEMBER') then
        raise exception 'not permitted' using errcode = '42501';
    end if;
    pads := marac_hmac_pads(marac_derive_key('audit-chain'));
    if pads is null then
        raise exception 'the server has no audit key' using errcode = '55000';
    end if;
    return pads;
end
$$;

-- Walks the whole chain, for signed-in accounts. An intact chain's head is recorded as the checkpoint the
-- sign-in's check starts from (never moved back).
create or replace function marac_audit_verify()
returns table (intact boolean, entries bigint, head_mac text, bad_seq bigint, problem text)
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    r record;
begin
    select * into r from marac_audit_walk(marac_audit_pads(), 1, repeat('0', 64));
    if r.intact and r.entries > 0 then
        insert into audit_checkpoint as c (id, seq, mac, checked_at) values (1, r.entries, r.head_mac, now())
        on conflict (id) do update set seq = excluded.seq, mac = excluded.mac, checked_at = excluded.checked_at
        where c.seq <= excluded.seq;
    end if;
    return query select r.intact, r.entries, r.head_mac, r.bad_seq, r.problem;
end
$$;

-- The sign-in's check (decision 0084): the entry the last whole check found at the head, unchanged, and every entry
-- after it, each following the one before; without a whole check yet, the whole chain. Its work grows with the
-- entries since the last whole check, not with the years of trail. A change to an older entry is found by the whole
-- check, which the window runs after each sign-in.
create or replace function marac_audit_verify_recent()
returns table (intact boolean, entries bigint, head_mac text, bad_seq bigint, problem text)
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    pads bytea[];
    cp record;
    m text;
    e record;
begin
    pads := marac_audit_pads();
    select c.seq, c.mac into cp from audit_checkpoint c where c.id = 1;
    if not found then
        return query select * from marac_audit_verify();
        return;
    end if;
    select * into e from audit_entry a where a.seq = cp.seq;
    if not found then
        return query select false, cp.seq - 1, null::text, cp.seq, 'entry ' || cp.seq
            || ', the head at the last whole check, is missing (deleted)';
        return;
    end if;
    m := marac_audit_mac(pads, e.seq, e.at_utc, e.actor, e.action, e.entity_type, e.entity_id, e.detail_digest, e.prev_mac);
    if m <> e.mac or m <> cp.mac then
        return query select false, cp.seq - 1, e.prev_mac::text, cp.seq,
            'it differs from the entry the last whole check found at the head'::text;
        return;
    end if;
    return query select * from marac_audit_walk(pads, cp.seq + 1, m);
end
$$;

revoke all on function marac_hmac_pads(bytea), marac_hmac(bytea[], bytea), marac_derive_key(text),
    marac_instant_text(timestamptz), marac_audit_mac(bytea[], bigint, timestamptz, text, text, text, text, text, text),
    marac_audit_walk(bytea[], bigint, text), marac_audit_pads() from public;

-- A login role for an existing active account, with a SCRAM verifier computed by the client. Owner only:
-- the callers below check the permission first.
create or replace function marac_login_for(p_username text, p_verifier text) returns name
language plpgsql volatile set search_path = pg_catalog, public as $$
declare
    r name;
begin
    if p_username !~ '^[a-z0-9][a-z0-9._-]{1,63}$' or length('${prefix}_u_' || p_username) > 63 then
        raise exception 'not a valid username for this server' using errcode = '22023';
    end if;
    if p_verifier !~ '^SCRAM-SHA-256\$4096:' then
        raise exception 'a SCRAM-SHA-256 verifier is required' using errcode = '22023';
    end if;
    r := '${prefix}_u_' || p_username;
    if not exists (select 1 from account where username = p_username and active) then
        raise exception 'no such account' using errcode = '22023';
    end if;
    execute format('create role %I login password %L in role %I', r, p_verifier, '${app}');
    insert into server_login (role_name, username) values (r, p_username);
    return r;
end
$$;

-- A login role for an existing account. Allowed to an administrator, or to a coordinator while there is
-- no administrator (as AccountAdministration).
create or replace function marac_create_login(p_username text, p_verifier text) returns name
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    caller varchar;
begin
    select role into caller from marac_account_of(session_user);
    if not (caller = 'ADMINISTRATOR' or caller = 'COORDINATOR'
            and not exists (select 1 from account where role = 'ADMINISTRATOR' and active)) then
        raise exception 'not permitted' using errcode = '42501';
    end if;
    return marac_login_for(p_username, p_verifier);
end
$$;

-- A new account and its login role together (the application's roles cannot write the account table,
-- so no account can raise its own role). Same permission as marac_create_login.
create or replace function marac_add_account(p_username text, p_display_name text, p_role text, p_agency text,
                                             p_verifier text) returns name
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    caller varchar;
begin
    select role into caller from marac_account_of(session_user);
    if not (caller = 'ADMINISTRATOR' or caller = 'COORDINATOR'
            and not exists (select 1 from account where role = 'ADMINISTRATOR' and active)) then
        raise exception 'not permitted' using errcode = '42501';
    end if;
    if p_role not in ('COORDINATOR', 'CHAIR', 'AGENCY_REPRESENTATIVE', 'IDVA', 'ADMINISTRATOR')
            or coalesce(btrim(p_display_name), '') = ''
            or p_role = 'AGENCY_REPRESENTATIVE' and coalesce(btrim(p_agency), '') = '' then
        raise exception 'not a valid account' using errcode = '22023';
    end if;
    if exists (select 1 from account where username = p_username) then
        raise exception 'that username is taken' using errcode = '23505';
    end if;
    insert into account (id, username, display_name, role, agency_code, created_at, version, active)
    values (nextval('account_seq'), p_username, p_display_name, p_role, nullif(btrim(p_agency), ''), now(), 0, true);
    -- Not marac_create_login: its check would now see the administrator this call may have just added.
    return marac_login_for(p_username, p_verifier);
end
$$;

-- May the signed-in account manage accounts? An administrator, or a coordinator while there is none
-- (as AccountAdministration and marac_create_login decide).
create or replace function marac_may_manage_accounts() returns boolean
language sql stable security definer set search_path = pg_catalog, public as $$
    select coalesce((select role = 'ADMINISTRATOR' or role = 'COORDINATOR'
            and not exists (select 1 from account where role = 'ADMINISTRATOR' and active)
        from marac_account_of(session_user)), false)
$$;

-- Ends every open connection of a login role at once (the owner holds pg_signal_backend for this).
-- (A loop, so that pg_terminate_backend is only ever called for that role's processes.)
create or replace function marac_end_sessions(r name) returns integer
language plpgsql volatile set search_path = pg_catalog as $$
declare
    p integer;
    n integer := 0;
begin
    for p in select a.pid from pg_stat_activity a where a.usename = r and a.pid <> pg_backend_pid() loop
        if pg_terminate_backend(p) then
            n := n + 1;
        end if;
    end loop;
    return n;
end
$$;

-- Removes an account for good: deactivated (its history stays), its login role can no longer log in and
-- has no password, and its open connections end now. Nobody removes their own account.
create or replace function marac_remove_account(p_username text) returns integer
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    r name;
begin
    if not marac_may_manage_accounts() then
        raise exception 'not permitted' using errcode = '42501';
    end if;
    if exists (select 1 from marac_account_of(session_user) where username = p_username) then
        raise exception 'you cannot remove your own account' using errcode = '22023';
    end if;
    select l.role_name into r from server_login l join account a on a.username = l.username
    where l.username = p_username and a.active;
    if r is null then
        raise exception 'no such account' using errcode = '22023';
    end if;
    update account set active = false where username = p_username;
    execute format('alter role %I nologin password null', r);
    return marac_end_sessions(r);
end
$$;

-- A new passphrase for another account: its login role gets a new client-computed SCRAM verifier and its
-- open connections end now, so the old passphrase opens nothing from this moment.
create or replace function marac_reset_login(p_username text, p_verifier text) returns integer
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    r name;
begin
    if not marac_may_manage_accounts() then
        raise exception 'not permitted' using errcode = '42501';
    end if;
    if p_verifier !~ '^SCRAM-SHA-256\$4096:' then
        raise exception 'a SCRAM-SHA-256 verifier is required' using errcode = '22023';
    end if;
    select l.role_name into r from server_login l join account a on a.username = l.username
    where l.username = p_username and a.active;
    if r is null then
        raise exception 'no such account' using errcode = '22023';
    end if;
    execute format('alter role %I login password %L', r, p_verifier);
    return marac_end_sessions(r);
end
$$;

revoke all on function marac_login_for(text, text) from public;
revoke all on function marac_may_manage_accounts(), marac_end_sessions(name), marac_remove_account(text),
    marac_reset_login(text, text) from public;
grant execute on function marac_may_manage_accounts(), marac_remove_account(text), marac_reset_login(text, text)
    to ${app};
revoke all on function marac_sees_safe_contact(name) from public;
grant execute on function marac_sees_safe_contact(name) to ${app};
revoke all on function marac_account_of(name), marac_role_of(name), marac_agency_of(name),
    marac_barred_cases(name), marac_scope_all(name), marac_scope_cases(name), marac_digest_key(),
    marac_audit_append(text, text, text, text, text, timestamptz), marac_audit_verify(), marac_audit_verify_recent(),
    marac_create_login(text, text), marac_add_account(text, text, text, text, text) from public;
grant execute on function marac_account_of(name), marac_role_of(name), marac_agency_of(name),
    marac_barred_cases(name), marac_scope_all(name), marac_scope_cases(name), marac_digest_key(),
    marac_audit_append(text, text, text, text, text, timestamptz), marac_audit_verify(), marac_audit_verify_recent(),
    marac_create_login(text, text), marac_add_account(text, text, text, text, text) to ${app};

-- Row-level security, keyed on current_user. The owner (and a superuser) bypass it; the application's
-- group role does not. VIS(x) is "case x is in this account's scope" (CaseScope).
do $do$
declare
    app constant text := '${app}';
    vis constant text := '((select marac_scope_all(current_user)) and not (%1$s = any ((select marac_barred_cases(current_user))::bigint[])))'
        || ' or %1$s = any ((select marac_scope_cases(current_user))::bigint[])';
    coordinator constant text := '(select marac_role_of(current_user)) = ''COORDINATOR''';
    runs_meeting constant text := '(select marac_role_of(current_user)) in (''COORDINATOR'', ''CHAIR'')';
    own_agency constant text := '(' || runs_meeting || ' or agency_code = (select marac_agency_of(current_user)))';
    t text;
    p record;
    person_vis text;
    contact_vis text;
begin
    for p in select policyname, tablename from pg_policies where schemaname = 'public' and policyname like 'marac_%' loop
        execute format('drop policy %I on %I', p.policyname, p.tablename);
    end loop;
    -- Tables holding a case id: read and write within scope.
    -- Tables holding a case id: read within scope; written by the coordinator (referrals, decisions,
    -- case links) or, for listings, by those who run the meeting; always within scope.
    foreach t in array array['case_perpetrator', 'case_child', 'case_other_at_risk', 'referral', 'listing', 'marac_case'] loop
        execute format('create policy marac_read on %I for select to %I using (%s)', t, app,
            format(vis, case when t = 'marac_case' then 'id' else 'case_id' end));
        execute format('create policy marac_write on %I for all to %I using ((%3$s) and %4$s) with check ((%3$s) and %4$s)',
            t, app, format(vis, case when t = 'marac_case' then 'id' else 'case_id' end),
            case when t = 'listing' then runs_meeting else coordinator end);
    end loop;
    -- People: those linked to a case in scope; a coordinator also sees people on no case yet.
    person_vis := 'exists (select 1 from marac_case c where c.victim_id = person.id)'
        || ' or exists (select 1 from case_perpetrator x where x.person_id = person.id)'
        || ' or exists (select 1 from case_child x where x.person_id = person.id)'
        || ' or exists (select 1 from case_other_at_risk x where x.person_id = person.id)'
        || ' or exists (select 1 from referral r where r.victim_id = person.id)'
        || ' or exists (select 1 from referral_person x join referral r on r.id = x.referral_id where x.person_id = person.id)'
        || ' or (select marac_scope_all(current_user)) and not exists (select 1 from referral_person x where x.person_id = person.id)'
        || ' and not exists (select 1 from marac_case c where c.victim_id = person.id)'
        || ' and not exists (select 1 from case_perpetrator x where x.person_id = person.id)'
        || ' and not exists (select 1 from case_child x where x.person_id = person.id)'
        || ' and not exists (select 1 from case_other_at_risk x where x.person_id = person.id)';
    execute format('create policy marac_read on person for select to %I using (%s)', app, person_vis);
    execute format('create policy marac_write on person for all to %I using ((%2$s) and %3$s) with check ((%2$s) and %3$s)',
        app, person_vis, coordinator);
    -- Addresses and contact details (a table of their own since V27, because row-level security hides
    -- rows, not columns): a victim's and a child's (decision 0070: a child lives with the victim, or somewhere
    -- a perpetrator looking for them would look) only to those the safe-contact rule lets see them; anyone
    -- else's (a perpetrator's, another person's at risk) as the person. The coordinator writes them.
    contact_vis := 'exists (select 1 from person p where p.id = person_id) and ((select marac_sees_safe_contact(current_user))'
        || ' or not exists (select 1 from marac_case c where c.victim_id = person_id)'
        || ' and not exists (select 1 from referral r where r.victim_id = person_id)'
        || ' and not exists (select 1 from case_child x where x.person_id = person_contact.person_id)'
        || ' and not exists (select 1 from referral_person x where x.person_id = person_contact.person_id'
        || ' and x.role = ''CHILD''))';
    execute format('create policy marac_read on person_contact for select to %I using (%s)', app, contact_vis);
    execute format('create policy marac_write on person_contact for all to %I using ((%2$s) and %3$s) with check (%3$s)',
        app, contact_vis, coordinator);
    -- Where a referral says the children live (V60): the same rule, for the referrals the account sees.
    execute format('create policy marac_read on referral_safe_detail for select to %I using'
        || ' ((select marac_sees_safe_contact(current_user)) and exists (select 1 from referral r where r.id = referral_id))',
        app);
    execute format('create policy marac_write on referral_safe_detail for all to %I using (%s) with check (%s)', app,
        coordinator, coordinator);
    foreach t in array array['person_blocking_key', 'person_name_key', 'referral_flag', 'referral_person',
            'referral_possible_match'] loop
        execute format('create policy marac_read on %I for select to %I using (%s)', t, app,
            case when t like 'person%' then 'exists (select 1 from person p where p.id = person_id)'
                 else 'exists (select 1 from referral r where r.id = referral_id)' end);
        execute format('create policy marac_write on %I for all to %I using (%s) with check (%s)', t, app,
            coordinator, coordinator);
    end loop;
    -- Research requests, proposed actions and actions: read in scope; written by the meeting's runners
    -- or by the agency they are for.
    foreach t in array array['research_request', 'proposed_action'] loop
        execute format('create policy marac_read on %I for select to %I using (exists (select 1 from listing l where l.id = listing_id))', t, app);
        execute format('create policy marac_insert on %I for insert to %I with check (exists (select 1 from listing l where l.id = listing_id) and %s)', t, app, own_agency);
        execute format('create policy marac_update on %I for update to %I using (exists (select 1 from listing l where l.id = listing_id) and %s)', t, app, own_agency);
        execute format('create policy marac_delete on %I for delete to %I using (%s)', t, app, coordinator);
    end loop;
    execute format('create policy marac_read on action_item for select to %I using (%s)', app, format(vis, 'case_id'));
    execute format('create policy marac_insert on action_item for insert to %I with check ((%s) and %s)', app, format(vis, 'case_id'), own_agency);
    execute format('create policy marac_update on action_item for update to %I using ((%s) and %s)', app, format(vis, 'case_id'), own_agency);
    execute format('create policy marac_delete on action_item for delete to %I using (%s)', app, coordinator);
    execute format('create policy marac_read on action_update for select to %I using (exists (select 1 from action_item a where a.id = action_id))', app);
    execute format('create policy marac_insert on action_update for insert to %I with check (exists (select 1 from action_item a'
        || ' where a.id = action_id and (%s or a.agency_code = (select marac_agency_of(current_user)))))', app, runs_meeting);
    -- Change history of corrections: read within scope; written (never changed) within scope.
    execute format('create policy marac_read on record_change for select to %I using (case_id is null or %s)', app, format(vis, 'case_id'));
    execute format('create policy marac_insert on record_change for insert to %I with check (case_id is null or %s)', app, format(vis, 'case_id'));
    -- The stored minutes name every case of a meeting: those who run meetings only.
    execute format('create policy marac_scope on meeting_minutes to %I using (%s)', app, runs_meeting);
    -- A meeting's change history and earlier minutes: those who run meetings; a line about a case within scope.
    execute format('create policy marac_scope on meeting_change to %I using ((%s) and (case_id is null or %s))'
        || ' with check ((%s) and (case_id is null or %s))', app, runs_meeting, format(vis, 'case_id'),
        runs_meeting, format(vis, 'case_id'));
    execute format('create policy marac_scope on meeting_minutes_version to %I using (%s)', app, runs_meeting);
    -- Lists that decide who sees what, and the MARAC's set-up: everyone reads, the coordinator writes.
    foreach t in array array['must_not_receive', 'marac_agency', 'agency_representative', 'marac_area', 'district'] loop
        execute format('create policy marac_read on %I for select to %I using (true)', t, app);
        execute format('create policy marac_write on %I for all to %I using (%s) with check (%s)', t, app, coordinator, coordinator);
    end loop;
    -- Action types (V33, issue 16): the MARAC's list, read by everyone, changed by the coordinator.
    execute format('create policy marac_read on action_type for select to %I using (true)', app);
    -- Referrals waiting to be listed (V56, decision 0064): read as the referral is; written only by the
    -- triggers' SECURITY DEFINER functions (no write policy, and no write grant below).
    execute format('create policy marac_read on referral_waiting for select to %I using'
        || ' (exists (select 1 from referral r where r.id = referral_id))', app);
    execute format('create policy marac_write on action_type for all to %I using (%s) with check (%s)', app, coordinator, coordinator);
    foreach t in array array['meeting', 'meeting_slot'] loop
        execute format('create policy marac_read on %I for select to %I using (true)', t, app);
        execute format('create policy marac_write on %I for all to %I using (%s) with check (%s)', t, app, runs_meeting, runs_meeting);
    end loop;
    foreach t in array array['marac_case', 'case_perpetrator', 'case_child', 'case_other_at_risk', 'person',
            'person_contact', 'person_blocking_key', 'person_name_key', 'referral', 'referral_flag', 'referral_person',
            'referral_possible_match', 'listing', 'research_request', 'proposed_action', 'action_item',
            'action_update', 'record_change', 'meeting_minutes', 'must_not_receive', 'marac_agency', 'agency_representative',
            'marac_area', 'district', 'meeting', 'meeting_slot', 'meeting_change', 'meeting_minutes_version',
            'action_type', 'referral_waiting', 'referral_safe_detail'] loop
        execute format('alter table %I enable row level security', t);
    end loop;
end
$do$;

-- Live refresh (decision 0038): a change to research, actions, proposed actions, referrals, cases,
-- listings or meetings sends a notice on the channel marac_change, delivered when its transaction
-- commits (and never if it rolls back). The notice names the table and the row's id, nothing else: no
-- value from the row ever travels in it. Open screens then reload what they show through the
-- application, whose reads (and row-level security) decide what each account sees. Any account that
-- listens learns that row N of a table changed, not what it holds.
create or replace function marac_notify_change() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('marac_change', tg_table_name || ':' || old.id);
    else
        perform pg_notify('marac_change', tg_table_name || ':' || new.id);
    end if;
    return null;
end
$$;
do $do$
declare
    t text;
begin
    foreach t in array array['research_request', 'action_item', 'action_update', 'proposed_action', 'referral',
            'marac_case', 'listing', 'meeting'] loop
        execute format('drop trigger if exists marac_notify_change on %I', t);
        execute format('create trigger marac_notify_change after insert or update or delete on %I'
            || ' for each row execute function marac_notify_change()', t);
    end loop;
end
$do$;

-- Local settings (V32, issue 16, decision 0035): no case data. Every account reads them (scoring needs
-- them); only the coordinator adds a version; a version is never changed or removed.
revoke update, delete, truncate on marac_settings from ${app};
do $do$
declare
    app constant text := '${app}';
begin
    execute 'drop policy if exists marac_read on marac_settings';
    execute 'drop policy if exists marac_insert on marac_settings';
    execute format('create policy marac_read on marac_settings for select to %I using (true)', app);
    execute format('create policy marac_insert on marac_settings for insert to %I with check'
        || ' ((select marac_role_of(current_user)) = ''COORDINATOR'')', app);
    alter table marac_settings enable row level security;
end
$do$;

-- Whether the manager's sign-off is required (V54, issue 16, decision 0060): no case data, kept like the
-- local settings. Every account reads it (the import and the form check against it); only the coordinator
-- adds a version; a version is never changed or removed.
grant select, insert on signoff_rule to ${app};
revoke update, delete, truncate on signoff_rule from ${app};
do $signoff$
declare
    app constant text := '${app}';
begin
    execute 'drop policy if exists marac_read on signoff_rule';
    execute 'drop policy if exists marac_insert on signoff_rule';
    execute format('create policy marac_read on signoff_rule for select to %I using (true)', app);
    execute format('create policy marac_insert on signoff_rule for insert to %I with check'
        || ' ((select marac_role_of(current_user)) = ''COORDINATOR'')', app);
    alter table signoff_rule enable row level security;
end
$signoff$;

-- Crimes disclosed at MARAC (V31, issue 15): read within scope; entered, corrected and removed by those
-- who run the meeting; the police reference added later by police (or the coordinator). Like the block
-- above, its policies are dropped and made again each time this script runs.
do $crimes$
declare
    app constant text := '${app}';
    vis constant text := '((select marac_scope_all(current_user)) and not (case_id = any ((select marac_barred_cases(current_user))::bigint[])))'
        || ' or case_id = any ((select marac_scope_cases(current_user))::bigint[])';
    runs_meeting constant text := '(select marac_role_of(current_user)) in (''COORDINATOR'', ''CHAIR'')';
    police constant text := '(select marac_agency_of(current_user)) = ''police''';
begin
    execute format('drop policy if exists marac_read on crime_disclosed');
    execute format('drop policy if exists marac_insert on crime_disclosed');
    execute format('drop policy if exists marac_update on crime_disclosed');
    execute format('drop policy if exists marac_delete on crime_disclosed');
    execute format('create policy marac_read on crime_disclosed for select to %I using (%s)', app, vis);
    execute format('create policy marac_insert on crime_disclosed for insert to %I with check ((%s) and %s)', app, vis, runs_meeting);
    execute format('create policy marac_update on crime_disclosed for update to %I using ((%s) and (%s or %s))'
        || ' with check ((%s) and (%s or %s))', app, vis, runs_meeting, police, vis, runs_meeting, police);
    execute format('create policy marac_delete on crime_disclosed for delete to %I using ((%s) and %s)', app, vis, runs_meeting);
    alter table crime_disclosed enable row level security;
end
$crimes$;

-- Which columns police may change on a crime disclosed at MARAC (issue 15). Row-level security above
-- decides which rows an account may update; a policy cannot name columns, and column privileges belong to
-- the one application role all accounts share. So this trigger: an account whose role does not run
-- meetings may set the police reference (with when and by whom, and the row's version) and nothing that
-- was recorded at the meeting. Roles without an account (the owner's migrations, `server import`) are left
-- alone. The services refuse the same change first (CrimeService.policeReference).
create or replace function marac_crime_reference_only() returns trigger
    language plpgsql set search_path = pg_catalog, public as $$
declare
    who_role varchar := marac_role_of(current_user);
begin
    if who_role is null or who_role in ('COORDINATOR', 'CHAIR') then
        return new;
    end if;
    if (new.id, new.listing_id, new.case_id, new.meeting_id, new.description, new.occurred_on, new.occurred_note,
            new.against, new.person_id, new.against_note, new.disclosed_by, new.from_free_text, new.created_at,
            new.created_by)
        is distinct from (old.id, old.listing_id, old.case_id, old.meeting_id, old.description, old.occurred_on,
            old.occurred_note, old.against, old.person_id, old.against_note, old.disclosed_by, old.from_free_text,
            old.created_at, old.created_by) then
        raise exception 'this account may add the police reference to a crime disclosed at MARAC, nothing else'
            using errcode = '42501';
    end if;
    return new;
end
$$;
drop trigger if exists marac_crime_reference_only on crime_disclosed;
create trigger marac_crime_reference_only before update on crime_disclosed
    for each row execute function marac_crime_reference_only();

-- Live refresh of the people on a case (issue 13, decision 0051): a person corrected (a name, a date of
-- birth) or their contact details changed show on the case list, whose rows name the victim. Like the
-- notices above, these name the table and the person's id, nothing from the row. person_contact is keyed
-- by person_id, so it has its own small function.
create or replace function marac_notify_contact_change() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('marac_change', tg_table_name || ':' || old.person_id);
    else
        perform pg_notify('marac_change', tg_table_name || ':' || new.person_id);
    end if;
    return null;
end
$$;
drop trigger if exists marac_notify_change on person;
create trigger marac_notify_change after insert or update or delete on person
    for each row execute function marac_notify_change();
drop trigger if exists marac_notify_change on referral_person;
create trigger marac_notify_change after insert or update or delete on referral_person
    for each row execute function marac_notify_change();
drop trigger if exists marac_notify_change on person_contact;
create trigger marac_notify_change after insert or update or delete on person_contact
    for each row execute function marac_notify_contact_change();
-- Children's records (V45, issue 16, decision 0047): read within scope like the case's children
-- (case_child); written by the coordinator, within scope. Like the blocks above, its policies are dropped
-- and made again each time this script runs. (The grants are the case tables' grants above.)
do $children$
declare
    app constant text := '${app}';
    vis constant text := '((select marac_scope_all(current_user)) and not (case_id = any ((select marac_barred_cases(current_user))::bigint[])))'
        || ' or case_id = any ((select marac_scope_cases(current_user))::bigint[])';
    coordinator constant text := '(select marac_role_of(current_user)) = ''COORDINATOR''';
begin
    execute 'drop policy if exists marac_read on child_record';
    execute 'drop policy if exists marac_write on child_record';
    execute format('create policy marac_read on child_record for select to %I using (%s)', app, vis);
    execute format('create policy marac_write on child_record for all to %I using ((%s) and %s) with check ((%s) and %s)',
        app, vis, coordinator, vis, coordinator);
    alter table child_record enable row level security;
end
$children$;

-- Professionals' meetings on a case (V47, issue 16, decision 0049): read within scope; recorded and changed
-- within scope by those who run meetings or write their agency's research (every role but the administrator,
-- whose scope holds no case anyway); removed only by the coordinator (retention). Its policies are dropped and
-- made again each time this script runs.
grant select, insert, update, delete on professionals_meeting to ${app};
grant usage, select on sequence professionals_meeting_seq to ${app};
do $promeeting$
declare
    app constant text := '${app}';
    vis constant text := '((select marac_scope_all(current_user)) and not (case_id = any ((select marac_barred_cases(current_user))::bigint[])))'
        || ' or case_id = any ((select marac_scope_cases(current_user))::bigint[])';
    writes constant text := '(select marac_role_of(current_user)) in (''COORDINATOR'', ''CHAIR'', ''AGENCY_REPRESENTATIVE'', ''IDVA'')';
    coordinator constant text := '(select marac_role_of(current_user)) = ''COORDINATOR''';
begin
    execute 'drop policy if exists marac_read on professionals_meeting';
    execute 'drop policy if exists marac_insert on professionals_meeting';
    execute 'drop policy if exists marac_update on professionals_meeting';
    execute 'drop policy if exists marac_delete on professionals_meeting';
    execute format('create policy marac_read on professionals_meeting for select to %I using (%s)', app, vis);
    execute format('create policy marac_insert on professionals_meeting for insert to %I with check ((%s) and %s)',
        app, vis, writes);
    execute format('create policy marac_update on professionals_meeting for update to %I using ((%s) and %s)'
        || ' with check ((%s) and %s)', app, vis, writes, vis, writes);
    execute format('create policy marac_delete on professionals_meeting for delete to %I using ((%s) and %s)',
        app, vis, coordinator);
    alter table professionals_meeting enable row level security;
end
$promeeting$;

-- Transfers between MARACs on a case (V58, issue 16, decision 0068): read within scope; recorded and changed within
-- scope by the coordinator and the Idva, who arrange the papers and the handover (a mistaken entry is corrected,
-- the change history keeping what it said); deleted only by the coordinator, with the case (retention). Its
-- policies are dropped and made again each time this script runs.
grant select, insert, update, delete on case_transfer to ${app};
grant usage, select on sequence case_transfer_seq to ${app};
do $transfers$
declare
    app constant text := '${app}';
    vis constant text := '((select marac_scope_all(current_user)) and not (case_id = any ((select marac_barred_cases(current_user))::bigint[])))'
        || ' or case_id = any ((select marac_scope_cases(current_user))::bigint[])';
    writes constant text := '(select marac_role_of(current_user)) in (''COORDINATOR'', ''IDVA'')';
    coordinator constant text := '(select marac_role_of(current_user)) = ''COORDINATOR''';
begin
    execute 'drop policy if exists marac_read on case_transfer';
    execute 'drop policy if exists marac_insert on case_transfer';
    execute 'drop policy if exists marac_update on case_transfer';
    execute 'drop policy if exists marac_delete on case_transfer';
    execute format('create policy marac_read on case_transfer for select to %I using (%s)', app, vis);
    execute format('create policy marac_insert on case_transfer for insert to %I with check ((%s) and %s)',
        app, vis, writes);
    execute format('create policy marac_update on case_transfer for update to %I using ((%s) and %s)'
        || ' with check ((%s) and %s)', app, vis, writes, vis, writes);
    execute format('create policy marac_delete on case_transfer for delete to %I using ((%s) and %s)',
        app, vis, coordinator);
    alter table case_transfer enable row level security;
end
$transfers$;

-- Changing one's own passphrase on a shared server (issue 13, decision 0053): the signed-in account's own login
-- role (session_user) gets a new client-computed SCRAM verifier. Its open connections stay (the session keeps
-- working; new connections sign in with the new password). Called in the same transaction as the audit entry,
-- so both happen or neither does.
create or replace function marac_change_own_login(p_verifier text) returns void
language plpgsql volatile security definer set search_path = pg_catalog, public as $$
declare
    r name;
begin
    if p_verifier !~ '^SCRAM-SHA-256\$4096:' then
        raise exception 'a SCRAM-SHA-256 verifier is required' using errcode = '22023';
    end if;
    select l.role_name into r from server_login l join account a on a.username = l.username
    where l.role_name = session_user and a.active;
    if r is null then
        raise exception 'no active account for this login' using errcode = '42501';
    end if;
    execute format('alter role %I password %L', r, p_verifier);
end
$$;
revoke all on function marac_change_own_login(text) from public;
grant execute on function marac_change_own_login(text) to ${app};

-- The speaking order (V55, issue 16, decision 0061): agency codes, no case data. Every account reads it; only
-- the coordinator changes it. Its policies are dropped and made again each time this script runs.
grant select, insert, update, delete on speaking_order to ${app};
do $speaking$
declare
    app constant text := '${app}';
    coordinator constant text := '(select marac_role_of(current_user)) = ''COORDINATOR''';
begin
    execute 'drop policy if exists marac_read on speaking_order';
    execute 'drop policy if exists marac_write on speaking_order';
    execute format('create policy marac_read on speaking_order for select to %I using (true)', app);
    execute format('create policy marac_write on speaking_order for all to %I using (%s) with check (%s)',
        app, coordinator, coordinator);
    alter table speaking_order enable row level security;
end
$speaking$;
