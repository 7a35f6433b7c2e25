-- The SQL GET /api/v1/statistics/industry (whole country, top 10 sentra) runs: RegistryBreakdowns'
-- total, byRegency, bySentra, technique, category, dye, size class, owner gender and kind, and
-- RegistryFigures.byProvince; since V10 the IKM side reads ikm_tally, the sentra are counted live.
select 'ALL' as k, coalesce(sum(t.ikm), 0) as ikm, coalesce(sum(t.workers), 0) as workers, (select count(*) from sentra s where s.status = 'ACTIVE') as sentra from ikm_tally t where t.dimension = 'PROVINCE';
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'DYE' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'OWNER_GENDER' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select p.province_code as k,
       coalesce(i.ikm, 0) as ikm, coalesce(i.workers, 0) as workers, coalesce(s.sentra, 0) as sentra
from (select province_code from ikm_tally where dimension = 'PROVINCE' and ikm > 0
      union select province_code from sentra where status = 'ACTIVE') p
left join (select province_code, ikm, workers from ikm_tally
           where dimension = 'PROVINCE' and ikm > 0) i on i.province_code = p.province_code
left join (select province_code, count(*) as sentra
           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
order by ikm desc, k asc;
select regency_code as k, count(*) as n from sentra t where status = 'ACTIVE' group by regency_code;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'REGENCY' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select s.id, s.code, s.name, s.regency_code, m.ikm, m.workers
from (select t.tally_key, sum(t.ikm) as ikm, sum(t.workers) as workers
      from ikm_tally t where t.dimension = 'SENTRA' group by t.tally_key having sum(t.ikm) > 0) m
join sentra s on cast(s.id as varchar(20)) = m.tally_key and s.status = 'ACTIVE'
order by m.ikm desc, s.code asc limit 10;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'TECHNIQUE' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'CATEGORY' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'SIZE_CLASS' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
select t.tally_key as k, sum(t.ikm) as ikm, sum(t.workers) as workers, 0 as sentra from ikm_tally t where t.dimension = 'KIND' group by t.tally_key having sum(t.ikm) > 0 order by sum(t.ikm) desc, t.tally_key asc;
