-- Putting meetings right (issue 14): cancelling a meeting, editing it, correcting its agenda,
-- reopening a closed meeting, renaming and retiring districts. For H2 and PostgreSQL alike.

-- A cancelled meeting keeps its row (status CANCELLED) with who cancelled it, when and why.
alter table meeting add column cancelled_at timestamp(6) with time zone;
alter table meeting add column cancelled_by varchar(64);
alter table meeting add column cancel_reason varchar(2000);

-- A retired district takes no new meetings or listings; its history keeps its name.
alter table district add column retired_on date;

-- Every change made to a meeting or its agenda after it was scheduled, or to a district: who, when, which field,
-- the old and the new value, and the reason where one is asked. Audit entries carry only ids and
-- a keyed digest; the values are here, in the encrypted store. A row about one case names it
-- (case_id) so that need-to-know and retention reach it; referral_id marks a referral taken off
-- an agenda by hand, which automatic listing then leaves alone.
create sequence meeting_change_seq start with 1 increment by 50;
create table meeting_change (
    id           bigint primary key,
    meeting_id   bigint references meeting (id),
    district_id  bigint references district (id),
    case_id      bigint,
    referral_id  bigint,
    changed_at   timestamp(6) with time zone not null,
    changed_by   varchar(64) not null,
    field        varchar(40) not null,
    old_value    varchar(4000),
    new_value    varchar(4000),
    reason       varchar(2000)
);
create index meeting_change_meeting_idx on meeting_change (meeting_id);
create index meeting_change_case_idx on meeting_change (case_id);

-- Earlier versions of a meeting's minutes record: a closed meeting reopened and closed again
-- keeps each record it replaced, with who replaced it, when and why.
create sequence meeting_minutes_version_seq start with 1 increment by 50;
create table meeting_minutes_version (
    id             bigint primary key,
    meeting_id     bigint not null references meeting (id),
    version_no     integer not null,
    closed_at      timestamp(6) with time zone not null,
    closed_by      varchar(64) not null,
    body           varchar(1000000) not null,
    replaced_at    timestamp(6) with time zone not null,
    replaced_by    varchar(64) not null,
    reason         varchar(2000) not null,
    unique (meeting_id, version_no)
);
