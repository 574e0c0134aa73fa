-- Crimes disclosed at MARAC (issue 15): one row per crime the meeting heard of, in place of the
-- free-text field on the listing: what, when, against whom (victim, child or other; a person of the
-- case where one is named), which agency disclosed it, and the police reference once police have
-- recorded it. Written while the meeting is open; the police reference can be added later.
-- Changes are kept in record_change (record_type 'crime'); the audit trail keeps ids and digests.
-- This file differs between H2 and PostgreSQL only in how the next sequence value is asked for.
create sequence crime_disclosed_seq start with 1 increment by 50;
create table crime_disclosed (
    id                  bigint primary key,
    listing_id          bigint not null references listing (id),
    case_id             bigint not null references marac_case (id),
    meeting_id          bigint not null references meeting (id),
    description         varchar(20000) not null,
    occurred_on         date,
    occurred_note       varchar(200),
    against             varchar(16),
    person_id           bigint references person (id),
    against_note        varchar(200),
    disclosed_by        varchar(40),
    police_reference    varchar(100),
    police_reference_at timestamp(6) with time zone,
    police_reference_by varchar(64),
    from_free_text      boolean not null,
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(64) not null,
    version             integer not null
);
create index crime_disclosed_listing_idx on crime_disclosed (listing_id);
create index crime_disclosed_case_idx on crime_disclosed (case_id);
create index crime_disclosed_meeting_idx on crime_disclosed (meeting_id);

-- What was typed into the free-text field becomes one entry per listing, whole (up to 20,000
-- characters as before), marked as moved from the free text so the meeting view asks for it to be
-- completed; the listing's column keeps its copy, so nothing is lost.
insert into crime_disclosed (id, listing_id, case_id, meeting_id, description, from_free_text, created_at,
                             created_by, version)
select next value for crime_disclosed_seq, l.id, l.case_id, l.meeting_id, l.crimes_disclosed, true, current_timestamp, 'migration', 0
from listing l where l.crimes_disclosed is not null and trim(l.crimes_disclosed) <> '';
