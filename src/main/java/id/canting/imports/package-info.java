/**
 * Bulk import of IKM and sentra from CSV and XLSX files: upload, validation with the registry's own
 * rules, a preview with every error row by row, and an all-or-nothing (or valid-rows-only) commit,
 * run as background jobs that survive a page reload.
 */
package id.canting.imports;
