-- The case list's filter reads every case whose district or reference starts with a typed word, with
-- what the list orders and pages by (CaseFilter). On (district_fold, id) alone each of those cases
-- cost a second read in the table: a whole district (25,000 of 100,000 cases) took about a second
-- while the vault's pages were not yet in memory (issue 12, P4). These replace the two indexes with
-- ones that also hold the columns the filter reads, so the database answers from the index alone.
-- They begin with the same columns, so everything the old ones served they still serve.
drop index marac_case_district_fold_idx;
drop index marac_case_reference_fold_idx;
create index marac_case_district_fold_idx on marac_case (district_fold, id, status, opened_on, reference_fold, victim_id);
create index marac_case_reference_fold_idx on marac_case (reference_fold, id, status, opened_on, district_fold, victim_id);
