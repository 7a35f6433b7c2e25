-- Module matching owns matching_outcome_reminder: which reminder to report a meeting's outcome was
-- written to the outbox for which side and checkpoint. Its primary key is the guard against sending a
-- reminder twice when several nodes run the reminder job at once: the node whose insert wins writes the
-- message in the same transaction; the other's insert fails and it skips that reminder.

create table matching_outcome_reminder (
    meeting_id  bigint       not null references matching_meeting (id),
    side        varchar(6)   not null,
    checkpoint  varchar(13)  not null,
    sent_at     timestamp    not null,
    primary key (meeting_id, side, checkpoint)
);

-- the outcomes' reads by meeting (the unique key leads with meeting_id already) and the KPIs' join
-- from an event's meetings: matching_meeting_event covers it
