-- Module matching (its agenda room): what each meeting looked like in the last calendar file (ICS) a
-- participant downloaded, so the next file tells calendars of a change. A calendar keeps an event by
-- its UID and takes a new version only with a higher SEQUENCE: when a meeting's time or place differs
-- from the stamp, the sequence goes up by one. A meeting cancelled or no longer placed keeps its last
-- time here, so the file can still name it (STATUS:CANCELLED) and calendars take it off.

create table matching_agenda_stamp (
    meeting_id  bigint       not null primary key references matching_meeting (id) on delete cascade,
    starts_at   timestamp    not null,
    ends_at     timestamp    not null,
    -- TABLE:7 or BOOTH:A3
    place       varchar(20)  not null,
    cancelled   boolean      not null,
    sequence    integer      not null,
    stamped_at  timestamp    not null,
    constraint matching_agenda_stamp_sequence check (sequence >= 0)
);
