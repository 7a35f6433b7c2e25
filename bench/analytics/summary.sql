-- The SQL GET /api/v1/statistics/summary runs (RegistryFigures: headline, byProvince, byTechnique,
-- byCategory, byDye, byKind, workforce), statement for statement.
select
  (select coalesce(sum(workers_male + workers_female), 0) from ikm where status = 'ACTIVE') as workers,
  (select count(*) from ikm where status = 'ACTIVE') as ikm,
  (select count(*) from sentra where status = 'ACTIVE') as sentra,
  (select count(*) from (select province_code from ikm where status = 'ACTIVE'
                         union select province_code from sentra where status = 'ACTIVE') p) as provinces,
  (select max(t) from (select max(updated_at) as t from ikm union all select max(updated_at) from sentra) u) as last_changed;
select p.province_code as k,
       coalesce(i.ikm, 0) as ikm, coalesce(i.workers, 0) as workers, coalesce(s.sentra, 0) as sentra
from (select province_code from ikm where status = 'ACTIVE'
      union select province_code from sentra where status = 'ACTIVE') p
left join (select province_code, count(*) as ikm, sum(workers_male + workers_female) as workers
           from ikm where status = 'ACTIVE' group by province_code) i on i.province_code = p.province_code
left join (select province_code, count(*) as sentra
           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
order by ikm desc, k asc;
select x.technique as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm_technique x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.technique order by ikm desc, k asc;
select x.category as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm_category x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.category order by ikm desc, k asc;
select x.dye as k, count(*) as ikm, sum(i.workers_male + i.workers_female) as workers, 0 as sentra from ikm_dye x join ikm i on i.id = x.ikm_id where i.status = 'ACTIVE' group by x.dye order by ikm desc, k asc;
select kind as k, count(*) as ikm, sum(workers_male + workers_female) as workers, 0 as sentra
from ikm where status = 'ACTIVE' group by kind order by ikm desc, k asc;
select coalesce(sum(workers), 0) as workers, count(report_semester) as ikm_reports,
       coalesce(sum(case when report_semester is null then 0 else workers end), 0) as workers_reports,
       count(*) - count(report_semester) as ikm_registry,
       coalesce(sum(case when report_semester is null then workers else 0 end), 0) as workers_registry,
       min(report_semester) as earliest, max(report_semester) as latest
from (select r.semester as report_semester,
             coalesce(r.workers_male + r.workers_female, i.workers_male + i.workers_female) as workers
      from ikm i
      left join (select a.ikm_id, a.semester, a.workers_male, a.workers_female from semester_report a
                 where a.status = 'ACCEPTED' and not exists (select 1 from semester_report b
                   where b.ikm_id = a.ikm_id and b.status = 'ACCEPTED' and b.semester > a.semester)) r
        on r.ikm_id = i.id
      where i.status = 'ACTIVE') c;
