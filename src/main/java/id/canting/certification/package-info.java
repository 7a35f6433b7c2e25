/**
 * Batikmark "batik INDONESIA" certification: the certification body's workflow, the certificates it
 * issues with their status, public verification of a label, and the geographical indications the
 * ministry facilitates. Reads IKM through the registry's API.
 */
package id.canting.certification;
