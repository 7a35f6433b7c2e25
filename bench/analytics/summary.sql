-- The SQL GET /api/v1/statistics/summary runs (RegistryFigures: headline, byProvince, byTechnique,
-- byCategory, byDye, byKind, workforce), statement for statement: since V10 the IKM side reads the
-- ikm_tally rows IkmTally keeps up to date, the sentra are counted live.
select
  (select coalesce(sum(workers), 0) from ikm_tally where dimension = 'PROVINCE') as workers,
  (select coalesce(sum(ikm), 0) from ikm_tally where dimension = 'PROVINCE') as ikm,
  (select count(*) from sentra where status = 'ACTIVE') as sentra,
  (select count(*) from (select province_code from ikm_tally where dimension = 'PROVINCE' and ikm > 0
                         union select province_code from sentra where status = 'ACTIVE') p) as provinces,
  (select max(t) from (select max(updated_at) as t from ikm union all select max(updated_at) from sentra) u) as last_changed;
select p.province_code as k,
       coalesce(i.ikm, 0) as ikm, coalesce(i.workers, 0) as workers, coalesce(s.sentra, 0) as sentra
from (select province_code from ikm_tally where dimension = 'PROVINCE' and ikm > 0
      union select province_code from sentra where status = 'ACTIVE') p
left join (select province_code, ikm, workers from ikm_tally
           where dimension = 'PROVINCE' and ikm > 0) i on i.province_code = p.province_code
left join (select province_code, count(*) as sentra
           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
order by ikm desc, k asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'TECHNIQUE' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'CATEGORY' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'DYE' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'KIND' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select coalesce(sum(workers), 0) as workers,
       coalesce(sum(case when tally_key = 'REGISTRY' then 0 else ikm end), 0) as ikm_reports,
       coalesce(sum(case when tally_key = 'REGISTRY' then 0 else workers end), 0) as workers_reports,
       coalesce(sum(case when tally_key = 'REGISTRY' then ikm else 0 end), 0) as ikm_registry,
       coalesce(sum(case when tally_key = 'REGISTRY' then workers else 0 end), 0) as workers_registry,
       min(case when tally_key <> 'REGISTRY' and ikm > 0 then tally_key end) as earliest,
       max(case when tally_key <> 'REGISTRY' and ikm > 0 then tally_key end) as latest
from ikm_tally where dimension = 'WORKFORCE';
