package id.canting.statistics.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.canting.shared.Actor;
import id.canting.statistics.IndustryStatistics;

/** The headline dashboard at {@code /}: the article's four figures and their breakdowns, each linking to its IKM. */
@Controller
class DashboardController {

	private final IndustryStatistics statistics;

	DashboardController(IndustryStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/")
	String dashboard(Actor actor, Model model) {
		model.addAttribute("summary", statistics.summary());
		model.addAttribute("listUrl", RecordsLink.listUrl(actor));
		return "statistics/dashboard";
	}
}
