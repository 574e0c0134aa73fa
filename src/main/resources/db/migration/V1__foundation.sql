-- MARAC Desk foundation schema. Sequences step by 50 to match Hibernate's allocationSize.

create sequence account_seq start with 1 increment by 50;
create table account (
    id            bigint primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(200) not null,
    role          varchar(32)  not null,
    agency_code   varchar(40),
    created_at    timestamp(6) with time zone not null,
    version       integer not null
);

create sequence person_seq start with 1 increment by 50;
create table person (
    id                 bigint primary key,
    given_name         varchar(200) not null,
    family_name        varchar(200) not null,
    aliases            varchar(2000),
    date_of_birth      date,
    gender             varchar(16),
    address_line1      varchar(300),
    town               varchar(120),
    postcode           varchar(12),
    district           varchar(120),
    ethnicity          varchar(120),
    disabled           boolean not null,
    lgbt               boolean not null,
    first_language     varchar(80),
    interpreter_needed boolean not null,
    version            integer not null
);
create index person_family_name_idx on person (family_name);
create index person_postcode_idx on person (postcode);

create sequence marac_case_seq start with 1 increment by 50;
create table marac_case (
    id          bigint primary key,
    reference   varchar(32) not null unique,
    victim_id   bigint not null references person (id),
    district    varchar(120),
    status      varchar(16) not null,
    opened_on   date not null,
    version     integer not null
);
create table case_perpetrator (
    case_id   bigint not null references marac_case (id),
    person_id bigint not null references person (id),
    primary key (case_id, person_id)
);
create table case_child (
    case_id   bigint not null references marac_case (id),
    person_id bigint not null references person (id),
    primary key (case_id, person_id)
);

create sequence referral_seq start with 1 increment by 50;
create table referral (
    id                     bigint primary key,
    case_id                bigint not null references marac_case (id),
    referral_date          date not null,
    referring_agency       varchar(40) not null,
    referrer_name          varchar(200),
    instrument_id          varchar(40) not null,
    instrument_version     varchar(20) not null,
    answers                varchar(20000) not null,
    score                  integer,
    band                   varchar(16),
    routes                 varchar(200),
    police_incidents       integer,
    professional_judgement varchar(4000),
    flags                  varchar(400),
    incident_summary       varchar(20000),
    victim_voice           varchar(20000),
    status                 varchar(16) not null,
    version                integer not null
);
create index referral_case_idx on referral (case_id);

create sequence meeting_seq start with 1 increment by 50;
create table meeting (
    id           bigint primary key,
    meeting_date date not null,
    district     varchar(120) not null,
    venue        varchar(200),
    is_virtual   boolean not null,
    cut_off      date not null,
    status       varchar(16) not null,
    version      integer not null
);

create sequence listing_seq start with 1 increment by 50;
create table listing (
    id             bigint primary key,
    meeting_id     bigint not null references meeting (id),
    case_id        bigint not null references marac_case (id),
    agenda_order   integer not null,
    repeat_listing boolean not null,
    version        integer not null,
    unique (meeting_id, case_id)
);
create index listing_case_idx on listing (case_id);

create sequence action_item_seq start with 1 increment by 50;
create table action_item (
    id           bigint primary key,
    case_id      bigint not null references marac_case (id),
    meeting_id   bigint references meeting (id),
    agency_code  varchar(40) not null,
    owner_name   varchar(200),
    target       varchar(16) not null,
    description  varchar(4000) not null,
    due_date     date,
    status       varchar(16) not null,
    completed_on date,
    note         varchar(4000),
    version      integer not null
);
create index action_item_case_idx on action_item (case_id);
