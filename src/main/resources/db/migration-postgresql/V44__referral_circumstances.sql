-- Referral fields of MARAC.md §2.3 the form did not yet hold (issue 16, decision 0046): the victim's
-- circumstances, the perpetrator's, and the police and court position. Plain columns on referral, so
-- the store's own encryption (the encrypted H2 vault; the server's encrypted volume) and the existing
-- row-level policies on referral cover them.
-- One statement, as H2's script (H2 copies the table for each ALTER TABLE ... ADD COLUMN).
alter table referral
    add column victim_occupation varchar(200),
    add column victim_gp varchar(400),
    add column victim_housing varchar(400),
    add column victim_landlord varchar(400),
    add column pregnant_or_recent_birth boolean,
    add column immigration_status varchar(200),
    add column victim_religion varchar(200),
    add column children_addresses varchar(4000),
    add column relationship_history varchar(4000),
    add column risks_and_triggers varchar(4000),
    add column wants_police_contact boolean,
    add column perpetrator_ethnicity varchar(200),
    add column perpetrator_disability varchar(400),
    add column perpetrator_housing varchar(400),
    add column officer_in_charge varchar(200),
    add column offences varchar(4000),
    add column crime_pnc_references varchar(400),
    add column civil_orders varchar(4000),
    add column bail_conditions varchar(4000),
    add column bail_until date,
    add column court_dates varchar(400);
