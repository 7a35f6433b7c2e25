package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.certification.CertificateExpired;
import id.canting.certification.CertificateIssued;
import id.canting.certification.CertificateReinstated;
import id.canting.certification.CertificateRevoked;
import id.canting.certification.CertificateSuspended;
import id.canting.shared.FieldChange;

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
		// the technique as a change, not inside the summary's text, so that pages can show its label
		writer.append(NewEntry.of(e.by(), "ISSUED", CERTIFICATE, e.number(), e.provinceCode(), e.brand())
			.withChanges(List.of(new FieldChange("technique", null, e.technique()))));
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
		writer.append(NewEntry.of(e.by(), "EXPIRED", CERTIFICATE, e.number(), e.provinceCode(), null)
			.withChanges(List.of(new FieldChange("validUntil", null, String.valueOf(e.validUntil())))));
	}
}
