/**
 * Dashboards and published figures: composes the other modules' query APIs into the headline
 * numbers officials publish, each live from the records.
 */
package id.canting.statistics;
