package id.canting.readiness.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.ReadinessProgrammes;
import id.canting.readiness.internal.Assessment;
import id.canting.readiness.internal.AssessmentStatus;
import id.canting.readiness.internal.AssessmentView.IkmFacts;
import id.canting.readiness.internal.Assessments;
import id.canting.readiness.internal.QueuedAssessment;
import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.Questionnaires;
import id.canting.registry.IkmId;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;

/**
 * An IKM's readiness page (the verified result with its radar, the history by year, the next steps for
 * the weakest pillar and the programmes open now that address it), starting this year's assessment,
 * and the officers' queue of submitted assessments.
 */
@Controller
class ReadinessPageController {

	private final Assessments assessments;
	private final Questionnaires questionnaires;
	private final RegistryQueries registry;
	private final ObjectProvider<ReadinessProgrammes> programmes;

	ReadinessPageController(Assessments assessments, Questionnaires questionnaires, RegistryQueries registry,
			ObjectProvider<ReadinessProgrammes> programmes) {
		this.assessments = assessments;
		this.questionnaires = questionnaires;
		this.registry = registry;
		this.programmes = programmes;
	}

	/** A pillar's row in the result table (and radar): the verified score, and the year before's where there is one. */
	record PillarRow(Pillar pillar, BigDecimal score, BigDecimal previous) {
	}

	/** The weakest pillar with the questionnaire's next step for its level and the programmes open now for it. */
	record Recommendation(Pillar pillar, BigDecimal score, ReadinessLevel level, Questionnaire.NextStep step,
			List<ReadinessProgrammes.OpenProgramme> programmes) {
	}

	@GetMapping("/ikm/{ikmId}/readiness")
	String page(@PathVariable long ikmId, Actor actor, Model model) {
		IkmId id = new IkmId(ikmId);
		IkmFacts ikm = assessments.ikm(actor, id);
		List<Assessment> history = assessments.history(actor, id);
		Map<Long, Questionnaire> versions = new java.util.HashMap<>();
		questionnaires.all().forEach(q -> versions.put(q.id(), q));
		List<Assessment> verified = history.stream().filter(a -> a.status() == AssessmentStatus.VERIFIED).toList();
		Optional<Assessment> latest = verified.stream().findFirst();
		Optional<Assessment> previous = verified.stream().skip(1).findFirst();
		int thisYear = assessments.currentYear();
		model.addAttribute("ikm", ikm);
		model.addAttribute("history", history);
		model.addAttribute("versions", versions);
		model.addAttribute("thisYear", thisYear);
		model.addAttribute("current", history.stream().filter(a -> a.year() == thisYear).findFirst().orElse(null));
		model.addAttribute("canStart", history.stream().noneMatch(a -> a.year() == thisYear)
				&& questionnaires.published().isPresent());
		latest.ifPresent(result -> {
			model.addAttribute("result", result);
			model.addAttribute("resultLevel", ReadinessLevel.ofScore(result.overallIndex()));
			model.addAttribute("previous", previous.orElse(null));
			model.addAttribute("pillars", java.util.Arrays.stream(Pillar.values())
				.map(p -> new PillarRow(p, result.verifiedScores().get(p),
						previous.map(a -> a.verifiedScores().get(p)).orElse(null)))
				.toList());
			model.addAttribute("recommendation", recommendation(result, versions.get(result.questionnaireId())));
		});
		return "readiness/ikm";
	}

	@PostMapping("/ikm/{ikmId}/readiness")
	String start(@PathVariable long ikmId, Actor actor, RedirectAttributes redirect) {
		Assessment a = assessments.start(actor, new IkmId(ikmId), null);
		redirect.addFlashAttribute("notice", "readiness.notice.started");
		return "redirect:/ikm/" + ikmId + "/readiness/" + a.id();
	}

	@GetMapping("/readiness/assessments")
	String queue(Actor actor, Model model) {
		List<QueuedAssessment> queue = assessments.queue(actor);
		model.addAttribute("queue", queue);
		Map<Long, String> names = new java.util.HashMap<>();
		registry.names(queue.stream().map(q -> new IkmId(q.ikmId())).toList()).forEach((id, name) -> names.put(id.value(), name));
		model.addAttribute("names", names);
		return "readiness/queue";
	}

	private Recommendation recommendation(Assessment result, Questionnaire q) {
		Pillar weakest = java.util.Arrays.stream(Pillar.values())
			.filter(p -> result.verifiedScores().containsKey(p))
			.min(Comparator.comparing((Pillar p) -> result.verifiedScores().get(p)).thenComparing(Pillar::ordinal))
			.orElse(null);
		if (weakest == null) {
			return null;
		}
		BigDecimal score = result.verifiedScores().get(weakest);
		ReadinessLevel level = ReadinessLevel.ofScore(score);
		ReadinessProgrammes open = programmes.getIfAvailable();
		return new Recommendation(weakest, score, level, q == null ? null : q.nextStep(weakest, level.value()).orElse(null),
				open == null ? List.of() : open.openAddressing(weakest));
	}
}
