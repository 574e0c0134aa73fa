-- Local settings (issue 16, decision 0035): a MARAC's own visible-high-risk threshold, the start of the
-- medium band, the police incidents that meet potential escalation, the repeat window in months and
-- the risk instruments in use. Each change adds a numbered version (never changed afterwards) with who
-- and when; the values before and after are also in record_change. No row means version 0, the
-- built-in SafeLives defaults (14, 10, 3, 12 months, every bundled instrument).
-- A referral keeps the version it was scored under; referrals recorded before this version were all
-- scored under the built-in defaults, so they get 0.
-- For H2 and PostgreSQL alike.
create table marac_settings (
    version              integer primary key,
    visible_high_risk    integer not null,
    medium_from          integer not null,
    escalation_incidents integer not null,
    repeat_window_months integer not null,
    instruments          varchar(400) not null,
    changed_at           timestamp(6) with time zone not null,
    changed_by           varchar(64) not null,
    reason               varchar(2000) not null
);
alter table referral add column settings_version integer;
update referral set settings_version = 0;
