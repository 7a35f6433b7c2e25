package id.canting.development.internal;

import java.time.LocalDate;

/**
 * What a sentra was given to revitalise it: what was provided, on what day, at what cost in rupiah,
 * for which kind of facility (optional), that facility's condition before and after, and the programme
 * application it realised (optional).
 */
public record RevitalisationProject(long id, long sentraId, String provided, LocalDate providedOn, long costIdr,
		FacilityKind facilityKind, FacilityCondition conditionBefore, FacilityCondition conditionAfter,
		Long applicationId, String recordedBy) {
}
