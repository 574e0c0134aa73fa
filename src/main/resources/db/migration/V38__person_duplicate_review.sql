-- Possible duplicate people (issue 14, decision 0040): a flag the coordinator reviewed and judged to be two
-- different people leaves the review list; who decided and when are kept on the flag. A merge removes the
-- flags of the two records instead.
alter table referral_possible_match add column dismissed_at timestamp(6) with time zone;
alter table referral_possible_match add column dismissed_by varchar(64);
