-- Issue 16 (decision 0061), for H2 and PostgreSQL alike.
--
-- The MARAC's speaking order: who speaks first on each case at the meeting (MARAC.md §2.8). One row per
-- place, 1 first; an entry is an agency code (marac_agency.code) or the word 'referrer', which stands for the
-- agency that referred the case. Agencies not named speak after those named, in the agency list's order
-- (children's agencies first for a case with children, decision 0047). The coordinator changes it in Set-up →
-- Agencies; each change is in record_change (record type speaking_order, id 0) with the old and new order, and
-- in the audit trail. Not case data: every account reads it; db/server/setup.sql lets only the coordinator
-- write it. The common practice the domain notes describe is the starting point.
create table speaking_order (
    place      integer primary key,
    entry_code varchar(40) not null unique
);
insert into speaking_order (place, entry_code) values (1, 'referrer');
insert into speaking_order (place, entry_code) values (2, 'police');
insert into speaking_order (place, entry_code) values (3, 'idva');

-- The schools' review section (MARAC.md §2.6, Hertfordshire toolkit): for a repeat listing an education
-- agency completes only a review: whether the child is still on the school's roll (YES / NO / NOT_KNOWN)
-- and what has changed since the case was last listed. Null on every other request; a request with a review
-- has no facts, opinion or not-shared text of its own.
alter table research_request add column review_on_roll varchar(16);
alter table research_request add column review_changes varchar(20000);
