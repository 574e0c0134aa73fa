-- Closing a case (issue 14): when, why and with what outcome. The retention periods count from the
-- latest of the case's opening, last referral, last listing and closure. For H2 and PostgreSQL alike.
alter table marac_case add column closed_on date;
alter table marac_case add column closure_outcome varchar(40);
alter table marac_case add column closure_reason varchar(2000);
