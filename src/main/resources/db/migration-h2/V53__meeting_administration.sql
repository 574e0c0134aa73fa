-- Meeting administration a MARAC records weekly (issue 16, MARAC.md §2.4, §2.5, §2.7; decision 0059).
-- Local settings gain three timescales, each null in versions saved before this one (read as the built-in
-- values): minutes are sent within N working days of the meeting (Derbyshire: 3), referrals close N working
-- days before the meeting (the default cut-off when a meeting is set up: 5), and the longest wait from an
-- accepted referral to its hearing, in days (28), past which a waiting referral is marked and counted.
-- H2 copies a whole table for each ALTER TABLE ... ADD COLUMN, so each table's columns come in one statement
-- (docs/performance.md, session 7); PostgreSQL's script adds the same columns in its own syntax.
alter table marac_settings add column (
    minutes_within_days integer,
    referral_cutoff_days integer,
    longest_wait_days integer
);
-- An agency's signed information-sharing agreement: the date it was signed and by whom, as a role or title
-- (for example "Chief Executive"), never a person's home details. Null: no signed agreement on file.
alter table marac_agency add column (
    isa_signed_on date,
    isa_signed_by varchar(200)
);
-- An apology: the date the agency's information arrived, when it sent some (info_sent already says whether).
alter table attendance add column info_received_on date;
