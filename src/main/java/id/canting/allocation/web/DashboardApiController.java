package id.canting.allocation.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.progress.AllocationDashboards;
import id.canting.allocation.internal.progress.PlanWorkbook;
import id.canting.allocation.web.ProgressResponses.AllocationDashboardResponse;
import id.canting.shared.Actor;
import id.canting.shared.web.DocumentLanguage;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The allocation dashboards and the plan's purchasing documents (XLSX). */
@RestController
@Tag(name = AllocationApiTag.NAME)
class DashboardApiController {

	private final AllocationDashboards dashboards;
	private final PlanWorkbook workbook;

	DashboardApiController(AllocationDashboards dashboards, PlanWorkbook workbook) {
		this.dashboards = dashboards;
		this.workbook = workbook;
	}

	@Operation(summary = "An order's dashboard", description = "Allocated vs delivered by province and delivery point, "
			+ "producers, shares going to women-owned, KECIL and prison-unit IKM, producers behind pace. ADMIN, OFFICER, "
			+ "the order's BUYER (another order is 404).")
	@GetMapping("/api/v1/allocation/orders/{id}/dashboard")
	AllocationDashboardResponse order(@PathVariable long id, Actor actor) {
		return AllocationDashboardResponse.of(dashboards.order(actor, new AllocationOrderId(id)));
	}

	@Operation(summary = "The dashboard across orders", description = "Every order with a confirmed plan the reader may see "
			+ "(ADMIN, OFFICER: all; BUYER: its own), with totals, by province, shares and producers behind pace.")
	@GetMapping("/api/v1/allocation/dashboard")
	AllocationDashboardResponse all(Actor actor) {
		return AllocationDashboardResponse.of(dashboards.all(actor));
	}

	@Operation(summary = "The plan as purchasing documents (XLSX)", description = "A sheet per delivery point (producers, "
			+ "province, contact, quantity, delivered) and one by producer (a row per producer and point). ADMIN, OFFICER, "
			+ "the order's BUYER.")
	@FileDownload(FileDownload.XLSX)
	@GetMapping("/api/v1/allocation/orders/{id}/plan.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id,
			@Parameter(description = "id or en; the reader's language when not given") @RequestParam(required = false) String lang,
			Actor actor, Locale locale) throws IOException {
		return PlanFiles.workbook(workbook, actor, new AllocationOrderId(id), DocumentLanguage.of(lang, locale));
	}
}
