package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.readiness.AssessmentAnswered;
import id.canting.readiness.AssessmentReturned;
import id.canting.readiness.AssessmentStarted;
import id.canting.readiness.AssessmentSubmitted;
import id.canting.readiness.AssessmentVerified;
import id.canting.readiness.EvidenceAdded;
import id.canting.readiness.QuestionnaireCreated;
import id.canting.readiness.QuestionnairePublished;
import id.canting.readiness.QuestionnaireUpdated;
import id.canting.shared.FieldChange;

/**
 * Records every step of a readiness assessment (filed under the IKM's province, so its officers see
 * it) and every change of a questionnaire version (the ministry's), in the transaction of the change.
 */
@Component
class ReadinessAuditListener {

	private static final String ASSESSMENT = "readiness"; // entity_type holds 20 characters
	private static final String QUESTIONNAIRE = "readiness_form";

	private final AuditWriter writer;

	ReadinessAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(AssessmentStarted e) {
		writer.append(NewEntry.of(e.by(), "STARTED", ASSESSMENT, e.assessmentId(), e.provinceCode(),
				"IKM " + e.ikmId() + " · " + e.year()));
	}

	@EventListener
	void on(AssessmentAnswered e) {
		writer.append(NewEntry.of(e.by(), "ANSWERED", ASSESSMENT, e.assessmentId(), e.provinceCode(),
				"IKM " + e.ikmId() + " · " + e.year() + " · " + e.answered()));
	}

	@EventListener
	void on(AssessmentSubmitted e) {
		writer.append(NewEntry.of(e.by(), "SUBMITTED", ASSESSMENT, e.assessmentId(), e.provinceCode(),
				"IKM " + e.ikmId() + " · " + e.year())
			.withChanges(List.of(new FieldChange("selfIndex", null, String.valueOf(e.selfIndex())))));
	}

	@EventListener
	void on(AssessmentReturned e) {
		writer.append(NewEntry.of(e.by(), "RETURNED", ASSESSMENT, e.assessmentId(), e.provinceCode(),
				"IKM " + e.ikmId() + " · " + e.year())
			.withChanges(List.of(new FieldChange("reason", null, e.reason()))));
	}

	@EventListener
	void on(AssessmentVerified e) {
		writer.append(NewEntry.of(e.by(), "VERIFIED", ASSESSMENT, e.assessmentId(), e.provinceCode(),
				"IKM " + e.ikmId() + " · " + e.year())
			.withChanges(List.of(new FieldChange("overallIndex", null, String.valueOf(e.overallIndex())),
					new FieldChange("changedAnswers", null, String.valueOf(e.changedAnswers())))));
	}

	@EventListener
	void on(EvidenceAdded e) {
		writer.append(NewEntry.of(e.by(), "EVIDENCE_ADDED", ASSESSMENT, e.assessmentId(), e.provinceCode(),
				e.questionCode() + " · " + e.fileName()));
	}

	@EventListener
	void on(QuestionnaireCreated e) {
		writer.append(NewEntry.of(e.by(), "CREATED", QUESTIONNAIRE, e.questionnaireId(), null,
				"v" + e.version() + (e.copiedFrom() == null ? "" : " ← " + e.copiedFrom())));
	}

	@EventListener
	void on(QuestionnaireUpdated e) {
		writer.append(NewEntry.of(e.by(), "UPDATED", QUESTIONNAIRE, e.questionnaireId(), null, "v" + e.version()));
	}

	@EventListener
	void on(QuestionnairePublished e) {
		writer.append(NewEntry.of(e.by(), "PUBLISHED", QUESTIONNAIRE, e.questionnaireId(), null,
				"v" + e.version() + (e.retiredVersion() == null ? "" : " (v" + e.retiredVersion() + " retired)")));
	}
}
