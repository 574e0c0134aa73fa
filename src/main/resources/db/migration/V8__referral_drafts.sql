-- Referral drafts (decision 0011): a referral typed on screen is saved as a DRAFT row before it is
-- complete, so it may not have a victim or a referring agency yet. Everything entered so far is
-- held as one JSON document in draft_form; people are created only when the referral is decided,
-- so half-typed names never reach person matching. A decided referral must have its victim.
alter table referral alter column victim_id drop not null;
alter table referral alter column referring_agency drop not null;
alter table referral add column draft_form varchar(200000);
alter table referral add constraint referral_decided_has_victim_chk
    check (status = 'DRAFT' or victim_id is not null);
