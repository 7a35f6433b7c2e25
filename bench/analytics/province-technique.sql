-- The SQL GET /api/v1/open-data/industry/by-province runs: IKM, workers and sentra by province
-- (RegistryFigures.byProvince) and the technique breakdown (RegistryBreakdowns.byProvinceAndTechnique),
-- both from ikm_tally since V10.
select p.province_code as k,
       coalesce(i.ikm, 0) as ikm, coalesce(i.workers, 0) as workers, coalesce(s.sentra, 0) as sentra
from (select province_code from ikm_tally where dimension = 'PROVINCE' and ikm > 0
      union select province_code from sentra where status = 'ACTIVE') p
left join (select province_code, ikm, workers from ikm_tally
           where dimension = 'PROVINCE' and ikm > 0) i on i.province_code = p.province_code
left join (select province_code, count(*) as sentra
           from sentra where status = 'ACTIVE' group by province_code) s on s.province_code = p.province_code
order by ikm desc, k asc;
select t.province_code, t.tally_key as technique, t.ikm, t.workers from ikm_tally t
where t.dimension = 'TECHNIQUE' and t.ikm > 0 order by t.province_code, t.tally_key;
