-- Children's addresses follow the safe-contact rule (issue 16, decision 0070). For H2 and PostgreSQL alike.
--
-- A referral's "children living elsewhere" (V44) said where a child lives when not with the victim: as much a
-- safe address as the victim's own, and a perpetrator looking for the children looks there. On a shared server
-- row-level security hides rows, not columns, so the column moves out of referral into a table of its own, as
-- the victim's contact details moved into person_contact (V27, decision 0031). db/server/setup.sql lets an
-- account read its rows only where the safe-contact rule lets it see safe addresses. A referral with nothing to
-- hide has no row.
create table referral_safe_detail (
    referral_id        bigint primary key references referral (id) on delete cascade,
    children_addresses varchar(4000)
);
insert into referral_safe_detail (referral_id, children_addresses)
    select id, children_addresses from referral where children_addresses is not null;
alter table referral drop column children_addresses;
