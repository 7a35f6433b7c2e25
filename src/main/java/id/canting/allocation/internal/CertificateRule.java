package id.canting.allocation.internal;

/** What an order asks of a certificate (Batikmark, halal): nothing, held, or held or in process. */
public enum CertificateRule {
	NOT_REQUIRED, HELD, HELD_OR_IN_PROCESS
}
