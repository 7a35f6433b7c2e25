/**
 * The Batikmark "batik INDONESIA" workflow: applications with their documents, lab results and the
 * assessor's steps, the certificates issued with their status and surveillance, public verification
 * of a label, and an IKM's certificates and indications for its registry page. A nested module of
 * certification: it exposes no type (its events are the parent's), only its pages and API.
 */
@org.springframework.modulith.ApplicationModule
package id.canting.certification.batikmark;
