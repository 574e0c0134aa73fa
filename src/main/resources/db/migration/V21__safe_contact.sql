-- The victim's safe address and contact details are a field-level part of the need-to-know rule
-- (casework/SafeContactRule): coordinators always see them; of the agencies, those marked here.
-- The police and the Idva service by default; the coordinator changes it for their MARAC.
-- For H2 and PostgreSQL alike.
alter table marac_agency add column sees_safe_contact boolean default false not null;
update marac_agency set sees_safe_contact = true where code in ('police', 'idva');
