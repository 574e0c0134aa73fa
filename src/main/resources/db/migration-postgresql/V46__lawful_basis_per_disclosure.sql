-- Lawful basis and consent recorded on each disclosure (issue 16, decision 0048).
-- The local settings keep the MARAC's list of lawful bases, one CODE=wording a line; null in a version means
-- the built-in list (LawfulBasis.DEFAULTS), which is what every version saved before this one had.
-- One statement per table, as in H2's script (H2 copies a whole table for each ADD COLUMN).
alter table marac_settings add column lawful_bases varchar(4000);
-- A disclosure keeps the basis code and its wording as they were when it was made, the consent state (GIVEN,
-- REFUSED, NOT_SOUGHT; null: not recorded) and, when it went ahead without consent, the reason.
-- Research submissions (the research request, set when it is submitted) ...
alter table research_request
    add column lawful_basis varchar(32),
    add column lawful_basis_wording varchar(500),
    add column consent varchar(16),
    add column consent_reason varchar(1000);
-- ... and the export register (copies of the minutes and every other export that registers).
alter table export_record
    add column lawful_basis varchar(32),
    add column lawful_basis_wording varchar(500),
    add column consent varchar(16),
    add column consent_reason varchar(1000);
-- Rows from before this version recorded no basis: they stay null and are shown as "not recorded".
