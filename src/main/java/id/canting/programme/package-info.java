/**
 * Development programmes (pembinaan) of the ministry, from the call for applications to what they
 * achieved, in four nested modules: {@code catalogue} (programmes, eligibility, rate tables),
 * {@code application} (applications, documents, machine claims), {@code participation}
 * (participants, sessions, attendance, certificates) and {@code impact} (indicators, impact reports,
 * dashboard). This root holds only what they share and what other modules see: the ids and the
 * events other modules react to (the audit trail).
 */
package id.canting.programme;
