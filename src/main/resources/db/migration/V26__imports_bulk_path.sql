-- The bulk import path (issue 13, item 6), measured on PostgreSQL in docs/benchmarks.md.

-- Module imports: a valid row is stored without its cells as typed. Only the rejected-rows file reads
-- them, and only for invalid rows; at a million valid rows they were a gigabyte written, never read.
alter table import_row alter column raw_values drop not null;

-- Module registry: the techniques, categories and dyes of an IKM without a foreign key to ikm. The
-- per-row check was more than half the cost of writing those rows (300,000 category rows: 1.9 s with
-- it, 0.87 s without), and 3.4 million of them come with a million imported IKM. What keeps every
-- child row pointing at an IKM instead: the rows are written only by the registry, with the IKM they
-- belong to and in its transaction (Spring Data JDBC's mapping of the Ikm aggregate, and IkmTable for
-- bulk registrations, with ids taken from ikm's own sequence); no IKM is ever deleted (an IKM is
-- deactivated); BulkImportCommitTest checks that an import leaves no child row without its IKM.
-- The names are PostgreSQL's for the unnamed constraints of V3; H2 names them CONSTRAINT_<n>, and on
-- H2 (development and tests, the slower path) they stay.
alter table ikm_technique drop constraint if exists ikm_technique_ikm_id_fkey;
alter table ikm_category drop constraint if exists ikm_category_ikm_id_fkey;
alter table ikm_dye drop constraint if exists ikm_dye_ikm_id_fkey;

-- Module registry: no index on the technique, category or dye alone. There are 3, 4 and 2 codes, so
-- each index selects a third to a half of its table, and the list, catalogue and export filters
-- (RegistryWhere: exists (… where t.ikm_id = i.id and t.technique = ?)) probe the primary key
-- (ikm_id, technique) for each IKM instead (EXPLAIN on 200,000 imported IKM: "Index Only Scan using
-- ikm_technique_pkey"); the tally, not these tables, answers the figures by technique, category and
-- dye since V10. Keeping them up cost 0.45 s of the 0.87 s of writing 300,000 category rows.
drop index if exists ikm_technique_technique;
drop index if exists ikm_category_category;
drop index if exists ikm_dye_dye;
