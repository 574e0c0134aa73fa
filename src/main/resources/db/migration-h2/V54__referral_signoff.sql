-- Referral sign-off (issue 16, decision 0060): whether the risk checklist (RIC) was sent with the referral,
-- and the manager who signed it off (name and title) with the date. Plain columns on referral, so the
-- store's encryption and, in shared mode, the row-level policies on referral cover them (decision 0046).
-- One ALTER TABLE for H2 (it copies the table for each one); PostgreSQL's copy does the same in its syntax.
alter table referral add column (
    ric_attached       boolean,
    manager_signoff    varchar(200),
    manager_signoff_on date
);
-- Whether this MARAC refuses a referral without the manager's sign-off, as numbered versions like the local
-- settings (never changed afterwards; no row: not required). Its own table, so that it stays apart from
-- marac_settings. No case data; in shared mode everyone reads, the coordinator adds versions (setup.sql).
create table signoff_rule (
    version    integer primary key,
    required   boolean not null,
    changed_at timestamp(6) with time zone not null,
    changed_by varchar(64) not null,
    reason     varchar(2000) not null
);
