-- Pre-meeting action planning and professionals' meetings (issue 16, decision 0049). For H2 and
-- PostgreSQL alike; db/server/setup.sql gives the new table its row-level policies.
--
-- A proposed action gets the action type the agency proposes (null on proposals made before types, read as
-- Other), who withdrew it (withdrawn_at exists since V9: a must-not-receive entry withdraws too, then
-- withdrawn_by stays null), and the meeting's decision not to agree it, with when, by whom and why.
alter table proposed_action add column type_code varchar(40);
alter table proposed_action add column withdrawn_by varchar(64);
alter table proposed_action add column declined_at timestamp(6) with time zone;
alter table proposed_action add column declined_by varchar(64);
alter table proposed_action add column declined_reason varchar(2000);

-- A professionals' meeting held about a case outside MARAC (a strategy or safety-planning meeting):
-- when, which agencies were there (agency codes, comma-separated, in the agency list's order), what it
-- decided and the actions it agreed, as the person recording it typed them. Changes are kept in
-- record_change (record type professionals_meeting) with old and new values.
create sequence professionals_meeting_seq start with 1 increment by 50;
create table professionals_meeting (
    id            bigint primary key,
    case_id       bigint not null references marac_case (id),
    meeting_date  date not null,
    agencies      varchar(2000) not null,
    outcome       varchar(4000),
    actions_agreed varchar(4000),
    recorded_by   varchar(64) not null,
    recorded_at   timestamp(6) with time zone not null,
    version       integer not null
);
create index professionals_meeting_case_idx on professionals_meeting (case_id);
