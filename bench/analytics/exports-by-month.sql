-- The SQL GET /api/v1/trade/exports/by-month?period=2024&basket=BATIK runs: each month of 2024 and of 2023.
select id, code from product_basket where code = 'BATIK';
select count(*) from product_basket where code = 'BATIK';
select month_start, sum(value_usd) as v, sum(net_weight_kg) as w, count(*) as n from export_record
where month_start >= date '2024-01-01' and month_start <= date '2024-12-01'
  and hs_code in (select c.hs_code from product_basket_hs_code c join product_basket b on b.id = c.basket_id where b.code = 'BATIK')
group by month_start order by month_start;
select count(*) from product_basket where code = 'BATIK';
select month_start, sum(value_usd) as v, sum(net_weight_kg) as w, count(*) as n from export_record
where month_start >= date '2023-01-01' and month_start <= date '2023-12-01'
  and hs_code in (select c.hs_code from product_basket_hs_code c join product_basket b on b.id = c.basket_id where b.code = 'BATIK')
group by month_start order by month_start;
