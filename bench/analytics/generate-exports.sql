-- Export records for the analytics benchmark: 240 months (2005-01 .. 2024-12) x 100 HS codes x
-- 210 destinations x 2 sources = 10,080,000 rows, plus the default basket BATIK (3 of the codes,
-- so a basket figure reads 3% of the records, as a real basket would). Values are pseudo-random
-- but fixed (hash of the row's coordinates), so every run generates the same data.
insert into product_basket (code, name_id, name_en, definition_id, definition_en, source, default_basket,
                            created_at, updated_at, version)
values ('BATIK', 'Batik', 'Batik', 'kain batik (bench)', 'batik fabric (bench)', 'bench', true, now(), now(), 0);
insert into product_basket_hs_code (basket_id, hs_code)
select b.id, c from product_basket b, unnest(array['52085210', '52085910', '52095910']) c where b.code = 'BATIK';

insert into export_record (month_start, hs_code, country_code, value_usd, net_weight_kg, source,
                           created_at, updated_at, version)
select (date '2005-01-01' + make_interval(months => m))::date,
       case h when 0 then '52085210' when 1 then '52085910' when 2 then '52095910'
              else (52000000 + h * 977)::text end,
       chr(65 + c / 26) || chr(65 + c % 26),
       (abs(hashtext(m || '/' || h || '/' || c || '/' || s)) % 100000) / 10.0,
       (abs(hashtext(s || '/' || c || '/' || h || '/' || m)) % 5000) / 10.0,
       case s when 0 then 'BPS' else 'BPS-R' end,
       now(), now(), 0
from generate_series(0, 239) m, generate_series(0, 99) h, generate_series(0, 209) c, generate_series(0, 1) s;
vacuum analyze export_record;
