package id.canting.statistics.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.readiness.Pillar;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.statistics.IndustryAnalytics;
import id.canting.statistics.IndustryFigures;
import id.canting.statistics.ReadinessAnalytics;
import id.canting.statistics.IndustrySummary.Share;

/**
 * The industry dashboard: provinces as a bar chart and a map, the technique, category, dye, size,
 * owner and kind breakdowns, and the natural-dye and women-owned shares; every figure opens its IKM.
 * Below them, the Industry 4.0 readiness of the same scope ({@code readinessYear}: the latest year
 * with a verified result unless chosen).
 */
@Controller
class IndustryDashboardController {

	static final int TOP_SENTRA = 10;

	private final IndustryAnalytics analytics;
	private final ReadinessAnalytics readiness;
	private final Regions regions;

	IndustryDashboardController(IndustryAnalytics analytics, ReadinessAnalytics readiness, Regions regions) {
		this.analytics = analytics;
		this.readiness = readiness;
		this.regions = regions;
	}

	@GetMapping("/statistics/industry")
	String industry(@RequestParam(required = false) String province,
			@RequestParam(required = false) String readinessYear, Actor actor, Model model) {
		IndustryFigures figures = analytics.industry(province, TOP_SENTRA);
		model.addAttribute("figures", figures);
		model.addAttribute("breakdowns", List.of(
				new Breakdown("technique", "technique", "field.technique", true, figures.byTechnique()),
				new Breakdown("category", "category", "field.category", true, figures.byCategory()),
				new Breakdown("dye", "dye", "field.dye", true, figures.byDye()),
				new Breakdown("sizeClass", "sizeClass", "field.sizeClass", false, figures.bySizeClass()),
				new Breakdown("ownerGender", "gender", "field.ownerGender", false, figures.byOwnerGender()),
				new Breakdown("kind", "kind", "field.kind", false, figures.byKind())));
		model.addAttribute("provinces", regions.provinces());
		// Industry 4.0 readiness of the same scope: the latest year with a verified result unless chosen
		model.addAttribute("readiness", readiness.readiness(province, readinessYear));
		model.addAttribute("readinessTrend", readiness.yearOnYearSeries(province));
		model.addAttribute("pillarList", Pillar.values());
		model.addAttribute("provinceNames", regions.provinces().stream()
			.collect(Collectors.toMap(Province::code, Province::name)));
		// the last six semesters, as the workforce API gives them without from/to
		model.addAttribute("workforce", analytics.workforce(null, null, province));
		// the scope's province leads every link's query, so a figure of Jawa Tengah opens Jawa Tengah's IKM
		String scope = figures.scope().code() == null ? "" : "?province=" + figures.scope().code();
		model.addAttribute("listUrl", RecordsLink.listUrl(actor));
		model.addAttribute("scopedListUrl", RecordsLink.listUrl(actor) + scope);
		model.addAttribute("scopedSentraUrl", "/sentra" + scope);
		return "statistics/industry";
	}

	/**
	 * One breakdown panel: the IKM list's filter {@code param}, the message prefix of its values, its
	 * column heading, and whether an IKM can count under several values.
	 */
	record Breakdown(String param, String labelPrefix, String headingKey, boolean multi, List<Share> rows) {
	}
}
