package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.certification.CertificationApplied;
import id.canting.certification.CertificationDocumentAdded;
import id.canting.certification.CertificationStepTaken;
import id.canting.certification.SurveillanceRecorded;
import id.canting.shared.FieldChange;

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
		// the technique as a change, not inside the summary's text, so that pages can show its label
		writer.append(NewEntry.of(e.by(), "CERTIFICATION_RECEIVED", APPLICATION, String.valueOf(e.applicationId()),
				e.provinceCode(), e.brand()).withChanges(List.of(new FieldChange("technique", null, e.technique()))));
	}

	@EventListener
	void on(CertificationStepTaken e) {
		writer.append(NewEntry.of(e.by(), "CERTIFICATION_" + e.status().name(), APPLICATION,
				String.valueOf(e.applicationId()), e.provinceCode(), e.detail()).withChanges(e.recorded()));
	}

	@EventListener
	void on(CertificationDocumentAdded e) {
		// the kind as a change, not inside the summary's text, so that pages can show its label
		writer.append(NewEntry.of(e.by(), "ATTACHED", APPLICATION, String.valueOf(e.applicationId()),
				e.provinceCode(), e.fileName()).withChanges(List.of(new FieldChange("documentKind", null, e.kind()))));
	}

	@EventListener
	void on(SurveillanceRecorded e) {
		writer.append(NewEntry.of(e.by(), "SURVEILLANCE_" + e.result().name(), "certificate", e.number(),
				e.provinceCode(), null).withChanges(List.of(new FieldChange("visitedOn", null, String.valueOf(e.visitedOn())))));
	}
}
