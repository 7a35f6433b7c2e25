-- The SQL GET /api/v1/open-data/industry/by-province runs: IKM, workers and sentra by province
-- (RegistryFigures.byProvince) and the technique breakdown (RegistryBreakdowns.byProvinceAndTechnique).
select p.province_code as k,
       coalesce(i.ikm, 0) as ikm, coalesce(i.workers, 0) as workers, coalesce(s.sentra, 0) as sentra
from (select province_code from ikm where status = 'ACTIVE'
      union select province_code from sentra where status = 'ACTIVE') p
left join (select province_code, count(*) as ikm, sum(workers_male + workers_female) as workers
           from ikm where status = 'ACTIVE' group by province_code) i on i.province_code = p.province_code
left join (select province_code, count(*) as sentra
           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
order by ikm desc, k asc;
select i.province_code, t.technique, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers
from ikm_technique t join ikm i on i.id = t.ikm_id where i.status = 'ACTIVE'
group by i.province_code, t.technique order by i.province_code, t.technique;
