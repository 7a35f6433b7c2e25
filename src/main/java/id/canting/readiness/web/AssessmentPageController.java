package id.canting.readiness.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import id.canting.readiness.AssessmentId;
import id.canting.readiness.internal.AnswerInput;
import id.canting.readiness.internal.AssessmentStatus;
import id.canting.readiness.internal.AssessmentView;
import id.canting.readiness.internal.Assessments;
import id.canting.readiness.internal.ReadinessAccess;
import id.canting.readiness.internal.VerifyInput;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FormSubmission;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One assessment's pages: the owner's form while it is a draft (levels as radio buttons with their
 * descriptions, a note and evidence per question; save or submit), the officer's verification while it
 * is submitted, and the read-only view otherwise. Refusals show next to their question.
 */
@Controller
class AssessmentPageController {

	private final Assessments assessments;
	private final FormErrors errors;

	AssessmentPageController(Assessments assessments, FormErrors errors) {
		this.assessments = assessments;
		this.errors = errors;
	}

	@GetMapping("/ikm/{ikmId}/readiness/{assessmentId}")
	String page(@PathVariable long ikmId, @PathVariable long assessmentId, Actor actor, Model model) {
		AssessmentView view = view(actor, ikmId, assessmentId);
		AssessmentForm form = view.assessment().status() == AssessmentStatus.DRAFT
				? AssessmentForm.ofOwner(view.questionnaire(), view.assessment()) : AssessmentForm.empty(view.questionnaire());
		return show(view, form, null, actor, model);
	}

	@PostMapping("/ikm/{ikmId}/readiness/{assessmentId}")
	String save(@PathVariable long ikmId, @PathVariable long assessmentId, @ModelAttribute("form") AssessmentForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
			Actor actor, Model model, RedirectAttributes redirect) {
		IkmId ikm = new IkmId(ikmId);
		AssessmentId id = new AssessmentId(assessmentId);
		AssessmentView before = view(actor, ikmId, assessmentId);
		form.complete(before.questionnaire());
		boolean submit = "submit".equals(action);
		return FormSubmission.of(result).ruleRefusals().submit(() -> {
			List<AnswerInput> answers = new ArrayList<>();
			form.getAnswers().forEach((code, row) -> answers.add(new AnswerInput(code, row.getLevel(), row.getNote())));
			assessments.saveDraft(actor, ikm, id, answers);
			addEvidence(request, actor, ikm, id);
			if (submit) {
				assessments.submit(actor, ikm, id);
			}
			return true;
		}).map(done -> {
			redirect.addFlashAttribute("notice", submit ? "readiness.notice.submitted" : "readiness.notice.saved");
			return submit ? "redirect:/ikm/" + ikmId + "/readiness" : "redirect:/ikm/" + ikmId + "/readiness/" + assessmentId;
		}).orElseGet(() -> show(view(actor, ikmId, assessmentId), form, result, actor, model));
	}

	@PostMapping("/ikm/{ikmId}/readiness/{assessmentId}/verify")
	String verify(@PathVariable long ikmId, @PathVariable long assessmentId, @ModelAttribute("form") AssessmentForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		AssessmentView before = view(actor, ikmId, assessmentId);
		form.complete(before.questionnaire());
		List<VerifyInput> answers = new ArrayList<>();
		form.getAnswers().forEach((code, row) -> answers.add(new VerifyInput(code, row.getLevel(), row.getReason())));
		return FormSubmission.of(result).ruleRefusals()
			.submit(() -> assessments.verify(actor, new IkmId(ikmId), new AssessmentId(assessmentId), answers, form.getNote()))
			.map(done -> {
				redirect.addFlashAttribute("notice", "readiness.notice.verified");
				return "redirect:/ikm/" + ikmId + "/readiness";
			}).orElseGet(() -> show(before, form, result, actor, model));
	}

	@PostMapping("/ikm/{ikmId}/readiness/{assessmentId}/return")
	String returnToDraft(@PathVariable long ikmId, @PathVariable long assessmentId,
			@RequestParam(required = false) String reason, Actor actor, Model model, RedirectAttributes redirect) {
		try {
			assessments.returnToDraft(actor, new IkmId(ikmId), new AssessmentId(assessmentId), reason);
		}
		catch (InvalidInputException e) {
			model.addAttribute("returnError", true);
			AssessmentView view = view(actor, ikmId, assessmentId);
			return show(view, AssessmentForm.empty(view.questionnaire()), null, actor, model);
		}
		redirect.addFlashAttribute("notice", "readiness.notice.returned");
		return "redirect:/readiness/assessments";
	}

	@GetMapping("/ikm/{ikmId}/readiness/{assessmentId}/evidence/{evidenceId}")
	ResponseEntity<InputStreamResource> evidence(@PathVariable long ikmId, @PathVariable long assessmentId,
			@PathVariable long evidenceId, Actor actor) {
		return EvidenceDownload.of(assessments.evidenceFile(actor, new IkmId(ikmId), new AssessmentId(assessmentId),
				evidenceId));
	}

	/** The files chosen in the form (inputs named {@code evidence-<code>}), each kept as evidence for its question. */
	private void addEvidence(HttpServletRequest request, Actor actor, IkmId ikm, AssessmentId id) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return;
		}
		for (Map.Entry<String, MultipartFile> file : multipart.getFileMap().entrySet()) {
			if (!file.getKey().startsWith("evidence-") || file.getValue().isEmpty()) {
				continue;
			}
			String code = file.getKey().substring("evidence-".length());
			try {
				assessments.addEvidence(actor, ikm, id, code, file.getValue().getOriginalFilename(), file.getValue().getBytes());
			}
			catch (InvalidInputException e) {
				// the document's own rule (empty, too big, not PDF/JPEG/PNG) next to its question
				throw new InvalidInputException(e.violations().stream()
					.map(v -> new FieldViolation("answers[" + code + "].evidence", v.messageKey(), v.arguments())).toList());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private AssessmentView view(Actor actor, long ikmId, long assessmentId) {
		return assessments.view(actor, new IkmId(ikmId), new AssessmentId(assessmentId));
	}

	private String show(AssessmentView view, AssessmentForm form, BindingResult result, Actor actor, Model model) {
		errors.addTo(model, result);
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("levels", List.of(0, 1, 2, 3, 4));
		model.addAttribute("allPillars", id.canting.readiness.Pillar.values());
		AssessmentStatus status = view.assessment().status();
		if (status == AssessmentStatus.DRAFT) {
			return "readiness/form";
		}
		if (status == AssessmentStatus.SUBMITTED && ReadinessAccess.mayVerify(actor, view.ikm().provinceCode())) {
			return "readiness/verify";
		}
		return "readiness/assessment";
	}
}
