-- Action types as data (issue 16): the list a MARAC reports on, which the coordinator may extend,
-- rename or retire. DETAILS says which type-specific fields an action of the type carries
-- (action_item.detail_text and detail_date): a school and the date it was told for an Operation
-- Encompass notification, the order and its date for a civil order, the date of a disclosure.
-- Every action has a type; those agreed before this migration become OTHER, their wording kept as it
-- was. Same SQL on H2 and PostgreSQL. See docs/decisions/0036-action-types-flags-dash27.md.
create table action_type (
    code        varchar(40) primary key,
    name        varchar(200) not null,
    details     varchar(24) not null,
    active      boolean not null,
    sort_order  integer not null,
    version     integer not null,
    constraint action_type_details_chk check (details in ('NONE', 'SCHOOL_AND_DATE', 'ORDER_AND_DATE', 'DATE'))
);
insert into action_type (code, name, details, active, sort_order, version) values
    ('SAFEGUARDING_REFERRAL', 'Safeguarding referral', 'NONE', true, 10, 0),
    ('OPERATION_ENCOMPASS', 'Operation Encompass notification', 'SCHOOL_AND_DATE', true, 20, 0),
    ('FLAG_AND_TAG', 'Flag and tag marker', 'NONE', true, 30, 0),
    ('TARGET_HARDENING', 'Target hardening', 'NONE', true, 40, 0),
    ('HOUSING_MOVE', 'Housing move', 'NONE', true, 50, 0),
    ('CIVIL_ORDER', 'Civil order', 'ORDER_AND_DATE', true, 60, 0),
    ('DVDS_DISCLOSURE', 'Domestic Violence Disclosure Scheme disclosure', 'DATE', true, 70, 0),
    ('OTHER', 'Other', 'NONE', true, 1000, 0);

alter table action_item add column type_code varchar(40) default 'OTHER' not null;
alter table action_item add column detail_text varchar(400);
alter table action_item add column detail_date date;
alter table action_item add constraint action_item_type_fk foreign key (type_code) references action_type (code);
-- The Actions list filters open actions by type; reports count overdue actions by type.
create index action_item_type_status_idx on action_item (type_code, status, due_date);
