-- The bulk import path (issue 13, item 6), measured on PostgreSQL in docs/benchmarks.md.

-- Module imports: a valid row is stored without its cells as typed. Only the rejected-rows file reads
-- them, and only for invalid rows; at a million valid rows they were a gigabyte written, never read.
alter table import_row alter column raw_values drop not null;

-- Module registry: the foreign keys from ikm_technique, ikm_category and ikm_dye to ikm stay. Dropping
-- them was measured (300,000 category rows: 1.9 s with the check, 0.87 s without; about 12 % of a
-- million-row import) and declined: the database, not only the code, keeps every child row pointing
-- at an IKM, and the 10x target is out of reach either way (docs/benchmarks.md).

-- Module registry: no index on the technique, category or dye alone. There are 3, 4 and 2 codes, so
-- each index selects a third to a half of its table, and the list, catalogue and export filters
-- (RegistryWhere: exists (… where t.ikm_id = i.id and t.technique = ?)) probe the primary key
-- (ikm_id, technique) for each IKM instead (EXPLAIN on 200,000 imported IKM: "Index Only Scan using
-- ikm_technique_pkey"); the tally, not these tables, answers the figures by technique, category and
-- dye since V10. Keeping them up cost 0.45 s of the 0.87 s of writing 300,000 category rows.
drop index if exists ikm_technique_technique;
drop index if exists ikm_category_category;
drop index if exists ikm_dye_dye;
