package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.certification.CertificationApplied;
import id.canting.certification.CertificationDocumentAdded;
import id.canting.certification.CertificationStepTaken;
import id.canting.certification.SurveillanceRecorded;

/**
 * Records every step of a Batikmark application and every surveillance visit, in the transaction of
 * the change, under the IKM's province.
 */
@Component
class CertificationAuditListener {

	private static final String APPLICATION = "certification";

	private final AuditWriter writer;

	CertificationAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(CertificationApplied e) {
		writer.append(NewEntry.of(e.by(), "CERTIFICATION_RECEIVED", APPLICATION, String.valueOf(e.applicationId()),
				e.provinceCode(), e.brand() + " · " + e.technique()));
	}

	@EventListener
	void on(CertificationStepTaken e) {
		writer.append(NewEntry.of(e.by(), "CERTIFICATION_" + e.status().name(), APPLICATION,
				String.valueOf(e.applicationId()), e.provinceCode(), e.detail()));
	}

	@EventListener
	void on(CertificationDocumentAdded e) {
		writer.append(NewEntry.of(e.by(), "ATTACHED", APPLICATION, String.valueOf(e.applicationId()),
				e.provinceCode(), e.kind() + " · " + e.fileName()));
	}

	@EventListener
	void on(SurveillanceRecorded e) {
		writer.append(NewEntry.of(e.by(), "SURVEILLANCE_" + e.result().name(), "certificate", e.number(),
				e.provinceCode(), String.valueOf(e.visitedOn())));
	}
}
