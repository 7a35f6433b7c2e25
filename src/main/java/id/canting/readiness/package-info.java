/**
 * Industry 4.0 readiness of IKM, INDI 4.0-style (Permenperin 21/2020): versioned questionnaires
 * (five pillars, questions with levels 0–4, weights, next steps per level), the yearly
 * self-assessment of an IKM with its evidence, the officer's on-site verification, and the verified
 * results. Other modules read the verified results through {@link id.canting.readiness.ReadinessResults}
 * (programme eligibility, sentra development) and the aggregates through
 * {@link id.canting.readiness.ReadinessStatistics} (statistics). It asks the programmes which open
 * programmes address a pillar through {@link id.canting.readiness.ReadinessProgrammes}, which the
 * programme catalogue implements, so that readiness does not depend on programme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Industry 4.0 readiness")
package id.canting.readiness;
