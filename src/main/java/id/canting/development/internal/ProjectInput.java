package id.canting.development.internal;

import java.time.LocalDate;

/** A revitalisation project as submitted, before {@link DevelopmentRules} accepted it. */
public record ProjectInput(String provided, LocalDate providedOn, Long costIdr, FacilityKind facilityKind,
		FacilityCondition conditionBefore, FacilityCondition conditionAfter, Long applicationId) {
}
