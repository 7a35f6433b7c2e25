/**
 * Indonesia's provinces (38) and regencies/cities (514) with their Kemendagri codes: the reference
 * every other module places its records in.
 */
package id.canting.region;
