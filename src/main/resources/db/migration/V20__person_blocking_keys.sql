-- Blocking keys for person matching (casework/matching/BlockingKeys): N:<phonetic key> of the
-- family name and of each alias, U:<phonetic key> the same for people whose date of birth is
-- unknown, D:<date of birth>, P:<postcode without spaces>. A search looks up the keys of the person
-- looked for through the index and scores only the people found, never all people.
-- Rows for people stored before this version are written by the application on first use:
-- name_key_version (indexed since V2) is raised to 2, so NameKeyIndex keys every older person again.
-- V20, not V9: numbered high so that it stays after migrations written at the same time elsewhere.
create table person_blocking_key (
    person_id bigint not null references person (id) on delete cascade,
    block_key varchar(40) not null,
    primary key (person_id, block_key)
);
create index person_blocking_key_idx on person_blocking_key (block_key, person_id);
