-- Append-only, hash-chained audit trail. Each entry's MAC covers the previous entry's MAC
-- and its own fields; the key is derived from the vault's data key. No values, only digests.
create table audit_entry (
    seq           bigint primary key,
    at_utc        timestamp(6) with time zone not null,
    actor         varchar(64) not null,
    action        varchar(40) not null,
    entity_type   varchar(40),
    entity_id     varchar(64),
    detail_digest varchar(64),
    prev_mac      varchar(64) not null,
    mac           varchar(64) not null
);
