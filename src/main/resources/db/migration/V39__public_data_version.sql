-- Module shared owns public_data_version (shared.web.cache.PublicDataVersion).
-- One row counting the committed changes that a public page may show: every write transaction that
-- publishes a Canting domain event counts it up once, last, just before it commits, so the count
-- and the change become visible together. Each app node reads it on every anonymous request of a
-- cached public page and serves its rendered copy only while the count is the one the copy was
-- rendered at: a change shows on the next request, on every node.
create table public_data_version (
    id       smallint primary key,
    version  bigint   not null
);

insert into public_data_version (id, version) values (1, 0);
