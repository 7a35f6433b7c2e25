-- Issue 13: which sheet of a workbook an import read (the visible sheet with the kind's header).
alter table import_job add column sheet_name varchar(100);
