-- The accepted referrals waiting to be listed (issue 12, decision 0064): one row per referral that is
-- accepted and that no listing names, or that a listing of a cancelled meeting names -- exactly the
-- candidates casework/meetings/UnlistedReferrals used to find by reading one index entry per referral.
-- The database keeps it: triggers on referral, listing and meeting recompute the marker of each referral
-- a write touches (the same rule as store/WaitingReferralTrigger on H2). The functions run as their owner
-- (SECURITY DEFINER), so a write by an account that cannot see every listing of a referral (row-level
-- security) still leaves the marker right; accounts read the table through row-level security as they read
-- referral_flag (setup.sql), and write it only through these triggers.
create table referral_waiting (
    referral_id bigint primary key references referral (id) on delete cascade
);

insert into referral_waiting (referral_id)
select r.id from referral r
where r.status = 'ACCEPTED'
  and (not exists (select 1 from listing l where l.referral_id = r.id)
       or exists (select 1 from listing l join meeting m on m.id = l.meeting_id
                  where l.referral_id = r.id and m.status = 'CANCELLED'));

create or replace function marac_referral_waiting_recompute(ids bigint[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    -- Two desks recomputing one referral at once take turns on its row (in id order, so never crosswise);
    -- each then sees what the other committed.
    perform 1 from referral r where r.id = any (ids) order by r.id for update;
    delete from referral_waiting where referral_id = any (ids);
    insert into referral_waiting (referral_id)
    select r.id from referral r
    where r.id = any (ids) and r.status = 'ACCEPTED'
      and (not exists (select 1 from listing l where l.referral_id = r.id)
           or exists (select 1 from listing l join meeting m on m.id = l.meeting_id
                      where l.referral_id = r.id and m.status = 'CANCELLED'))
    on conflict (referral_id) do nothing;
end
$$;

create or replace function marac_referral_waiting_on_write() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_table_name = 'referral' then
        perform marac_referral_waiting_recompute(array[new.id]);
    elsif tg_table_name = 'listing' then
        if tg_op = 'INSERT' then
            perform marac_referral_waiting_recompute(array[new.referral_id]);
        elsif tg_op = 'DELETE' then
            perform marac_referral_waiting_recompute(array[old.referral_id]);
        else
            perform marac_referral_waiting_recompute(array[old.referral_id, new.referral_id]);
        end if;
    else
        perform marac_referral_waiting_recompute(array(select l.referral_id from listing l
            where l.meeting_id = new.id and l.referral_id is not null));
    end if;
    return null;
end
$$;

create trigger marac_referral_waiting_new after insert on referral
    for each row execute function marac_referral_waiting_on_write();
create trigger marac_referral_waiting after update of status on referral
    for each row when (old.status is distinct from new.status) execute function marac_referral_waiting_on_write();
create trigger marac_referral_waiting_new after insert or delete on listing
    for each row execute function marac_referral_waiting_on_write();
create trigger marac_referral_waiting after update of referral_id, meeting_id on listing
    for each row when (old.referral_id is distinct from new.referral_id or old.meeting_id is distinct from new.meeting_id)
    execute function marac_referral_waiting_on_write();
create trigger marac_referral_waiting after update of status on meeting
    for each row when (old.status is distinct from new.status) execute function marac_referral_waiting_on_write();
