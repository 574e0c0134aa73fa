-- Referral fields of MARAC.md §2.3 the form did not yet hold (issue 16, decision 0046): the victim's
-- circumstances, the perpetrator's, and the police and court position. Plain columns on referral, so
-- the store's own encryption (the encrypted H2 vault; the server's encrypted volume) and the existing
-- row-level policies on referral cover them. For H2 and PostgreSQL alike.
alter table referral add column victim_occupation varchar(200);
alter table referral add column victim_gp varchar(400);
alter table referral add column victim_housing varchar(400);
alter table referral add column victim_landlord varchar(400);
alter table referral add column pregnant_or_recent_birth boolean;
alter table referral add column immigration_status varchar(200);
alter table referral add column victim_religion varchar(200);
alter table referral add column children_addresses varchar(4000);
alter table referral add column relationship_history varchar(4000);
alter table referral add column risks_and_triggers varchar(4000);
alter table referral add column wants_police_contact boolean;
alter table referral add column perpetrator_ethnicity varchar(200);
alter table referral add column perpetrator_disability varchar(400);
alter table referral add column perpetrator_housing varchar(400);
alter table referral add column officer_in_charge varchar(200);
alter table referral add column offences varchar(4000);
alter table referral add column crime_pnc_references varchar(400);
alter table referral add column civil_orders varchar(4000);
alter table referral add column bail_conditions varchar(4000);
alter table referral add column bail_until date;
alter table referral add column court_dates varchar(400);
