package id.canting.development.web;

import java.time.LocalDate;

import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.ProjectInput;

/**
 * A revitalisation project: what was provided, on what day, at what cost (rupiah), for which kind of
 * facility with its condition before and after, and optionally the programme application it realised.
 */
record ProjectRequest(String provided, LocalDate providedOn, Long costIdr, FacilityKind facilityKind,
		FacilityCondition conditionBefore, FacilityCondition conditionAfter, Long applicationId) {

	ProjectInput input() {
		return new ProjectInput(provided, providedOn, costIdr, facilityKind, conditionBefore, conditionAfter, applicationId);
	}
}
