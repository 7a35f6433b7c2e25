package id.canting.certification.batikmark.internal;

import java.time.LocalDate;

/**
 * One line of the revocation list for offline checking: a certificate whose status changed on a day
 * (suspended, revoked, expired; ACTIVE means reinstated since).
 */
public record StatusChange(String number, CertificateStatus status, LocalDate statusChangedOn) {
}
