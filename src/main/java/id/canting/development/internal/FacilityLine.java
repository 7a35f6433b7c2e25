package id.canting.development.internal;

/**
 * A facility line as submitted (by the form or the API), before {@link DevelopmentRules} accepted it:
 * any part may be missing.
 */
public record FacilityLine(FacilityKind kind, String name, Integer count, FacilityCondition condition) {
}
