-- The lapse list (decision 0032, issue 12) looks for cases whose last accepted referral or listing falls
-- near a date a repeat window before the meeting: by date range, not by reading every case's history.
create index referral_status_date_idx on referral (status, referral_date);
create index meeting_date_idx on meeting (meeting_date);
