package id.canting.certification;

import java.time.LocalDate;

/** A recorded surveillance visit of a certificate. */
public record SurveillanceVisit(long id, String certificateNumber, LocalDate visitedOn, String assessor,
		SurveillanceResult result, String notes, String recordedBy) {
}
