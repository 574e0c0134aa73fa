-- The case list filtered, sorted and counted from indexes (issue 12). Lower-cased copies of the
-- searched columns are computed by the database itself, so that no write path (the window, imports,
-- the demo's bulk writes, corrections) can leave them stale, each with an index that a prefix match
-- ('smi%') can use. One ALTER per table: H2 copies a table to add columns (on a 100,000-case vault
-- about 25 s for person and 5 s for marac_case, once).
alter table person add (family_fold varchar(200) generated always as (lower(family_name)),
    given_fold varchar(200) generated always as (lower(given_name)));
alter table marac_case add (reference_fold varchar(32) generated always as (lower(reference)),
    district_fold varchar(120) generated always as (lower(district)));
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
