-- Minutes frozen at close (issue 15, decision 0033).
--
-- Who was present for which cases: an attendee present for the whole meeting (ALL), only for the
-- children's cases (CHILDREN: "left after the children's cases"), or only for one district's slot
-- (SLOT, with the district). An agency's copy of the minutes holds a case it was present for.
alter table attendance add column present_for varchar(16) default 'ALL' not null;
alter table attendance add column slot_district varchar(120);
alter table attendance add constraint attendance_present_for_chk check (present_for in ('ALL', 'CHILDREN', 'SLOT'));

-- The export register says which meeting and which version of its frozen minutes record a copy
-- was made from, and the SHA-256 of the copy's content (the same for every copy of that version
-- for that recipient, whenever it is exported), so the coordinator can see who holds a superseded one.
alter table export_record add column meeting_id bigint;
alter table export_record add column minutes_version integer;
alter table export_record add column content_sha256 varchar(64);
create index export_record_meeting_idx on export_record (meeting_id);
