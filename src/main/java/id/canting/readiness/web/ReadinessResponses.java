package id.canting.readiness.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.internal.Assessment;
import id.canting.readiness.internal.AssessmentView;
import id.canting.readiness.internal.Evidence;
import id.canting.readiness.internal.Questionnaire;

/** The JSON shapes of the readiness API. */
final class ReadinessResponses {

	private ReadinessResponses() {
	}

	/** A questionnaire version in a list. */
	record ReadinessQuestionnaireSummary(long id, int version, String titleId, String titleEn, String status,
			Instant createdAt, Instant publishedAt, int questions) {

		static ReadinessQuestionnaireSummary of(Questionnaire q) {
			return new ReadinessQuestionnaireSummary(q.id(), q.version(), q.titleId(), q.titleEn(), q.status().name(),
					q.createdAt(), q.publishedAt(), q.questions().size());
		}
	}

	/** An assessment in an IKM's history: status and, once there, the owner's and the verified scores. */
	record ReadinessAssessmentSummary(long id, int year, String status, int questionnaireVersion, BigDecimal selfIndex,
			BigDecimal overallIndex, ReadinessLevel level, Map<Pillar, BigDecimal> selfScores,
			Map<Pillar, BigDecimal> verifiedScores, Instant submittedAt, Instant verifiedAt) {

		static ReadinessAssessmentSummary of(Assessment a, int version) {
			return new ReadinessAssessmentSummary(a.id(), a.year(), a.status().name(), version, a.selfIndex(),
					a.overallIndex(), a.overallIndex() == null ? null : ReadinessLevel.ofScore(a.overallIndex()),
					a.selfScores(), a.verifiedScores(), a.submittedAt(), a.verifiedAt());
		}
	}

	/** An IKM's readiness history, latest year first. */
	record ReadinessHistory(long ikmId, String ikmName, List<ReadinessAssessmentSummary> assessments) {
	}

	/** One answer: the owner's level and note; the officer's level and reason where different; the result's level. */
	record ReadinessAnswerResponse(String question, Pillar pillar, Integer level, String note, Integer verifiedLevel,
			String verificationReason, boolean evidenceRequired) {
	}

	/** A piece of evidence; download it at {@code href}. */
	record ReadinessEvidenceResponse(long id, String question, String fileName, String contentType, long sizeBytes,
			Instant uploadedAt, String uploadedBy, String href) {

		static ReadinessEvidenceResponse of(Evidence e, String question, long ikmId) {
			return new ReadinessEvidenceResponse(e.id(), question, e.fileName(), e.contentType(), e.sizeBytes(),
					e.uploadedAt(), e.uploadedBy(),
					"/api/v1/ikm/" + ikmId + "/readiness/" + e.assessmentId() + "/evidence/" + e.id());
		}
	}

	/** An assessment with its answers (every question of its version, open ones with a null level), evidence and scores. */
	record ReadinessAssessmentResponse(long id, long ikmId, int year, String status, long questionnaireId,
			int questionnaireVersion, String provinceCode, String sizeClass, List<String> techniques, BigDecimal selfIndex,
			BigDecimal overallIndex, ReadinessLevel level, Map<Pillar, BigDecimal> selfScores,
			Map<Pillar, BigDecimal> verifiedScores, Instant createdAt, String createdBy, Instant submittedAt,
			Instant verifiedAt, String verifiedBy, String verificationNote, List<ReadinessAnswerResponse> answers,
			List<ReadinessEvidenceResponse> evidence) {

		static ReadinessAssessmentResponse of(AssessmentView view) {
			Assessment a = view.assessment();
			Questionnaire q = view.questionnaire();
			List<ReadinessAnswerResponse> answers = q.questions().stream().map(question -> {
				Assessment.Answer x = a.answers().get(question.id());
				return new ReadinessAnswerResponse(question.code(), question.pillar(), x == null ? null : x.level(),
						x == null ? null : x.note(), x == null ? null : x.verifiedLevel(),
						x == null ? null : x.verificationReason(), question.evidenceRequired());
			}).toList();
			List<ReadinessEvidenceResponse> evidence = view.evidence().stream()
				.map(e -> ReadinessEvidenceResponse.of(e, q.question(e.questionId()).map(Questionnaire.Question::code).orElse(null),
						a.ikmId()))
				.toList();
			return new ReadinessAssessmentResponse(a.id(), a.ikmId(), a.year(), a.status().name(), q.id(), q.version(),
					a.provinceCode(), a.sizeClass(), a.techniques().stream().sorted().toList(), a.selfIndex(),
					a.overallIndex(), a.overallIndex() == null ? null : ReadinessLevel.ofScore(a.overallIndex()),
					a.selfScores(), a.verifiedScores(), a.createdAt(), a.createdBy(), a.submittedAt(), a.verifiedAt(),
					a.verifiedBy(), a.verificationNote(), answers, evidence);
		}
	}
}
