/**
 * What programmes achieved: beneficiaries' baseline and follow-up indicators, impact reports (page,
 * PDF, XLSX) and the yearly programme dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme impact")
package id.canting.programme.impact;
