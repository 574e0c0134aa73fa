-- A person's address and contact details move to their own table, so that a shared server can hide
-- them, row by row, from accounts the safe-contact rule (casework/SafeContactRule) does not let see
-- them: row-level security hides rows, not columns (decision 0031). Person maps it as a secondary
-- table; a person with none of these details has no row. For H2 and PostgreSQL alike.
create table person_contact (
    person_id     bigint primary key references person (id),
    address_line1 varchar(300),
    town          varchar(120),
    postcode      varchar(12),
    phone         varchar(40),
    email         varchar(254),
    safe_to_call  boolean,
    safe_times    varchar(200),
    safe_contact  varchar(400)
);
insert into person_contact (person_id, address_line1, town, postcode, phone, email, safe_to_call, safe_times,
                            safe_contact)
select id, address_line1, town, postcode, phone, email, safe_to_call, safe_times, safe_contact from person
where address_line1 is not null or town is not null or postcode is not null or phone is not null
   or email is not null or safe_to_call is not null or safe_times is not null or safe_contact is not null;
drop index person_postcode_idx;
alter table person drop column address_line1;
alter table person drop column town;
alter table person drop column postcode;
alter table person drop column phone;
alter table person drop column email;
alter table person drop column safe_to_call;
alter table person drop column safe_times;
alter table person drop column safe_contact;
create index person_contact_postcode_idx on person_contact (postcode);
