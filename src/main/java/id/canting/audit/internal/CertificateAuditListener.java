package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.certification.CertificateExpired;
import id.canting.certification.CertificateIssued;
import id.canting.certification.CertificateReinstated;
import id.canting.certification.CertificateRevoked;
import id.canting.certification.CertificateSuspended;

/** Records every change of a Batikmark certificate, in the transaction of the change, under its IKM's province. */
@Component
class CertificateAuditListener {

	private static final String CERTIFICATE = "certificate";

	private final AuditWriter writer;

	CertificateAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(CertificateIssued e) {
		writer.append(NewEntry.of(e.by(), "ISSUED", CERTIFICATE, e.number(), e.provinceCode(),
				e.brand() + " · " + e.technique()));
	}

	@EventListener
	void on(CertificateSuspended e) {
		writer.append(NewEntry.of(e.by(), "SUSPENDED", CERTIFICATE, e.number(), e.provinceCode(), e.reason()));
	}

	@EventListener
	void on(CertificateReinstated e) {
		writer.append(NewEntry.of(e.by(), "REINSTATED", CERTIFICATE, e.number(), e.provinceCode(), null));
	}

	@EventListener
	void on(CertificateRevoked e) {
		writer.append(NewEntry.of(e.by(), "REVOKED", CERTIFICATE, e.number(), e.provinceCode(), e.reason()));
	}

	@EventListener
	void on(CertificateExpired e) {
		writer.append(NewEntry.of(e.by(), "EXPIRED", CERTIFICATE, e.number(), e.provinceCode(),
				String.valueOf(e.validUntil())));
	}
}
