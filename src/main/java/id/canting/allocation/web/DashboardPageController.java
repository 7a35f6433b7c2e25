package id.canting.allocation.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.progress.AllocationDashboards;
import id.canting.allocation.internal.progress.PlanWorkbook;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;

/**
 * The allocation dashboards as pages (across orders, and one order's with its purchasing documents),
 * charts drawn from the tables beside them.
 */
@Controller
class DashboardPageController {

	private final AllocationDashboards dashboards;
	private final PlanWorkbook workbook;

	DashboardPageController(AllocationDashboards dashboards, PlanWorkbook workbook) {
		this.dashboards = dashboards;
		this.workbook = workbook;
	}

	@GetMapping("/allocation/dashboard")
	String all(Actor actor, Model model) {
		model.addAttribute("dashboard", dashboards.all(actor));
		return "allocation/dashboard";
	}

	@GetMapping("/allocation/orders/{id}/dashboard")
	String order(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("dashboard", dashboards.order(actor, new AllocationOrderId(id)));
		model.addAttribute("orderId", id);
		return "allocation/dashboard";
	}

	@GetMapping("/allocation/orders/{id}/plan.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) String lang, Actor actor,
			Locale locale) throws IOException {
		return PlanFiles.workbook(workbook, actor, new AllocationOrderId(id), DocumentLanguage.of(lang, locale));
	}
}
