-- Module certification owns verification_generation.
-- One row counting the status changes of certificates (suspended, reinstated, revoked, expired). Each
-- change counts it up in its own transaction; every app node reads it each second and drops its
-- in-memory verification cache when the count moved, so no node shows a stale status for long.
create table verification_generation (
    id          smallint primary key,
    generation  bigint   not null
);

insert into verification_generation (id, generation) values (1, 0);
