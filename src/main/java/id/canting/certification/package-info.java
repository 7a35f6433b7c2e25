/**
 * Batikmark "batik INDONESIA" certification and the geographical indications the ministry
 * facilitates, as two nested modules: {@code batikmark} (the certification body's workflow,
 * certificates, public verification) and {@code indication}. The root holds what other modules use:
 * the events audit listens to and {@link id.canting.certification.CertifiedIkmFigures} for
 * statistics. Reads IKM through the registry's API.
 */
package id.canting.certification;
