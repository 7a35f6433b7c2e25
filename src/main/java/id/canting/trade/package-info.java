/**
 * Batik trade: monthly export records by HS code and destination, each with its source, and the
 * product baskets (sets of HS codes) that say what a published export figure counts.
 */
package id.canting.trade;
