-- Module registry: ikm_figures (V9) served figures that aggregated every IKM; since V10 the figures
-- read ikm_tally, and nothing groups the ikm table by those columns any more. The index was the most
-- expensive to keep up of the ikm table's seven: measured on PostgreSQL, inserting 20,000 IKM took
-- 1.09 s with it and 0.50 s without (issue 13, the bulk import path). The IKM list's filters keep
-- ikm_province_code (province_code, status) and ikm_regency_code.
drop index ikm_figures;
