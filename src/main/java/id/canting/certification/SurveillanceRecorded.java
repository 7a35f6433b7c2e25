package id.canting.certification;

import java.time.LocalDate;

/** A surveillance visit of a certificate was recorded with its result. */
public record SurveillanceRecorded(long certificateId, String number, String provinceCode, LocalDate visitedOn,
		SurveillanceResult result, String by) {
}
