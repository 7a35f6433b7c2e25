package id.canting.allocation.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.progress.ProgressReports;
import id.canting.allocation.internal.progress.Reallocation;
import id.canting.allocation.web.ProgressRequests.ProgressReportRequest;
import id.canting.allocation.web.ProgressRequests.ReallocationRequest;
import id.canting.allocation.web.ProgressResponses.OrderProgressResponse;
import id.canting.allocation.web.ProgressResponses.ProducerProgressResponse;
import id.canting.allocation.web.ProgressResponses.ReallocationResponse;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Producers' progress reports on a confirmed order, and the re-allocation of producers behind pace. */
@RestController
@Tag(name = AllocationApiTag.NAME)
class ProgressApiController {

	private final ProgressReports reports;
	private final Reallocation reallocation;
	private final MessageSource messages;

	ProgressApiController(ProgressReports reports, Reallocation reallocation, MessageSource messages) {
		this.reports = reports;
		this.reallocation = reallocation;
		this.messages = messages;
	}

	@Operation(summary = "Report production and deliveries", description = "The IKM's owner, an officer of its province or "
			+ "ADMIN, on a CONFIRMED or IN_PRODUCTION order where the IKM has a quantity (422 otherwise). producedToDate is "
			+ "cumulative: not below the last report, not above the allocation; each delivery within what the IKM is "
			+ "allocated at the point minus what it delivered there; days not in the future; deliveries not above what was "
			+ "produced (400 naming each field). The first report moves the order to IN_PRODUCTION, the one completing the "
			+ "deliveries to DELIVERED. Answers the producer's figures after the report.")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/allocation/orders/{id}/progress")
	ProducerProgressResponse report(@PathVariable long id, @RequestBody ProgressReportRequest request, Actor actor) {
		return ProducerProgressResponse.of(reports.report(actor, new AllocationOrderId(id), request.input()));
	}

	@Operation(summary = "An order's production progress", description = "Every producer with allocation, produced to date, "
			+ "deliveries per point and pace (ADMIN, OFFICER, the order's BUYER); an IKM owner sees its own part only.")
	@GetMapping("/api/v1/allocation/orders/{id}/progress")
	OrderProgressResponse progress(@PathVariable long id, Actor actor) {
		return OrderProgressResponse.of(reports.progress(actor, new AllocationOrderId(id)));
	}

	@Operation(summary = "Re-allocate the remaining quantity", description = "ADMIN or OFFICER (caps only for producers of its "
			+ "province). Without caps, every producer behind pace is capped at its projected output; the rest is re-planned "
			+ "among the producers; delivered and locked quantities do not move. 422 when the order is not in production, "
			+ "nobody is behind pace, or the rest cannot be placed (with the reasons).")
	@PostMapping("/api/v1/allocation/orders/{id}/reallocate")
	ReallocationResponse reallocate(@PathVariable long id, @RequestBody(required = false) ReallocationRequest request,
			Actor actor) {
		return ReallocationResponse.of(reallocation.reallocate(actor, new AllocationOrderId(id),
				request == null ? List.of() : request.input()));
	}

	@ExceptionHandler(PlanInfeasibleException.class)
	ProblemDetail infeasible(PlanInfeasibleException e) {
		List<String> reasons = PlanReasons.texts(messages, e, LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", reasons));
		problem.setType(URI.create("urn:canting:problem:rule-refused"));
		problem.setTitle(messages.getMessage("problem.rule-refused.title", null, LocaleContextHolder.getLocale()));
		// as every 422 of the API: each reason as {rule, message} (the OpenAPI document's ProblemReason)
		problem.setProperty("reasons", java.util.stream.IntStream.range(0, reasons.size())
			.mapToObj(i -> java.util.Map.of("rule", e.reasons().get(i).code(), "message", reasons.get(i)))
			.toList());
		return problem;
	}
}
