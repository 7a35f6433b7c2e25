package id.canting.event.exhibitor.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.event.exhibitor.ExhibitorApplicationId;
import id.canting.event.exhibitor.internal.BoothPlan;
import id.canting.event.exhibitor.internal.Booths;
import id.canting.event.exhibitor.internal.ExhibitorApplication;
import id.canting.event.exhibitor.internal.PublicExhibitors;
import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The booth floor plan and booth assignment (admins), and the public list of an event's exhibitors. */
@RestController
@Tag(name = ExhibitorApiController.TAG)
class BoothApiController {

	private final Booths booths;
	private final PublicExhibitors exhibitors;
	private final Regions regions;
	private final MessageSource messages;

	BoothApiController(Booths booths, PublicExhibitors exhibitors, Regions regions, MessageSource messages) {
		this.booths = booths;
		this.exhibitors = exhibitors;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/api/v1/events/{code}/booths")
	BoothPlan plan(@PathVariable String code) {
		return booths.plan(EventCode.of(code)).orElseThrow(() -> new NotFoundException("exhibitor.booth.no-plan-yet", code));
	}

	@PutMapping("/api/v1/events/{code}/booths")
	BoothPlan setPlan(@PathVariable String code, @RequestBody ExhibitorRequests.Plan body, Actor actor) {
		return booths.setPlan(actor, EventCode.of(code), body.toPlan());
	}

	@PutMapping("/api/v1/exhibitor-applications/{id}/booth")
	ExhibitorResponses.ExhibitorApplicationView assign(@PathVariable long id, @RequestBody ExhibitorRequests.Booth body,
			Actor actor) {
		return ExhibitorResponses.ExhibitorApplicationView.of(booths.assign(actor, new ExhibitorApplicationId(id), body.booth()));
	}

	/** The published exhibitors of a public event: IKM name, region, categories, Batikmark, booth. */
	@GetMapping("/api/v1/events/{code}/exhibitors")
	List<ExhibitorResponses.PublicExhibitor> exhibitors(@PathVariable String code) {
		return exhibitors.of(EventCode.of(code)).stream().map(this::publicView).toList();
	}

	private ExhibitorResponses.PublicExhibitor publicView(ExhibitorApplication a) {
		var locale = LocaleContextHolder.getLocale();
		return new ExhibitorResponses.PublicExhibitor(a.ikmName(), a.provinceCode(),
				regions.province(a.provinceCode()).map(Province::displayName).orElse(a.provinceCode()), a.regencyCode(),
				regions.regency(a.regencyCode()).map(Regency::name).orElse(a.regencyCode()), a.categories(),
				a.categories().stream().map(c -> messages.getMessage("category." + c.name(), null, c.name(), locale)).toList(),
				a.batikmark(), messages.getMessage("exhibitor.batikmark." + a.batikmark().name(), null, locale), a.booth());
	}
}
