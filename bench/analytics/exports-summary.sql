-- The SQL GET /api/v1/trade/exports/summary?from=2024-01&to=2024-07&basket=BATIK runs
-- (ExportStatistics.summary: the basket, TradeFigures.totals for the period and the year before, the as-of).
select id, code from product_basket where code = 'BATIK';
select c.hs_code from product_basket_hs_code c join product_basket b on b.id = c.basket_id where b.code = 'BATIK';
select count(*) from product_basket where code = 'BATIK';
select source as k, sum(value_usd) as v, sum(net_weight_kg) as w, count(*) as n from export_record
where month_start >= date '2024-01-01' and month_start <= date '2024-07-01'
  and hs_code in (select c.hs_code from product_basket_hs_code c join product_basket b on b.id = c.basket_id where b.code = 'BATIK')
group by source;
select count(*) from product_basket where code = 'BATIK';
select source as k, sum(value_usd) as v, sum(net_weight_kg) as w, count(*) as n from export_record
where month_start >= date '2023-01-01' and month_start <= date '2023-07-01'
  and hs_code in (select c.hs_code from product_basket_hs_code c join product_basket b on b.id = c.basket_id where b.code = 'BATIK')
group by source;
select max(updated_at) from export_record;
