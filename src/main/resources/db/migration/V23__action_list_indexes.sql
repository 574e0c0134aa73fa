-- The action lists are filtered by status and agency and sorted by due date in SQL (issue 12's
-- paging): indexes so that a page of open or overdue actions does not scan every action. For H2
-- and PostgreSQL alike.
create index action_item_status_due_idx on action_item (status, due_date);
create index action_item_agency_status_idx on action_item (agency_code, status, due_date);
