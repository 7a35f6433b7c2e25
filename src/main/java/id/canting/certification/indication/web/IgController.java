package id.canting.certification.indication.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.certification.indication.GeographicalIndication;
import id.canting.certification.indication.GeographicalIndications;
import id.canting.certification.indication.internal.IgListedMember;
import id.canting.certification.IgStage;
import id.canting.region.Regions;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;
import id.canting.shared.web.FormSubmission;

/**
 * The public list and page of geographical indications; on the page, ministry staff record stages and
 * ministry staff or a covered province's officer keep members, with refusals shown by the form.
 */
@Controller
class IgController {

	private final GeographicalIndications indications;
	private final Regions regions;

	IgController(GeographicalIndications indications, Regions regions) {
		this.indications = indications;
		this.regions = regions;
	}

	@GetMapping("/ig")
	String list(Actor actor, Model model) {
		List<GeographicalIndication> all = indications.all();
		model.addAttribute("indications", all);
		model.addAttribute("members", indications.listedMembers(actor, all));
		model.addAttribute("canCreate", actor.isAdmin());
		return "certification/ig-list";
	}

	@GetMapping("/ig/{key}")
	String page(@PathVariable String key, Actor actor, Model model) {
		return page(indications.indication(key), actor, model, new StageForm(), new MemberForm());
	}

	@PostMapping("/ig/{key}/stages")
	String stage(@PathVariable String key, @ModelAttribute("stageForm") StageForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		GeographicalIndication ig = indications.indication(key);
		if (!actor.isAdmin()) {
			throw new ForbiddenException("ig.forbidden.change");
		}
		if (!result.hasErrors() && FormSubmission.of(result).otherRefusals().submitted(
				() -> indications.reach(actor, key, form.getStage(), form.getReachedOn(), form.getRegistrationNumber()))) {
			redirect.addFlashAttribute("notice", "ig.notice.stage");
			return "redirect:/ig/" + ig.slug();
		}
		return page(indications.indication(key), actor, model, form, new MemberForm());
	}

	@PostMapping("/ig/{key}/members")
	String addMember(@PathVariable String key, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		GeographicalIndication ig = indications.indication(key);
		if (!GeographicalIndications.mayKeepMembers(actor, ig)) {
			throw new ForbiddenException("ig.forbidden.members");
		}
		if (!result.hasErrors()) {
			if (form.getIkmId() == null) {
				result.rejectValue("ikmId", "validation.required");
			}
			else {
				try {
					indications.addMember(actor, key, new IkmId(form.getIkmId()));
					redirect.addFlashAttribute("notice", "ig.notice.member-added");
					return "redirect:/ig/" + ig.slug();
				}
				catch (DomainException e) {
					if (e instanceof ForbiddenException) {
						throw e;
					}
					result.rejectValue("ikmId", e.messageKey(), e.arguments(), e.messageKey());
				}
			}
		}
		return page(indications.indication(key), actor, model, new StageForm(), form);
	}

	@PostMapping("/ig/{key}/members/{ikmId}/remove")
	String removeMember(@PathVariable String key, @PathVariable long ikmId, Actor actor, RedirectAttributes redirect) {
		GeographicalIndication ig = indications.removeMember(actor, key, new IkmId(ikmId));
		redirect.addFlashAttribute("notice", "ig.notice.member-removed");
		return "redirect:/ig/" + ig.slug();
	}

	private String page(GeographicalIndication ig, Actor actor, Model model, StageForm stageForm, MemberForm memberForm) {
		List<IgListedMember> members = indications.listedMembers(actor, ig);
		model.addAttribute("ig", ig);
		model.addAttribute("members", members);
		// the public sees only active, verified members; staff see where each of theirs stands
		model.addAttribute("showMemberStanding", actor.isAdmin() || actor.role() == Role.OFFICER);
		model.addAttribute("view", IgResponse.of(ig, members, regions));
		model.addAttribute("canEdit", actor.isAdmin());
		model.addAttribute("canKeepMembers", GeographicalIndications.mayKeepMembers(actor, ig));
		model.addAttribute("actor", actor);
		model.addAttribute("openStages", ig.openStages());
		model.addAttribute("stageForm", stageForm);
		model.addAttribute("memberForm", memberForm);
		return "certification/ig-detail";
	}

	/** The stage form: which stage, on which day, and the registration number with a registration. */
	public static class StageForm {

		private IgStage stage;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate reachedOn;
		private String registrationNumber;

		public IgStage getStage() { return stage; }
		public void setStage(IgStage stage) { this.stage = stage; }
		public LocalDate getReachedOn() { return reachedOn; }
		public void setReachedOn(LocalDate reachedOn) { this.reachedOn = reachedOn; }
		public String getRegistrationNumber() { return registrationNumber; }
		public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
	}

	/** The member form: the IKM's id. */
	public static class MemberForm {

		private Long ikmId;

		public Long getIkmId() { return ikmId; }
		public void setIkmId(Long ikmId) { this.ikmId = ikmId; }
	}
}
