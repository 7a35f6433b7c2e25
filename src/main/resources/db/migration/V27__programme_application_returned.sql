-- An application may be returned to its applicant for correction (status RETURNED), with a reason
-- the applicant reads; who returned it and when stay for the page (the audit trail keeps each time).
alter table programme_application add column return_reason varchar(2000);
alter table programme_application add column returned_by varchar(100);
alter table programme_application add column returned_at timestamp;
