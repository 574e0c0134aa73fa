-- A professionals' meeting recorded by mistake (the wrong case, a meeting that never took place) is taken off
-- the case by the coordinator, with the reason (issue 16, decision 0049). The row stays, marked removed, with
-- who removed it and when: the case's history keeps it and the minutes leave it out. One statement, as in H2's
-- script.
alter table professionals_meeting
    add column removed_at timestamp(6) with time zone,
    add column removed_by varchar(64),
    add column removal_reason varchar(2000);
