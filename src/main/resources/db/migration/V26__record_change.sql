-- Corrections (issue 14): one history of what was changed on a record after it was made: who, when,
-- which field, the value before and after, and the reason where others had been told. The values
-- are case data and stay in the (encrypted) store; the audit trail keeps only a keyed digest.
-- Removing a record keeps its last values here (new_value null, field REMOVED carrying the reason).
-- For H2 and PostgreSQL alike.
create sequence record_change_seq start with 1 increment by 50;
create table record_change (
    id          bigint primary key,
    record_type varchar(32) not null,
    record_id   bigint not null,
    case_id     bigint,
    changed_at  timestamp(6) with time zone not null,
    changed_by  varchar(64) not null,
    field       varchar(64) not null,
    old_value   varchar(4000),
    new_value   varchar(4000),
    reason      varchar(2000)
);
create index record_change_record_idx on record_change (record_type, record_id);
create index record_change_case_idx on record_change (case_id);
