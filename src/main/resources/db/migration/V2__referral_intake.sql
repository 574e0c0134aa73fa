-- Referral intake: what the referral form (MARAC.md §2.3, §2.9) needs beyond V1.
-- Written for H2 and PostgreSQL alike. Sequences step by 50 to match Hibernate's allocationSize.

-- People: safe contact details (the victim's, chiefly) and phonetic name keys for matching.
alter table person add column phone varchar(40);
alter table person add column email varchar(254);
alter table person add column safe_to_call boolean;
alter table person add column safe_times varchar(200);
alter table person add column safe_contact varchar(400);
-- null until the keys in person_name_key are computed; a new key algorithm bumps the version
alter table person add column name_key_version integer;
create index person_dob_idx on person (date_of_birth);
create index person_name_key_version_idx on person (name_key_version);

create table person_name_key (
    person_id bigint not null references person (id),
    name_key  varchar(16) not null,
    primary key (person_id, name_key)
);
create index person_name_key_idx on person_name_key (name_key);

-- Cases: other people at risk beside the children.
create table case_other_at_risk (
    case_id   bigint not null references marac_case (id),
    person_id bigint not null references person (id),
    primary key (case_id, person_id)
);

-- Referrals. A referral that is not accepted has no case, so the victim is held on the referral.
alter table referral add column victim_id bigint references person (id);
update referral set victim_id = (select c.victim_id from marac_case c where c.id = referral.case_id);
alter table referral alter column victim_id set not null;
alter table referral alter column case_id drop not null;
create index referral_victim_idx on referral (victim_id);

alter table referral add column form_reference varchar(64);
alter table referral add constraint referral_form_reference_uq unique (form_reference);
alter table referral add constraint referral_status_chk
    check (status in ('DRAFT', 'ACCEPTED', 'IDVA_ONLY', 'DECLINED'));
alter table referral add column decision_reason varchar(4000);
alter table referral add column recorded_by varchar(64);
alter table referral add column recorded_at timestamp(6) with time zone;
alter table referral add column risk_result varchar(60000);

alter table referral add column referrer_role varchar(200);
alter table referral add column referrer_phone varchar(40);
alter table referral add column referrer_email varchar(254);
alter table referral add column manager_consulted boolean;

alter table referral add column victim_aware boolean;
alter table referral add column consent_given boolean;
alter table referral add column consent_note varchar(4000);

alter table referral add column victim_fears varchar(4000);
alter table referral add column safe_to_talk_to varchar(4000);
alter table referral add column not_safe_to_talk_to varchar(4000);
alter table referral add column victim_wants varchar(4000);

alter table referral add column police_reference varchar(64);
alter table referral add column crime_numbers varchar(400);

alter table referral add column previous_marac_area varchar(120);
alter table referral add column previous_marac_date date;
alter table referral add column transfer_in boolean default false not null;

-- Repeat (§2.9): set when the engine's repeat route is met for this victim and perpetrator pair;
-- last_listing_date is that pair's last listing before the referral (kept even when too old).
alter table referral add column repeat_referral boolean default false not null;
alter table referral add column last_listing_date date;

-- Flags: one row per flag instead of V1's comma-separated column, so the data return can count them.
create table referral_flag (
    referral_id bigint not null references referral (id),
    flag        varchar(40) not null,
    primary key (referral_id, flag),
    constraint referral_flag_chk check (flag in ('PETS', 'NO_RECOURSE_TO_PUBLIC_FUNDS', 'TECH_FACILITATED_ABUSE',
        'COUNTER_ALLEGATION', 'CAPVA', 'RURAL'))
);
insert into referral_flag (referral_id, flag)
    select id, 'PETS' from referral where ',' || flags || ',' like '%,PETS,%';
insert into referral_flag (referral_id, flag)
    select id, 'NO_RECOURSE_TO_PUBLIC_FUNDS' from referral where ',' || flags || ',' like '%,NO_RECOURSE_TO_PUBLIC_FUNDS,%';
insert into referral_flag (referral_id, flag)
    select id, 'TECH_FACILITATED_ABUSE' from referral where ',' || flags || ',' like '%,TECH_FACILITATED_ABUSE,%';
insert into referral_flag (referral_id, flag)
    select id, 'COUNTER_ALLEGATION' from referral where ',' || flags || ',' like '%,COUNTER_ALLEGATION,%';
insert into referral_flag (referral_id, flag)
    select id, 'CAPVA' from referral where ',' || flags || ',' like '%,CAPVA,%';
insert into referral_flag (referral_id, flag)
    select id, 'RURAL' from referral where ',' || flags || ',' like '%,RURAL,%';
update referral set transfer_in = true where ',' || flags || ',' like '%,TRANSFER_IN,%';
alter table referral drop column flags;

-- Who else a referral names, and how they relate to the victim (perpetrators, children, others at risk).
create sequence referral_person_seq start with 1 increment by 50;
create table referral_person (
    id                          bigint primary key,
    referral_id                 bigint not null references referral (id),
    person_id                   bigint not null references person (id),
    role                        varchar(16) not null,
    relationship_to_victim      varchar(80),
    relationship_to_perpetrator varchar(80),
    lives_with                  varchar(200),
    school                      varchar(200),
    note                        varchar(4000),
    version                     integer not null,
    constraint referral_person_role_chk check (role in ('PERPETRATOR', 'CHILD', 'OTHER_AT_RISK'))
);
create index referral_person_referral_idx on referral_person (referral_id);
create index referral_person_person_idx on referral_person (person_id);

-- Existing people an import found similar to the victim but did not merge: for the coordinator to review.
create table referral_possible_match (
    referral_id bigint not null references referral (id),
    person_id   bigint not null references person (id),
    score       integer not null,
    reasons     varchar(400) not null,
    primary key (referral_id, person_id)
);

-- Agencies or named people who must never receive anything about a case, each with the reason.
create sequence must_not_receive_seq start with 1 increment by 50;
create table must_not_receive (
    id          bigint primary key,
    case_id     bigint references marac_case (id),
    referral_id bigint references referral (id),
    agency_code varchar(40),
    person_name varchar(200),
    reason      varchar(4000) not null,
    added_on    date not null,
    version     integer not null,
    constraint must_not_receive_who_chk check (agency_code is not null or person_name is not null),
    constraint must_not_receive_owner_chk check (case_id is not null or referral_id is not null)
);
create index must_not_receive_case_idx on must_not_receive (case_id);
