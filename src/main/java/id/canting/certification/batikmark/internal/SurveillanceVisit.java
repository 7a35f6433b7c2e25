package id.canting.certification.batikmark.internal;

import java.time.LocalDate;

import id.canting.certification.SurveillanceResult;

/** A recorded surveillance visit of a certificate. */
public record SurveillanceVisit(long id, String certificateNumber, LocalDate visitedOn, String assessor,
		SurveillanceResult result, String notes, String recordedBy) {
}
