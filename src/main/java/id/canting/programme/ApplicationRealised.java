package id.canting.programme;

import java.time.LocalDate;

/** The programme delivered or paid what was approved. */
public record ApplicationRealised(long applicationId, long programmeId, String provinceCode, LocalDate realisedOn, long amountIdr, String by) {
}
