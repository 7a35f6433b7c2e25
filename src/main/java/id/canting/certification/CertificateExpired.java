package id.canting.certification;

import java.time.LocalDate;

/** A certificate's validity passed; the expiry job marked it expired. */
public record CertificateExpired(long certificateId, String number, String provinceCode, LocalDate validUntil, String by) {
}
