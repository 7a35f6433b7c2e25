package id.canting.readiness.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.shared.RuleRefusedException;

/**
 * An IKM's readiness assessment for one year. It guards its own steps: answers change only in a
 * draft; a draft is submitted (scored on the owner's answers); the officer verifies a submitted one
 * (scored on the officer's levels where set, the owner's otherwise) or returns it to draft with a
 * reason. The province, size class and techniques are those of the IKM when it was started.
 */
public class Assessment {

	/** The owner's level and note, and the officer's level and reason where the officer set a different one. */
	public record Answer(long questionId, Integer level, String note, Integer verifiedLevel, String verificationReason) {

		/** The level the published result uses. */
		public Integer resultLevel() {
			return verifiedLevel != null ? verifiedLevel : level;
		}
	}

	Long id;
	final long ikmId;
	final int year;
	final long questionnaireId;
	AssessmentStatus status;
	final String provinceCode;
	final String sizeClass;
	final Set<String> techniques;
	BigDecimal selfIndex;
	BigDecimal overallIndex;
	final Instant createdAt;
	final String createdBy;
	Instant submittedAt;
	String submittedBy;
	Instant verifiedAt;
	String verifiedBy;
	String verificationNote;
	int rowVersion;
	final Map<Long, Answer> answers = new LinkedHashMap<>();
	final Map<Pillar, BigDecimal> selfScores = new EnumMap<>(Pillar.class);
	final Map<Pillar, BigDecimal> verifiedScores = new EnumMap<>(Pillar.class);

	Assessment(Long id, long ikmId, int year, long questionnaireId, AssessmentStatus status, String provinceCode,
			String sizeClass, Set<String> techniques, Instant createdAt, String createdBy) {
		this.id = id;
		this.ikmId = ikmId;
		this.year = year;
		this.questionnaireId = questionnaireId;
		this.status = status;
		this.provinceCode = provinceCode;
		this.sizeClass = sizeClass;
		this.techniques = Set.copyOf(techniques);
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	static Assessment start(long ikmId, int year, long questionnaireId, String provinceCode, String sizeClass,
			Set<String> techniques, String by, Instant now) {
		return new Assessment(null, ikmId, year, questionnaireId, AssessmentStatus.DRAFT, provinceCode, sizeClass,
				techniques, now, by);
	}

	/** Replaces the owner's level and note of these questions (other answers stay). */
	void answer(List<Answer> given) {
		require(AssessmentStatus.DRAFT, "readiness.assessment.not-draft");
		for (Answer a : given) {
			answers.put(a.questionId(), new Answer(a.questionId(), a.level(), a.note(), null, null));
		}
	}

	void submit(ReadinessScoring.Scores scores, String by, Instant now) {
		require(AssessmentStatus.DRAFT, "readiness.assessment.not-draft");
		status = AssessmentStatus.SUBMITTED;
		selfScores.clear();
		selfScores.putAll(scores.pillars());
		selfIndex = scores.overallIndex();
		submittedAt = now;
		submittedBy = by;
	}

	void returnToDraft(String reason) {
		require(AssessmentStatus.SUBMITTED, "readiness.assessment.not-submitted");
		status = AssessmentStatus.DRAFT;
		verificationNote = reason;
	}

	/** Sets the officer's levels (null where the owner's stands) and the verified scores. */
	void verify(Map<Long, Answer> officerLevels, ReadinessScoring.Scores scores, String note, String by, Instant now) {
		require(AssessmentStatus.SUBMITTED, "readiness.assessment.not-submitted");
		officerLevels.forEach((question, a) -> {
			Answer own = answers.get(question);
			answers.put(question, new Answer(question, own.level(), own.note(), a.verifiedLevel(), a.verificationReason()));
		});
		status = AssessmentStatus.VERIFIED;
		verifiedScores.clear();
		verifiedScores.putAll(scores.pillars());
		overallIndex = scores.overallIndex();
		verificationNote = note;
		verifiedAt = now;
		verifiedBy = by;
	}

	private void require(AssessmentStatus expected, String key) {
		if (status != expected) {
			throw new RuleRefusedException(key, year, status);
		}
	}

	public Long id() {
		return id;
	}

	public long ikmId() {
		return ikmId;
	}

	public int year() {
		return year;
	}

	public long questionnaireId() {
		return questionnaireId;
	}

	public AssessmentStatus status() {
		return status;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String sizeClass() {
		return sizeClass;
	}

	public Set<String> techniques() {
		return techniques;
	}

	public BigDecimal selfIndex() {
		return selfIndex;
	}

	public BigDecimal overallIndex() {
		return overallIndex;
	}

	/** The level of the verified index, null until verified. */
	public ReadinessLevel level() {
		return overallIndex == null ? null : ReadinessLevel.ofScore(overallIndex);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant verifiedAt() {
		return verifiedAt;
	}

	public String verifiedBy() {
		return verifiedBy;
	}

	public String verificationNote() {
		return verificationNote;
	}

	public int rowVersion() {
		return rowVersion;
	}

	public Map<Long, Answer> answers() {
		return java.util.Collections.unmodifiableMap(answers);
	}

	public Map<Pillar, BigDecimal> selfScores() {
		return java.util.Collections.unmodifiableMap(selfScores);
	}

	public Map<Pillar, BigDecimal> verifiedScores() {
		return java.util.Collections.unmodifiableMap(verifiedScores);
	}
}
