-- Removing an account deletes its key slot; the row stays (inactive) so the audit trail keeps
-- meaning who did what.
alter table account add column active boolean default true not null;
