-- Module registry owns ikm and ikm_dye; these indexes serve the statistics module's figures, which
-- read them through the registry's query API (RegistryFigures, RegistryBreakdowns).
-- One index holds every column the figures group or sum by, so PostgreSQL answers the headline,
-- province, regency, sentra, kind, size-class and owner-gender figures with index-only scans of
-- narrow entries instead of reading the wide ikm rows. Plain key columns (no INCLUDE) keep it
-- portable to H2.
create index ikm_figures on ikm (status, province_code, kind, size_class, owner_gender, regency_code, sentra_id,
    workers_male, workers_female, id);

-- the dye filter of the IKM list and the natural-dye share, like technique and category already have
create index ikm_dye_dye on ikm_dye (dye);
