package id.canting.programme.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.ProgrammeEligibility;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeStatus;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.catalogue.internal.EligibilityRules;
import id.canting.programme.catalogue.internal.ReadinessRule;
import id.canting.programme.catalogue.internal.ProgrammeFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.Role;

/**
 * The programme catalogue pages: the list (open calls first, filtered by type and year) and a
 * programme's page with its rules in plain words and, for owners, officers and admins, the check of
 * one IKM against them.
 */
@Controller
class ProgrammeController {

	private final ProgrammeManagement programmes;
	private final ProgrammeEligibility eligibility;
	private final EligibilityMessages labels;
	private final IkmManagement ikms;
	private final MessageSource messages;

	ProgrammeController(ProgrammeManagement programmes, ProgrammeEligibility eligibility, EligibilityMessages labels,
			IkmManagement ikms, MessageSource messages) {
		this.programmes = programmes;
		this.eligibility = eligibility;
		this.labels = labels;
		this.ikms = ikms;
		this.messages = messages;
	}

	@GetMapping("/programmes")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Actor actor, Model model) {
		ProgrammeFilter filter = ProgrammeFilter.of(type, year, null);
		PageRequest request = PageRequest.of(page, 20, null, java.util.Set.of(), "open");
		model.addAttribute("filter", filter);
		model.addAttribute("types", ProgrammeType.values());
		model.addAttribute("results",
				programmes.programmes(actor, filter, request).map(p -> ProgrammeResponse.of(p, programmes.today())));
		model.addAttribute("canEdit", actor.isAdmin());
		return "programme/list";
	}

	@GetMapping("/programmes/{code}")
	String detail(@PathVariable String code, @RequestParam(required = false) Long ikm, Actor actor, Locale locale,
			Model model) {
		Programme programme = programmes.programme(actor, code);
		model.addAttribute("programme", ProgrammeResponse.of(programme, programmes.today()));
		model.addAttribute("rules", ruleTexts(programme.details(), locale));
		model.addAttribute("canEdit", actor.isAdmin());
		model.addAttribute("isDraft", programme.status() == ProgrammeStatus.DRAFT);
		model.addAttribute("isPublished", programme.status() == ProgrammeStatus.PUBLISHED);
		boolean mayCheck = actor.isAdmin() || actor.role() == Role.OFFICER || actor.role() == Role.IKM_OWNER;
		model.addAttribute("mayCheck", mayCheck);
		model.addAttribute("actor", actor);
		model.addAttribute("mayApply", programme.isOpenOn(programmes.today())
				&& ApplyPermission.mayApply(actor, programme.target()));
		if (actor.role() == Role.IKM_OWNER) {
			model.addAttribute("ownIkm", actor.ikmIds().stream().sorted()
				.map(id -> new IkmOption(id, ikms.ikm(actor, new IkmId(id)).name())).toList());
		}
		if (ikm != null && mayCheck) {
			model.addAttribute("checkedIkm", ikm);
			model.addAttribute("check", labels.response(eligibility.ofIkm(actor, code, new IkmId(ikm)), locale));
		}
		return "programme/detail";
	}

	/** The programme's rules as sentences, in the order {@code Eligibility} checks them. */
	private List<String> ruleTexts(ProgrammeDetails programme, Locale locale) {
		EligibilityRules r = programme.rules();
		List<String> texts = new ArrayList<>();
		texts.add(text("programme.rule.target", locale, programme.target()));
		if (!r.provinces().isEmpty()) {
			texts.add(text("programme.rule.provinces", locale, r.provinces()));
		}
		if (!r.techniques().isEmpty()) {
			texts.add(text("programme.rule.techniques", locale, r.techniques()));
		}
		if (!r.kinds().isEmpty()) {
			texts.add(text("programme.rule.kinds", locale, r.kinds()));
		}
		if (!r.sizeClasses().isEmpty()) {
			texts.add(text("programme.rule.sizeClasses", locale, r.sizeClasses()));
		}
		if (r.nibRequired()) {
			texts.add(text("programme.rule.nib", locale));
		}
		if (r.sentraMemberRequired()) {
			texts.add(text("programme.rule.sentraMember", locale));
		}
		if (r.minActiveSentraMembers() != null) {
			texts.add(text("programme.rule.sentraSize", locale, r.minActiveSentraMembers()));
		}
		if (r.noBenefitWithinYears() != null) {
			texts.add(text("programme.rule.pastBenefit", locale, programme.type(), r.noBenefitWithinYears()));
		}
		for (ReadinessRule rule : r.readiness()) {
			texts.add(text(rule.comparison() == ReadinessRule.Comparison.BELOW ? "programme.rule.readinessBelow"
					: "programme.rule.readinessAtLeast", locale, rule.subject(), rule.threshold()));
		}
		return texts;
	}

	private String text(String key, Locale locale, Object... args) {
		Object[] labelled = java.util.Arrays.stream(args).map(a -> labels.label(a, locale)).toArray();
		return messages.getMessage(key, labelled, locale);
	}
}
