-- A professionals' meeting recorded by mistake (the wrong case, a meeting that never took place) is taken off
-- the case by the coordinator, with the reason (issue 16, decision 0049). The row stays, marked removed, with
-- who removed it and when: the case's history keeps it and the minutes leave it out. One statement (H2 copies
-- the whole table for each ADD COLUMN, docs/performance.md session 7); PostgreSQL's script is the same in its
-- own syntax.
alter table professionals_meeting add column (
    removed_at timestamp(6) with time zone,
    removed_by varchar(64),
    removal_reason varchar(2000)
);
