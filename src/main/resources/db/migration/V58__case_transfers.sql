-- Transfers between MARACs as steps (issue 16, MARAC.md §2.9, decision 0068). For H2 and PostgreSQL alike;
-- db/server/setup.sql gives the table its row-level policies.
--
-- A victim who moves area takes the case with them: a transfer IN comes from another MARAC (the referral's
-- "transfer in" and "previous MARAC area" say so on the agenda), a transfer OUT goes to one. The steps a MARAC
-- follows: the previous minutes and action plans received (IN) or sent (OUT), and the Idva-to-Idva handover
-- arranged with the other area's Idva service. Papers sent out are a disclosure: the lawful basis and its
-- wording as they stood, and consent, as on every other disclosure (decision 0048). Changes are kept in
-- record_change (record type case_transfer) with old and new values.
create table case_transfer (
    id                   bigint primary key,
    case_id              bigint not null references marac_case (id),
    direction            varchar(3) not null,
    other_area           varchar(200) not null,
    moved_on             date,
    papers_on            date,
    lawful_basis         varchar(32),
    lawful_basis_wording varchar(500),
    consent              varchar(16),
    consent_reason       varchar(1000),
    handover_on          date,
    handover_service     varchar(200),
    note                 varchar(2000),
    recorded_by          varchar(64) not null,
    recorded_at          timestamp(6) with time zone not null,
    version              integer not null
);
create sequence case_transfer_seq start with 1 increment by 50;
create index case_transfer_case_idx on case_transfer (case_id);
