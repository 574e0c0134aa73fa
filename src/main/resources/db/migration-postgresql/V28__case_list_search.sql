-- The case list filtered, sorted and counted from indexes (issue 12); see the H2 script beside this
-- one for why the lower-cased copies are generated columns.
alter table person add column family_fold varchar(200) generated always as (lower(family_name)) stored,
    add column given_fold varchar(200) generated always as (lower(given_name)) stored;
alter table marac_case add column reference_fold varchar(32) generated always as (lower(reference)) stored,
    add column district_fold varchar(120) generated always as (lower(district)) stored;
create index person_family_fold_idx on person (family_fold, id);
create index person_given_fold_idx on person (given_fold, id);
create index marac_case_reference_fold_idx on marac_case (reference_fold, id);
create index marac_case_district_fold_idx on marac_case (district_fold, id);
create index marac_case_victim_idx on marac_case (victim_id);
create index marac_case_opened_idx on marac_case (opened_on, id);
create index marac_case_status_idx on marac_case (status, opened_on, id);
-- The referrals that may be waiting to be listed, found from two index-only reads (AutoLister).
create index referral_status_idx on referral (status, id);
create index listing_referral_idx on listing (referral_id);
