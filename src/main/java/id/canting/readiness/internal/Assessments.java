package id.canting.readiness.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.readiness.AssessmentAnswered;
import id.canting.readiness.AssessmentId;
import id.canting.readiness.AssessmentReturned;
import id.canting.readiness.AssessmentStarted;
import id.canting.readiness.AssessmentSubmitted;
import id.canting.readiness.AssessmentVerified;
import id.canting.readiness.EvidenceAdded;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.internal.Assessment.Answer;
import id.canting.readiness.internal.AssessmentView.IkmFacts;
import id.canting.readiness.internal.Questionnaire.Question;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.files.DocumentUploads;
import id.canting.shared.files.DocumentUploads.StoredDocument;
import id.canting.shared.files.FileStore;
import id.canting.shared.web.Dates;

/**
 * The yearly readiness assessments of IKM: started and filled by the owner (or the officer of the
 * province or an admin, with the owner), submitted complete with the evidence asked for, verified on
 * site by the province's officer or an admin (who may set another level per question, with a reason)
 * or returned to draft. Every step is published as an event (audited).
 */
@Service
@Transactional
public class Assessments {

	static final int FIRST_YEAR = 2019;

	private final AssessmentStore store;
	private final Questionnaires questionnaires;
	private final IkmManagement registry;
	private final DocumentUploads uploads;
	private final FileStore files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Assessments(AssessmentStore store, Questionnaires questionnaires, IkmManagement registry, DocumentUploads uploads,
			FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.questionnaires = questionnaires;
		this.registry = registry;
		this.uploads = uploads;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** The IKM as readiness sees it, after checking the actor may read its assessments. */
	@Transactional(readOnly = true)
	public IkmFacts ikm(Actor actor, IkmId ikmId) {
		IkmFacts ikm = facts(ikmId);
		ReadinessAccess.requireRead(actor, ikmId.value(), ikm.provinceCode());
		return ikm;
	}

	/** The IKM, for a step that checks its own, narrower permission. */
	private IkmFacts facts(IkmId ikmId) {
		Ikm ikm = registry.ikm(Actor.SYSTEM, ikmId);
		return new IkmFacts(ikmId.value(), ikm.name(), ikm.provinceCode());
	}

	/** The IKM's assessments, latest year first. */
	@Transactional(readOnly = true)
	public List<Assessment> history(Actor actor, IkmId ikmId) {
		ikm(actor, ikmId);
		return store.ofIkm(ikmId.value());
	}

	/** This year in Asia/Jakarta, the default year of a new assessment. */
	public int currentYear() {
		return LocalDate.now(clock.withZone(Dates.WIB)).getYear();
	}

	/** Starts the IKM's assessment for the year (this year when null) on the published questionnaire. */
	public Assessment start(Actor actor, IkmId ikmId, Integer year) {
		Ikm ikm = registry.ikm(Actor.SYSTEM, ikmId);
		ReadinessAccess.requireRead(actor, ikmId.value(), ikm.provinceCode());
		int thisYear = currentYear();
		int y = year == null ? thisYear : year;
		if (y < FIRST_YEAR || y > thisYear) {
			throw new InvalidInputException(List.of(FieldViolation.of("year", "readiness.assessment.year", FIRST_YEAR, thisYear)));
		}
		if (store.exists(ikmId.value(), y)) {
			throw new ConflictException("readiness.assessment.once-a-year", y);
		}
		Questionnaire q = questionnaires.published()
			.orElseThrow(() -> new RuleRefusedException("readiness.questionnaire.none-published"));
		Set<String> techniques = ikm.details().techniques().stream().map(Enum::name).collect(Collectors.toSet());
		Assessment a = Assessment.start(ikmId.value(), y, q.id(), ikm.provinceCode(), ikm.sizeClass().name(), techniques,
				actor.username(), clock.instant());
		store.insert(a);
		events.publishEvent(new AssessmentStarted(a.id(), ikmId.value(), y, a.provinceCode(), actor.username()));
		return a;
	}

	@Transactional(readOnly = true)
	public AssessmentView view(Actor actor, IkmId ikmId, AssessmentId id) {
		IkmFacts ikm = ikm(actor, ikmId);
		Assessment a = load(ikmId, id);
		return new AssessmentView(ikm, a, questionnaires.questionnaire(a.questionnaireId()), store.evidence(a.id()));
	}

	/** Saves the owner's answers to a draft; answers may stay open, but a given level must be 0–4. */
	public Assessment saveDraft(Actor actor, IkmId ikmId, AssessmentId id, List<AnswerInput> given) {
		ikm(actor, ikmId);
		Assessment a = load(ikmId, id);
		Questionnaire q = questionnaires.questionnaire(a.questionnaireId());
		List<FieldViolation> violations = new ArrayList<>();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			AnswerInput in = given.get(i);
			Question question = asked(q, i, in == null ? null : in.question(), violations);
			if (question == null) {
				continue;
			}
			String field = "answers[" + question.code() + "]";
			if (in.level() != null && !inRange(in.level())) {
				violations.add(FieldViolation.of(field + ".level", "readiness.level.range", in.level()));
			}
			String note = blankToNull(in.note());
			if (note != null && note.length() > 1000) {
				violations.add(FieldViolation.of(field + ".note", "validation.too-long", 1000, note.length()));
			}
			answers.add(new Answer(question.id(), in.level(), note, null, null));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		a.answer(answers);
		saved(a);
		events.publishEvent(new AssessmentAnswered(a.id(), a.ikmId(), a.year(), a.provinceCode(),
				(int) a.answers().values().stream().filter(x -> x.level() != null).count(), actor.username()));
		return a;
	}

	/** Submits a draft: every question answered, evidence where a question asks for it. */
	public Assessment submit(Actor actor, IkmId ikmId, AssessmentId id) {
		ikm(actor, ikmId);
		Assessment a = load(ikmId, id);
		if (a.status() != AssessmentStatus.DRAFT) {
			throw new RuleRefusedException("readiness.assessment.not-draft", a.year(), a.status());
		}
		Questionnaire q = questionnaires.questionnaire(a.questionnaireId());
		Set<Long> withEvidence = new HashSet<>();
		store.evidence(a.id()).forEach(e -> withEvidence.add(e.questionId()));
		List<FieldViolation> violations = new ArrayList<>();
		List<ReadinessScoring.WeightedLevel> levels = new ArrayList<>();
		for (Question question : q.questions()) {
			Answer answer = a.answers().get(question.id());
			if (answer == null || answer.level() == null) {
				violations.add(FieldViolation.of("answers[" + question.code() + "].level", "readiness.answer.missing",
						question.code()));
			}
			else {
				levels.add(new ReadinessScoring.WeightedLevel(question.pillar(), question.weight(), answer.level()));
			}
			if (question.evidenceRequired() && !withEvidence.contains(question.id())) {
				violations.add(FieldViolation.of("answers[" + question.code() + "].evidence", "readiness.answer.evidence-missing",
						question.code()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		a.submit(ReadinessScoring.score(q.pillarWeights(), levels), actor.username(), clock.instant());
		saved(a);
		events.publishEvent(new AssessmentSubmitted(a.id(), a.ikmId(), a.year(), a.provinceCode(), a.selfIndex(),
				actor.username()));
		return a;
	}

	/** The officer (or an admin) returns a submitted assessment to the owner, saying why. */
	public Assessment returnToDraft(Actor actor, IkmId ikmId, AssessmentId id, String reason) {
		IkmFacts ikm = facts(ikmId);
		ReadinessAccess.requireVerify(actor, ikm.provinceCode());
		Assessment a = load(ikmId, id);
		String why = blankToNull(reason);
		if (why == null || why.length() > 2000) {
			throw new InvalidInputException(List.of(why == null ? FieldViolation.of("reason", "validation.required")
					: FieldViolation.of("reason", "validation.too-long", 2000, why.length())));
		}
		a.returnToDraft(why);
		saved(a);
		events.publishEvent(new AssessmentReturned(a.id(), a.ikmId(), a.year(), a.provinceCode(), why, actor.username()));
		return a;
	}

	/**
	 * The officer of the IKM's province (or an admin) verifies a submitted assessment: per question an
	 * optional level, with a reason where it differs from the owner's; the result is scored on the
	 * officer's levels where set, the owner's otherwise.
	 */
	public Assessment verify(Actor actor, IkmId ikmId, AssessmentId id, List<VerifyInput> given, String note) {
		IkmFacts ikm = facts(ikmId);
		ReadinessAccess.requireVerify(actor, ikm.provinceCode());
		Assessment a = load(ikmId, id);
		if (a.status() != AssessmentStatus.SUBMITTED) {
			throw new RuleRefusedException("readiness.assessment.not-submitted", a.year(), a.status());
		}
		Questionnaire q = questionnaires.questionnaire(a.questionnaireId());
		List<FieldViolation> violations = new ArrayList<>();
		Map<Long, Answer> officer = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			VerifyInput in = given.get(i);
			Question question = asked(q, i, in == null ? null : in.question(), violations);
			if (question == null) {
				continue;
			}
			String field = "answers[" + question.code() + "]";
			Integer own = a.answers().get(question.id()).level();
			if (in.level() == null || in.level().equals(own)) {
				continue;
			}
			if (!inRange(in.level())) {
				violations.add(FieldViolation.of(field + ".level", "readiness.level.range", in.level()));
				continue;
			}
			String reason = blankToNull(in.reason());
			if (reason == null) {
				violations.add(FieldViolation.of(field + ".reason", "readiness.verify.reason-required", question.code(), own,
						in.level()));
			}
			else if (reason.length() > 1000) {
				violations.add(FieldViolation.of(field + ".reason", "validation.too-long", 1000, reason.length()));
			}
			officer.put(question.id(), new Answer(question.id(), own, null, in.level(), reason));
		}
		String verificationNote = blankToNull(note);
		if (verificationNote != null && verificationNote.length() > 2000) {
			violations.add(FieldViolation.of("note", "validation.too-long", 2000, verificationNote.length()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<ReadinessScoring.WeightedLevel> levels = q.questions().stream().map(question -> {
			Answer officers = officer.get(question.id());
			int level = officers != null ? officers.verifiedLevel() : a.answers().get(question.id()).level();
			return new ReadinessScoring.WeightedLevel(question.pillar(), question.weight(), level);
		}).toList();
		a.verify(officer, ReadinessScoring.score(q.pillarWeights(), levels), verificationNote, actor.username(),
				clock.instant());
		saved(a);
		events.publishEvent(new AssessmentVerified(a.id(), a.ikmId(), a.year(), a.provinceCode(), a.overallIndex(),
				officer.size(), actor.username()));
		return a;
	}

	/** Keeps a photo or document as evidence for a question, while the assessment is not yet verified. */
	public Evidence addEvidence(Actor actor, IkmId ikmId, AssessmentId id, String questionCode, String fileName,
			byte[] content) {
		ikm(actor, ikmId);
		Assessment a = load(ikmId, id);
		if (a.status() == AssessmentStatus.VERIFIED) {
			throw new RuleRefusedException("readiness.assessment.verified", a.year());
		}
		Questionnaire q = questionnaires.questionnaire(a.questionnaireId());
		Question question = questionCode == null ? null : q.question(questionCode.strip()).orElse(null);
		if (question == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("question", "readiness.answer.question.unknown",
					Objects.toString(questionCode, ""))));
		}
		StoredDocument doc = uploads.store(fileName, content);
		long evidenceId = store.insertEvidence(a.id(), question.id(), doc.storageKey(), doc.fileName(),
				doc.type().mediaType(), doc.sizeBytes(), actor.username(), clock.instant());
		events.publishEvent(new EvidenceAdded(a.id(), evidenceId, a.ikmId(), a.provinceCode(), question.code(),
				doc.fileName(), actor.username()));
		return store.evidence(a.id()).stream().filter(e -> e.id() == evidenceId).findFirst().orElseThrow();
	}

	/** A piece of evidence with its bytes, for those who may read the assessment. */
	public record EvidenceFile(Evidence evidence, InputStream content) {
	}

	@Transactional(readOnly = true)
	public EvidenceFile evidenceFile(Actor actor, IkmId ikmId, AssessmentId id, long evidenceId) {
		ikm(actor, ikmId);
		Assessment a = load(ikmId, id);
		Evidence e = store.evidence(a.id()).stream().filter(x -> x.id() == evidenceId).findFirst()
			.orElseThrow(() -> new NotFoundException("readiness.evidence.not-found", evidenceId));
		try {
			return new EvidenceFile(e, files.open(e.fileKey()));
		}
		catch (IOException ex) {
			throw new NotFoundException("readiness.evidence.not-found", evidenceId);
		}
	}

	/** Submitted assessments waiting for verification: the officer's province, or all for an admin. */
	@Transactional(readOnly = true)
	public List<QueuedAssessment> queue(Actor actor) {
		if (actor.isAdmin()) {
			return store.submitted(null);
		}
		if (actor.role() == id.canting.shared.Role.OFFICER && actor.provinceCode() != null) {
			return store.submitted(actor.provinceCode());
		}
		throw new id.canting.shared.ForbiddenException("readiness.forbidden.queue");
	}

	private Assessment load(IkmId ikmId, AssessmentId id) {
		return store.find(id.value()).filter(a -> a.ikmId() == ikmId.value())
			.orElseThrow(() -> new NotFoundException("readiness.assessment.not-found", id.value()));
	}

	private void saved(Assessment a) {
		if (!store.save(a)) {
			throw new ConflictException("readiness.assessment.stale", a.year());
		}
	}

	/** The question of this code, or null with the refusal naming the answer's place in the list. */
	private static Question asked(Questionnaire q, int index, String code, List<FieldViolation> violations) {
		Question question = code == null ? null : q.question(code.strip()).orElse(null);
		if (question == null) {
			violations.add(FieldViolation.of("answers[" + index + "].question", "readiness.answer.question.unknown",
					Objects.toString(code, "")));
		}
		return question;
	}

	private static boolean inRange(int level) {
		return level >= ReadinessLevel.LOWEST && level <= ReadinessLevel.HIGHEST;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
