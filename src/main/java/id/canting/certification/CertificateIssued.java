package id.canting.certification;

import java.time.LocalDate;

/** A Batikmark certificate was issued to an IKM for a brand. */
public record CertificateIssued(long certificateId, String number, String provinceCode, long ikmId, String brand, String technique, LocalDate validUntil, String by) {
}
