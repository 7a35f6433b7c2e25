package id.canting.certification.batikmark.internal;

import java.time.LocalDate;

/** An active certificate's next surveillance: when it is due and whether that day passed. */
public record SurveillanceDue(String number, long ikmId, String ikmName, String provinceCode, String brand,
		LocalDate issuedOn, LocalDate validUntil, int visits, LocalDate nextDue, boolean overdue) {
}
