-- Module registry owns ikm_tally and the columns reported_semester and reported_workers of ikm.
-- ikm_tally holds, for ACTIVE IKM only, how many IKM and workers each province has per dimension
-- value: PROVINCE (the province itself), REGENCY, SENTRA (sentra id), TECHNIQUE, CATEGORY, DYE, KIND,
-- SIZE_CLASS, OWNER_GENDER, and WORKFORCE (the semester of the IKM's latest accepted report, or
-- REGISTRY when it has none; workers are then the report's, else the registry's). IkmTally keeps it
-- up to date in the same transaction as every change to an IKM or acceptance of a report, so the
-- figures read a few thousand narrow rows instead of aggregating every IKM; rows are never deleted
-- (a value whose IKM all left stays with 0 and the reads skip it).
-- reported_semester and reported_workers hold each IKM's latest accepted semester report (accepted
-- is final and reports are never deleted, so it only ever moves to a later semester).

alter table ikm add column reported_semester varchar(7);
alter table ikm add column reported_workers integer;

create table ikm_tally (
    dimension     varchar(12) not null,
    tally_key     varchar(20) not null,
    province_code varchar(2)  not null,
    ikm           bigint      not null,
    workers       bigint      not null,
    primary key (dimension, tally_key, province_code)
);

-- lastChangedAt of the headline figures: max(updated_at) as one index lookup
create index ikm_updated_at on ikm (updated_at);
create index sentra_updated_at on sentra (updated_at);

-- tally: initialise from the rows that exist (bench/analytics-vs-sql.sh runs the statements from this
-- line on again after generating its data; they expect an empty ikm_tally)
update ikm set reported_semester = (select max(r.semester) from semester_report r
                                    where r.ikm_id = ikm.id and r.status = 'ACCEPTED')
where exists (select 1 from semester_report r where r.ikm_id = ikm.id and r.status = 'ACCEPTED');
update ikm set reported_workers = (select r.workers_male + r.workers_female from semester_report r
                                   where r.ikm_id = ikm.id and r.semester = ikm.reported_semester)
where reported_semester is not null;

insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'PROVINCE', province_code, province_code, count(*), sum(workers_male + workers_female)
from ikm where status = 'ACTIVE' group by province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'REGENCY', regency_code, province_code, count(*), sum(workers_male + workers_female)
from ikm where status = 'ACTIVE' group by regency_code, province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'SENTRA', cast(sentra_id as varchar(20)), province_code, count(*), sum(workers_male + workers_female)
from ikm where status = 'ACTIVE' and sentra_id is not null group by sentra_id, province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'KIND', kind, province_code, count(*), sum(workers_male + workers_female)
from ikm where status = 'ACTIVE' group by kind, province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'SIZE_CLASS', size_class, province_code, count(*), sum(workers_male + workers_female)
from ikm where status = 'ACTIVE' group by size_class, province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'OWNER_GENDER', owner_gender, province_code, count(*), sum(workers_male + workers_female)
from ikm where status = 'ACTIVE' group by owner_gender, province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'TECHNIQUE', x.technique, i.province_code, count(*), sum(i.workers_male + i.workers_female)
from ikm_technique x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.technique, i.province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'CATEGORY', x.category, i.province_code, count(*), sum(i.workers_male + i.workers_female)
from ikm_category x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.category, i.province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'DYE', x.dye, i.province_code, count(*), sum(i.workers_male + i.workers_female)
from ikm_dye x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.dye, i.province_code;
insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)
select 'WORKFORCE', coalesce(reported_semester, 'REGISTRY'), province_code, count(*),
       sum(coalesce(reported_workers, workers_male + workers_female))
from ikm where status = 'ACTIVE' group by coalesce(reported_semester, 'REGISTRY'), province_code;
