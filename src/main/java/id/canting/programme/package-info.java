/**
 * Development programmes (pembinaan) of the ministry, from the call for applications to what they
 * achieved: the catalogue with budget, quota, window, eligibility rules and (machine restructuring)
 * rate table as data; applications through their workflow with documents, claims and verification
 * visits; participants, attendance and certificates. Other modules read it through its facades
 * ({@link id.canting.programme.ProgrammeManagement}, {@link id.canting.programme.ApplicationQueries})
 * and react to its events.
 */
package id.canting.programme;
