package id.canting.readiness.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.canting.readiness.AssessmentId;
import id.canting.readiness.internal.AnswerInput;
import id.canting.readiness.internal.Assessment;
import id.canting.readiness.internal.Assessments;
import id.canting.readiness.internal.Evidence;
import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.Questionnaires;
import id.canting.readiness.internal.VerifyInput;
import id.canting.readiness.web.ReadinessResponses.ReadinessAssessmentResponse;
import id.canting.readiness.web.ReadinessResponses.ReadinessAssessmentSummary;
import id.canting.readiness.web.ReadinessResponses.ReadinessEvidenceResponse;
import id.canting.readiness.web.ReadinessResponses.ReadinessHistory;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An IKM's readiness assessments: its owner, the officer of its province and admins read, start and
 * fill them; the officer of the province (or an admin) verifies or returns a submitted one.
 */
@RestController
@Tag(name = "Readiness assessments", description = "Yearly Industry 4.0 readiness self-assessments of an IKM and their verification")
@RequestMapping("/api/v1/ikm/{ikmId}/readiness")
class AssessmentApiController {

	private final Assessments assessments;
	private final Questionnaires questionnaires;

	AssessmentApiController(Assessments assessments, Questionnaires questionnaires) {
		this.assessments = assessments;
		this.questionnaires = questionnaires;
	}

	@GetMapping
	ReadinessHistory history(@PathVariable long ikmId, Actor actor) {
		IkmId ikm = new IkmId(ikmId);
		String name = assessments.ikm(actor, ikm).name();
		Map<Long, Integer> versions = questionnaires.all().stream()
			.collect(Collectors.toMap(Questionnaire::id, Questionnaire::version));
		return new ReadinessHistory(ikmId, name, assessments.history(actor, ikm).stream()
			.map(a -> ReadinessAssessmentSummary.of(a, versions.get(a.questionnaireId()))).toList());
	}

	@Operation(summary = "Start the IKM's assessment for a year (default: this year in Asia/Jakarta); one per IKM per year")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ReadinessAssessmentResponse> start(@PathVariable long ikmId,
			@RequestBody(required = false) StartRequest request, Actor actor) {
		Assessment a = assessments.start(actor, new IkmId(ikmId), request == null ? null : request.year());
		return ResponseEntity.created(URI.create("/api/v1/ikm/" + ikmId + "/readiness/" + a.id()))
			.body(view(ikmId, a.id(), actor));
	}

	@GetMapping("/{assessmentId}")
	ReadinessAssessmentResponse one(@PathVariable long ikmId, @PathVariable long assessmentId, Actor actor) {
		return view(ikmId, assessmentId, actor);
	}

	@Operation(summary = "Save the draft's answers (a level may stay null); a level outside 0–4 is refused")
	@PutMapping("/{assessmentId}")
	ReadinessAssessmentResponse answer(@PathVariable long ikmId, @PathVariable long assessmentId,
			@RequestBody AnswersRequest request, Actor actor) {
		assessments.saveDraft(actor, new IkmId(ikmId), new AssessmentId(assessmentId),
				request.answers() == null ? List.of() : request.answers());
		return view(ikmId, assessmentId, actor);
	}

	@Operation(summary = "Submit the draft: every question answered, evidence where a question asks for it")
	@PostMapping("/{assessmentId}/submit")
	ReadinessAssessmentResponse submit(@PathVariable long ikmId, @PathVariable long assessmentId, Actor actor) {
		assessments.submit(actor, new IkmId(ikmId), new AssessmentId(assessmentId));
		return view(ikmId, assessmentId, actor);
	}

	@Operation(summary = "Verify a submitted assessment (officer of the IKM's province or admin); a different level needs a reason")
	@PostMapping("/{assessmentId}/verify")
	ReadinessAssessmentResponse verify(@PathVariable long ikmId, @PathVariable long assessmentId,
			@RequestBody(required = false) VerifyRequest request, Actor actor) {
		VerifyRequest r = request == null ? new VerifyRequest(List.of(), null) : request;
		assessments.verify(actor, new IkmId(ikmId), new AssessmentId(assessmentId),
				r.answers() == null ? List.of() : r.answers(), r.note());
		return view(ikmId, assessmentId, actor);
	}

	@Operation(summary = "Return a submitted assessment to the owner as a draft, with the reason")
	@PostMapping("/{assessmentId}/return")
	ReadinessAssessmentResponse returnToDraft(@PathVariable long ikmId, @PathVariable long assessmentId,
			@RequestBody(required = false) ReturnRequest request, Actor actor) {
		assessments.returnToDraft(actor, new IkmId(ikmId), new AssessmentId(assessmentId),
				request == null ? null : request.reason());
		return view(ikmId, assessmentId, actor);
	}

	@Operation(summary = "Add a photo or document (PDF, JPEG, PNG) as evidence for a question (by its code)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/{assessmentId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ReadinessEvidenceResponse> addEvidence(@PathVariable long ikmId, @PathVariable long assessmentId,
			@RequestParam(required = false) String question, @RequestParam(required = false) MultipartFile file,
			Actor actor) throws IOException {
		if (file == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("file", "validation.required")));
		}
		Evidence e = assessments.addEvidence(actor, new IkmId(ikmId), new AssessmentId(assessmentId), question,
				file.getOriginalFilename(), file.getBytes());
		ReadinessEvidenceResponse body = ReadinessEvidenceResponse.of(e, question == null ? null : question.strip(), ikmId);
		return ResponseEntity.created(URI.create(body.href())).body(body);
	}

	@FileDownload({ FileDownload.PDF, FileDownload.JPEG, FileDownload.PNG })
	@GetMapping("/{assessmentId}/evidence/{evidenceId}")
	ResponseEntity<InputStreamResource> evidence(@PathVariable long ikmId, @PathVariable long assessmentId,
			@PathVariable long evidenceId, Actor actor) {
		return EvidenceDownload.of(assessments.evidenceFile(actor, new IkmId(ikmId), new AssessmentId(assessmentId),
				evidenceId));
	}

	private ReadinessAssessmentResponse view(long ikmId, long assessmentId, Actor actor) {
		return ReadinessAssessmentResponse.of(assessments.view(actor, new IkmId(ikmId), new AssessmentId(assessmentId)));
	}

	/** @param year the assessment's year; this year (Asia/Jakarta) when absent */
	record StartRequest(Integer year) {
	}

	record AnswersRequest(List<AnswerInput> answers) {
	}

	record VerifyRequest(List<VerifyInput> answers, String note) {
	}

	record ReturnRequest(String reason) {
	}
}
