-- How to run: psql -v ikm=1000000 -f bench/analytics/generate.sql (after Flyway created the schema; then
-- fill ikm_tally with V10's initialisation statements, as bench/analytics-vs-sql.sh does)
-- A deterministic scaled registry: 10,000 sentra over all 514 regencies, :ikm IKM (one in three a
-- sentra member, 97 % active), 1-3 techniques, categories and dyes each, and accepted semester
-- reports 2023-S2 and 2024-S1 for 30 % of the IKM.
\set ON_ERROR_STOP on
create temp table r as select code, province_code, row_number() over (order by code) - 1 as n from regency;

insert into sentra (code, name, regency_code, province_code, revitalisation, status, created_at, updated_at, version)
select 'BENCH-' || g, 'Sentra Bench ' || g, r.code, r.province_code, 'NONE', 'ACTIVE', now(), now(), 0
from generate_series(0, 9999) g join r on r.n = (g * 7919) % 514;

create temp table s as select id, regency_code, province_code, row_number() over (order by id) - 1 as n from sentra;

insert into ikm (name, owner_name, owner_gender, regency_code, province_code, sentra_id, kind, workers_male,
                 workers_female, investment_idr, size_class, status, verification, created_at, updated_at, version)
select 'IKM Bench ' || g, 'Pemilik ' || g, case when g % 5 < 3 then 'FEMALE' else 'MALE' end,
       s.regency_code, s.province_code, case when g % 3 = 0 then s.id end,
       case g % 50 when 0 then 'PRISON_UNIT' when 1 then 'COOPERATIVE' else 'REGULAR' end,
       g % 7, (g * 13) % 23, ((g * 37) % 100) * 25000000::bigint,
       case when g % 7 + (g * 13) % 23 <= 19 and ((g * 37) % 100) * 25000000::bigint < 1000000000 then 'KECIL' else 'MENENGAH' end,
       case when g % 33 = 0 then 'INACTIVE' else 'ACTIVE' end, case when g % 2 = 0 then 'VERIFIED' else 'UNVERIFIED' end,
       now(), now(), 0
from generate_series(1, :ikm) g join s on s.n = g % 10000;

insert into ikm_technique (ikm_id, technique)
select id, 'TULIS' from ikm where id % 2 = 0
union all select id, 'CAP' from ikm where id % 3 <> 0
union all select id, 'KOMBINASI' from ikm where id % 7 = 0 or (id % 2 <> 0 and id % 3 = 0);

insert into ikm_category (ikm_id, category)
select id, 'FABRIC' from ikm where id % 4 <> 0
union all select id, 'CLOTHING' from ikm where id % 3 = 0 or id % 4 = 0
union all select id, 'ACCESSORY' from ikm where id % 10 = 0;

insert into ikm_dye (ikm_id, dye)
select id, 'SYNTHETIC' from ikm where id % 5 <> 0
union all select id, 'NATURAL' from ikm where id % 4 = 0 or id % 5 = 0;

insert into semester_report (ikm_id, semester, workers_male, workers_female, production_pieces, installed_capacity,
                             investment_idr, raw_materials_idr, sales_domestic_idr, sales_export_idr, machines, status,
                             created_at, updated_at, version)
select i.id, sem, i.workers_male, i.workers_female, 100, 200, i.investment_idr, 0, 0, 0, 1, 'ACCEPTED', now(), now(), 0
from ikm i cross join (values ('2023-S2'), ('2024-S1')) v(sem) where i.id % 10 < 3;

vacuum analyze;
select (select count(*) from ikm) as ikm, (select count(*) from sentra) as sentra,
       (select count(*) from ikm_technique) as techniques, (select count(*) from semester_report) as reports;
