-- The accepted referrals waiting to be listed (issue 12, decision 0064): one row per referral that is
-- accepted and that no listing names, or that a listing of a cancelled meeting names -- exactly the
-- candidates casework/meetings/UnlistedReferrals used to find by reading one index entry per referral.
-- The database keeps it: triggers on referral, listing and meeting recompute the marker of each referral
-- a write touches (store/WaitingReferralTrigger on H2; the PostgreSQL script has the same rule in
-- PL/pgSQL), so every path -- services, bulk imports, the demo generator, corrections, plain SQL -- keeps
-- it true. A new table, so upgrading copies no existing table.
create table referral_waiting (
    referral_id bigint primary key references referral (id) on delete cascade
);

insert into referral_waiting (referral_id)
select r.id from referral r
where r.status = 'ACCEPTED'
  and (not exists (select 1 from listing l where l.referral_id = r.id)
       or exists (select 1 from listing l join meeting m on m.id = l.meeting_id
                  where l.referral_id = r.id and m.status = 'CANCELLED'));

create trigger referral_waiting_on_referral after insert, update on referral for each row
    call "org.maracdesk.store.WaitingReferralTrigger";
create trigger referral_waiting_on_listing after insert, update, delete on listing for each row
    call "org.maracdesk.store.WaitingReferralTrigger";
create trigger referral_waiting_on_meeting after update on meeting for each row
    call "org.maracdesk.store.WaitingReferralTrigger";
