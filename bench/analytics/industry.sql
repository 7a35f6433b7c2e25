-- The SQL GET /api/v1/statistics/industry (whole country, top 10 sentra) runs: RegistryBreakdowns'
-- total, byRegency, bySentra, technique, category, dye, size class, owner gender and kind, and
-- RegistryFigures.byProvince.
select 'ALL' as k, count(*) as ikm, coalesce(sum(i.workers_male + i.workers_female), 0) as workers, (select count(*) from sentra s where s.status = 'ACTIVE') as sentra from ikm i where i.status = 'ACTIVE';
select x.dye as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm_dye x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.dye order by ikm desc, k asc;
select i.owner_gender as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm i where i.status = 'ACTIVE' group by i.owner_gender order by ikm desc, k asc;
select p.province_code as k,
       coalesce(i.ikm, 0) as ikm, coalesce(i.workers, 0) as workers, coalesce(s.sentra, 0) as sentra
from (select province_code from ikm where status = 'ACTIVE'
      union select province_code from sentra where status = 'ACTIVE') p
left join (select province_code, count(*) as ikm, sum(workers_male + workers_female) as workers
           from ikm where status = 'ACTIVE' group by province_code) i on i.province_code = p.province_code
left join (select province_code, count(*) as sentra
           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
order by ikm desc, k asc;
select i.regency_code as k, count(*) as n from sentra i where i.status = 'ACTIVE' group by i.regency_code;
select i.regency_code as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm i where i.status = 'ACTIVE' group by i.regency_code;
select s.id, s.code, s.name, s.regency_code, m.ikm, m.workers
from (select i.sentra_id, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers
      from ikm i where i.status = 'ACTIVE' and i.sentra_id is not null group by i.sentra_id) m
join sentra s on s.id = m.sentra_id and s.status = 'ACTIVE'
order by m.ikm desc, s.code asc limit 10;
select x.technique as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm_technique x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.technique order by ikm desc, k asc;
select x.category as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm_category x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.category order by ikm desc, k asc;
select i.size_class as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm i where i.status = 'ACTIVE' group by i.size_class order by ikm desc, k asc;
select i.kind as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm i where i.status = 'ACTIVE' group by i.kind order by ikm desc, k asc;
