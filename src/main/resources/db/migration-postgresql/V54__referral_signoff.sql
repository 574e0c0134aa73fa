-- Referral sign-off (issue 16, decision 0060): as H2's script, in PostgreSQL's syntax.
alter table referral
    add column ric_attached boolean,
    add column manager_signoff varchar(200),
    add column manager_signoff_on date;
create table signoff_rule (
    version    integer primary key,
    required   boolean not null,
    changed_at timestamp(6) with time zone not null,
    changed_by varchar(64) not null,
    reason     varchar(2000) not null
);
