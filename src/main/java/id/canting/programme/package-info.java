/**
 * Development programmes (pembinaan) of the ministry: the catalogue of calls for applications, each
 * with its budget, quota, window and eligibility rules as data, and the check of an IKM or sentra
 * against those rules. Other modules read it through {@link id.canting.programme.ProgrammeManagement}
 * and react to its events.
 */
package id.canting.programme;
