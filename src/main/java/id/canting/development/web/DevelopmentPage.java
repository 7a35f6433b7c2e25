package id.canting.development.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.canting.development.internal.DevelopmentView;
import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.NeedPriority;
import id.canting.development.internal.ScorePart;
import id.canting.development.internal.SentraDevelopment;
import id.canting.region.Regions;
import id.canting.registry.SentraId;
import id.canting.shared.Actor;

/** Fills the model of a sentra's development page, keeping any form the request already bound (with its errors). */
@Component
class DevelopmentPage {

	private final SentraDevelopment development;
	private final Regions regions;

	DevelopmentPage(SentraDevelopment development, Regions regions) {
		this.development = development;
		this.regions = regions;
	}

	String show(long id, Actor actor, Model model) {
		DevelopmentView view = development.view(actor, new SentraId(id));
		model.addAttribute("dev", view);
		model.addAttribute("parts", ScorePart.values());
		model.addAttribute("regencyName", regions.regency(view.regencyCode()).map(r -> r.name()).orElse(view.regencyCode()));
		model.addAttribute("provinceName", regions.province(view.provinceCode()).map(p -> p.name()).orElse(view.provinceCode()));
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("conditions", FacilityCondition.values());
		model.addAttribute("priorities", NeedPriority.values());
		model.addAttribute("facilityUnits", view.facilities().stream().mapToLong(f -> f.count()).sum());
		model.addAttribute("workingUnits", view.facilities().stream().mapToLong(f -> f.workingUnits()).sum());
		if (!model.containsAttribute("locationForm")) {
			LocationForm location = new LocationForm();
			location.setLatitude(view.location().latitude());
			location.setLongitude(view.location().longitude());
			model.addAttribute("locationForm", location);
		}
		if (!model.containsAttribute("needForm")) {
			model.addAttribute("needForm", new NeedForm());
		}
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new ProjectForm());
		}
		if (!model.containsAttribute("photoForm")) {
			model.addAttribute("photoForm", new PhotoForm());
		}
		return "development/sentra-development";
	}

	/** A part (0–1) as a percentage with no decimals, for the page. */
	static long percent(BigDecimal part) {
		return part.multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
	}
}
