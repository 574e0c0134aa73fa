-- The actions agreed at a meeting, read by the minutes and the meeting view (issue 12): an index,
-- so that the minutes of one meeting do not scan every action the vault holds.
create index action_item_meeting_idx on action_item (meeting_id);
