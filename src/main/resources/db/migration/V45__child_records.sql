-- Children as victims in their own right (issue 16, decision 0047). A child stays a person linked to the
-- case through case_child (as since V1); what is known of the child as a child is one row per child and
-- case: school, social worker, plan status and the Operation Encompass notification. A row exists once
-- something has been recorded; a child without one reads as "plan status not known". For H2 and
-- PostgreSQL alike; in shared mode setup.sql puts it under the case rows' policies.
create sequence child_record_seq start with 1 increment by 50;
create table child_record (
    id                    bigint primary key,
    case_id               bigint not null references marac_case (id),
    person_id             bigint not null references person (id),
    school                varchar(200),
    social_worker_name    varchar(200),
    social_worker_agency  varchar(200),
    social_worker_contact varchar(200),
    plan_status           varchar(24) not null,
    encompass_notified_on date,
    encompass_notified_by varchar(200),
    version               integer not null,
    constraint child_record_case_person_uq unique (case_id, person_id),
    constraint child_record_plan_chk check (plan_status in ('NONE', 'CHILD_IN_NEED', 'CHILD_PROTECTION',
        'LOOKED_AFTER', 'EARLY_HELP', 'NOT_KNOWN'))
);
create index child_record_person_ix on child_record (person_id);

-- An action may name the child it is for (target CHILD); null for every action before this and for the rest.
alter table action_item add column target_person_id bigint references person (id);

-- Agencies that work with children (children's social care, education, Cafcass by default): a case with
-- children lists them first. The coordinator may mark others in This MARAC's agencies.
alter table marac_agency add column for_children boolean default false not null;
update marac_agency set for_children = true where code in ('csc', 'education', 'cafcass');
