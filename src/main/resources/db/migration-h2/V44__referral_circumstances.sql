-- Referral fields of MARAC.md §2.3 the form did not yet hold (issue 16, decision 0046): the victim's
-- circumstances, the perpetrator's, and the police and court position. Plain columns on referral, so
-- the store's own encryption (the encrypted H2 vault; the server's encrypted volume) and the existing
-- row-level policies on referral cover them.
-- H2 copies the whole table for each ALTER TABLE ... ADD COLUMN (minutes each on a 100,000-case vault),
-- so all columns are added in one statement; PostgreSQL's script does the same in its own syntax.
alter table referral add column (
    victim_occupation varchar(200),
    victim_gp varchar(400),
    victim_housing varchar(400),
    victim_landlord varchar(400),
    pregnant_or_recent_birth boolean,
    immigration_status varchar(200),
    victim_religion varchar(200),
    children_addresses varchar(4000),
    relationship_history varchar(4000),
    risks_and_triggers varchar(4000),
    wants_police_contact boolean,
    perpetrator_ethnicity varchar(200),
    perpetrator_disability varchar(400),
    perpetrator_housing varchar(400),
    officer_in_charge varchar(200),
    offences varchar(4000),
    crime_pnc_references varchar(400),
    civil_orders varchar(4000),
    bail_conditions varchar(4000),
    bail_until date,
    court_dates varchar(400)
);
