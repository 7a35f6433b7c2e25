/**
 * Tables as files: a table a user works from (a queue, the audit log, a register) described once as
 * columns with translated headers and typed cells, and written as CSV or XLSX of exactly the rows
 * its filters show, in the reader's language.
 */
package id.canting.shared.table;
