-- Opening the Meetings area looks for accepted referrals waiting to be listed
-- (casework/meetings/UnlistedReferrals): the referrals named on cancelled meetings are found through
-- the meeting's status instead of reading every meeting row, and the test for a referral taken off a
-- meeting by a correction (meeting_change.referral_id) is an index lookup. Indexes only.
create index if not exists meeting_status_idx on meeting (status, id);
create index if not exists meeting_change_referral_idx on meeting_change (referral_id);
