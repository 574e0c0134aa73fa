-- Tracker migration (issue 17): the case reference a MARAC's old spreadsheet tracker gave a
-- listing is kept on the referral brought across, so it can still be searched for. Not unique
-- (a tracker repeats it on every listing of the case). For H2 and PostgreSQL alike.
alter table referral add column external_reference varchar(64);
create index referral_external_reference_idx on referral (external_reference);
