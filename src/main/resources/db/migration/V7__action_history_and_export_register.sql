-- Action tracking and exports (issue 5). Sequences step by 50 to match Hibernate's allocationSize.

-- Every status change of an action, with who made it and when; the action row holds the latest.
create sequence action_update_seq start with 1 increment by 50;
create table action_update (
    id              bigint primary key,
    action_id       bigint not null references action_item (id),
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(64) not null,
    previous_status varchar(16) not null,
    status          varchar(16) not null,
    completed_on    date,
    note            varchar(4000),
    constraint action_update_status_chk check (status in ('OPEN', 'DONE', 'NOT_POSSIBLE', 'NOT_DONE'))
);
create index action_update_action_idx on action_update (action_id);

-- The export register: who exported what, for whom, when, and a digest of the file written.
create sequence export_record_seq start with 1 increment by 50;
create table export_record (
    id          bigint primary key,
    exported_at timestamp(6) with time zone not null,
    exported_by varchar(64) not null,
    kind        varchar(32) not null,
    subject     varchar(200) not null,
    recipient   varchar(200) not null,
    format      varchar(8) not null,
    encrypted   boolean not null,
    file_sha256 varchar(64) not null
);
create index export_record_at_idx on export_record (exported_at);
