/**
 * The audit trail: an append-only history of who created, changed, verified, deactivated or signed
 * in to what and when, with each changed field's old and new value, recorded from the other
 * modules' events and shown only to those who may read the record.
 */
package id.canting.audit;
