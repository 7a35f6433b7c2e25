/**
 * Applications to a programme through their workflow (draft, submitted, verified, approved,
 * realised, closed), with their documents, batch decisions, and for machine restructuring the
 * reimbursement quote, the claim lines and the verification visit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme applications")
package id.canting.programme.application;
