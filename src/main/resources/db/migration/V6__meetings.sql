-- Meetings (MARAC.md §2.4-§2.10): agencies and their representatives, areas and districts,
-- meeting set-up with district time slots, research requests, attendance, the per-case meeting
-- record, proposed actions and the minutes record. For H2 and PostgreSQL alike.

-- Agencies invited to research and to the meeting: codes as in the Agency enum; names editable.
create table marac_agency (
    code          varchar(40) primary key,
    name          varchar(200) not null,
    active        boolean not null,
    sort_order    integer not null,
    version       integer not null
);
insert into marac_agency (code, name, active, sort_order, version) values
    ('police', 'Police', true, 1, 0),
    ('idva', 'Idva service', true, 2, 0),
    ('csc', 'Children''s social care', true, 3, 0),
    ('asc', 'Adult social care', true, 4, 0),
    ('gp', 'GP / primary care', true, 5, 0),
    ('acute-health', 'Acute health', true, 6, 0),
    ('mental-health', 'Mental health', true, 7, 0),
    ('housing', 'Housing', true, 8, 0),
    ('probation', 'Probation', true, 9, 0),
    ('education', 'Education', true, 10, 0),
    ('substance-misuse', 'Substance misuse', true, 11, 0),
    ('specialist', 'Specialist services', true, 12, 0);

create sequence agency_representative_seq start with 1 increment by 50;
create table agency_representative (
    id           bigint primary key,
    agency_code  varchar(40) not null references marac_agency (code),
    name         varchar(200) not null,
    job_title    varchar(200),
    email        varchar(254),
    phone        varchar(40),
    version      integer not null
);
create index agency_representative_agency_idx on agency_representative (agency_code);

create sequence marac_area_seq start with 1 increment by 50;
create table marac_area (
    id       bigint primary key,
    name     varchar(120) not null unique,
    version  integer not null
);
create sequence district_seq start with 1 increment by 50;
create table district (
    id       bigint primary key,
    area_id  bigint not null references marac_area (id),
    name     varchar(120) not null,
    version  integer not null,
    unique (area_id, name)
);

-- Meetings: area, chair, circulation, closing, and the meeting-level record.
alter table meeting add column area_id bigint references marac_area (id);
alter table meeting add column chair_name varchar(200);
alter table meeting add column circulated_at timestamp(6) with time zone;
alter table meeting add column closed_at timestamp(6) with time zone;
alter table meeting add column closed_by varchar(64);
alter table meeting add column any_other_business varchar(20000);
alter table meeting add column lapse_note varchar(4000);

create sequence meeting_slot_seq start with 1 increment by 50;
create table meeting_slot (
    id          bigint primary key,
    meeting_id  bigint not null references meeting (id),
    district    varchar(120) not null,
    starts_at   time not null,
    ends_at     time not null,
    version     integer not null
);
create index meeting_slot_meeting_idx on meeting_slot (meeting_id);

-- Listings: why listed (the referral), markers, and the per-case meeting record.
alter table listing add column referral_id bigint references referral (id);
alter table listing add column transfer_in boolean default false not null;
alter table listing add column risks_to_victim varchar(20000);
alter table listing add column risks_to_children varchar(20000);
alter table listing add column risks_to_others varchar(20000);
alter table listing add column risks_from_perpetrator varchar(20000);
alter table listing add column safety_plan varchar(20000);
alter table listing add column crimes_disclosed varchar(20000);
alter table listing add column notes varchar(20000);
alter table listing add column seconds_spent integer default 0 not null;
create index listing_meeting_idx on listing (meeting_id);

-- One research request per agency per listed case.
create sequence research_request_seq start with 1 increment by 50;
create table research_request (
    id                 bigint primary key,
    listing_id         bigint not null references listing (id),
    agency_code        varchar(40) not null,
    check_victim       boolean not null,
    check_perpetrator  boolean not null,
    check_children     boolean not null,
    facts              varchar(20000),
    opinion            varchar(20000),
    not_shared         varchar(20000),
    status             varchar(16) not null,
    requested_at       timestamp(6) with time zone not null,
    submitted_at       timestamp(6) with time zone,
    submitted_by       varchar(64),
    version            integer not null,
    unique (listing_id, agency_code),
    constraint research_request_status_chk check (status in ('PENDING', 'SUBMITTED'))
);
create index research_request_agency_idx on research_request (agency_code);

-- Confidentiality sign-in: attendees by agency, observers, apologies.
create sequence attendance_seq start with 1 increment by 50;
create table attendance (
    id           bigint primary key,
    meeting_id   bigint not null references meeting (id),
    kind         varchar(16) not null,
    agency_code  varchar(40),
    name         varchar(200),
    info_sent    boolean not null,
    signed_at    timestamp(6) with time zone not null,
    version      integer not null,
    constraint attendance_kind_chk check (kind in ('ATTENDEE', 'OBSERVER', 'APOLOGY'))
);
create index attendance_meeting_idx on attendance (meeting_id);

-- Actions an agency proposes before the meeting; agreeing one at the meeting makes an action.
create sequence proposed_action_seq start with 1 increment by 50;
create table proposed_action (
    id            bigint primary key,
    listing_id    bigint not null references listing (id),
    agency_code   varchar(40) not null,
    owner_name    varchar(200),
    target        varchar(16) not null,
    description   varchar(4000) not null,
    due_date      date,
    proposed_by   varchar(64) not null,
    proposed_at   timestamp(6) with time zone not null,
    agreed_action_id bigint references action_item (id),
    version       integer not null
);
create index proposed_action_listing_idx on proposed_action (listing_id);

-- Actions: review at a later meeting, and carrying forward.
alter table action_item add column reviewed_at_meeting_id bigint references meeting (id);
alter table action_item add column carried_from_id bigint references action_item (id);
alter table action_item add column carried_forward_count integer default 0 not null;

-- The minutes record written when a meeting closes (exports come later); a JSON snapshot.
create table meeting_minutes (
    meeting_id  bigint primary key references meeting (id),
    closed_at   timestamp(6) with time zone not null,
    closed_by   varchar(64) not null,
    body        varchar(1000000) not null,
    version     integer not null
);
