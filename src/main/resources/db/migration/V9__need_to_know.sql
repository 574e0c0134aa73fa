-- Need-to-know and revocation (issue 11).

-- Adding a must-not-receive entry withdraws what the barred agency or person already holds:
-- the rows stay (for the audit trail and the coordinator) but leave their views.
alter table research_request add column withdrawn_at timestamp(6) with time zone;
alter table proposed_action add column withdrawn_at timestamp(6) with time zone;

-- A must-not-receive entry is never deleted by a user: removing it records who, when and why.
alter table must_not_receive add column added_by varchar(64);
alter table must_not_receive add column removed_at timestamp(6) with time zone;
alter table must_not_receive add column removed_by varchar(64);
alter table must_not_receive add column removal_reason varchar(4000);

-- The key generation of the vault header this database belongs to. Each change of data key
-- (an account removed, a passphrase reset, the recovery key used or renewed) raises it in the
-- header and here together; a header older than the database is refused.
create table vault_generation (
    id         integer primary key,
    generation bigint not null,
    constraint vault_generation_one_row check (id = 1)
);
insert into vault_generation (id, generation) values (1, 0);

-- Reads that showed a person's identity: one audit entry per screen load or command (action
-- VIEWED), and here the cases it showed, so "who saw this case" can be answered. The entry's
-- keyed digest covers the sorted case ids, so a row changed here no longer matches its entry.
create table audit_case_read (
    audit_seq bigint not null references audit_entry (seq),
    case_id   bigint not null,
    primary key (audit_seq, case_id)
);
create index audit_case_read_case_idx on audit_case_read (case_id);
