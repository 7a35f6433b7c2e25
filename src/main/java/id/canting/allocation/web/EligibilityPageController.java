package id.canting.allocation.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.Eligibility;
import id.canting.allocation.internal.Explanation;
import id.canting.shared.Actor;

/**
 * {@code /allocation/orders/{id}/eligibility}: how many IKM may produce and their capacity, how many may
 * not and why (counted by reason), then either list a page at a time — eligible with capacity, or
 * ineligible with reasons. Officers see their province's IKM.
 */
@Controller
class EligibilityPageController {

	static final int PAGE_SIZE = 100;

	private final Eligibility eligibility;

	EligibilityPageController(Eligibility eligibility) {
		this.eligibility = eligibility;
	}

	@GetMapping("/allocation/orders/{id}/eligibility")
	String page(@PathVariable long id, @RequestParam(defaultValue = "eligible") String show,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		Eligibility.Report report = eligibility.report(actor, new AllocationOrderId(id));
		boolean eligible = !"ineligible".equals(show);
		List<Eligibility.Assessment> rows = eligible ? report.eligible() : report.ineligible();
		int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		Map<String, Long> reasonCounts = new TreeMap<>();
		report.ineligible().forEach(a -> a.reasons().stream().map(Explanation::code).distinct()
			.forEach(code -> reasonCounts.merge(code, 1L, Long::sum)));
		model.addAttribute("report", report);
		model.addAttribute("order", report.order());
		model.addAttribute("showEligible", eligible);
		model.addAttribute("rows", rows.subList(current * PAGE_SIZE, Math.min(rows.size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("reasonCounts", reasonCounts);
		return "allocation/eligibility";
	}
}
