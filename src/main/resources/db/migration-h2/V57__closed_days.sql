-- A MARAC's own days off besides England and Wales bank holidays (issue 16, decision 0067): a one-off bank holiday
-- not yet known to the application, or days the office is closed. Working-day timescales (minutes sent within N
-- working days, the referral cut-off) skip them. ISO dates, comma-separated; null in versions saved before this.
alter table marac_settings add column closed_days varchar(800);
