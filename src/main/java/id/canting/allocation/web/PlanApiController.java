package id.canting.allocation.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.Explanation;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.plan.PlanService;
import id.canting.allocation.web.PlanResponses.LockRequest;
import id.canting.allocation.web.PlanResponses.LockResponse;
import id.canting.allocation.web.PlanResponses.PlanResponse;
import id.canting.allocation.web.PlanResponses.PlanResultResponse;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An order's plan: read it, plan (or re-plan a confirmed order), confirm, lock and unlock an IKM's
 * quantity. An order that cannot be planned is refused with 422 and every reason in words.
 */
@RestController
@Tag(name = AllocationApiTag.NAME)
class PlanApiController {

	private final PlanService plans;
	private final ExplanationText text;

	PlanApiController(PlanService plans, ExplanationText text) {
		this.plans = plans;
		this.text = text;
	}

	@Operation(summary = "An order's current plan", description = "The newest proposed or confirmed plan with each "
			+ "producer's quantity, deliveries and reason; an officer sees the producers of their province, an owner its "
			+ "IKM. Before any plan: the eligible producers with their locks.")
	@GetMapping("/api/v1/allocation/orders/{id}/plan")
	PlanResponse get(@PathVariable long id, Actor actor) {
		return PlanResponses.of(plans.view(actor, new AllocationOrderId(id)), text);
	}

	@Operation(summary = "Plan an order", description = "DRAFT or PLANNED: a new PROPOSED plan (the order PLANNED); "
			+ "CONFIRMED or IN_PRODUCTION: a re-plan that keeps what was delivered and locked (a new CONFIRMED plan). "
			+ "422 with the reasons when no plan meets the rules. ADMIN and OFFICER.")
	@PostMapping("/api/v1/allocation/orders/{id}/plan")
	PlanResponse plan(@PathVariable long id, Actor actor) {
		plans.plan(new AllocationOrderId(id), actor);
		return PlanResponses.of(plans.view(actor, new AllocationOrderId(id)), text);
	}

	@Operation(summary = "Confirm the proposed plan", description = "PLANNED → CONFIRMED. ADMIN.")
	@PostMapping("/api/v1/allocation/orders/{id}/plan/confirm")
	PlanResultResponse confirm(@PathVariable long id, Actor actor) {
		return PlanResultResponse.of(plans.confirm(new AllocationOrderId(id), actor));
	}

	@Operation(summary = "Lock an IKM's quantity", description = "Every later plan and re-plan gives the IKM exactly "
			+ "this. ADMIN for any IKM, OFFICER for the IKM of their province.")
	@PutMapping("/api/v1/allocation/orders/{id}/locks/{ikmId}")
	LockResponse lock(@PathVariable long id, @PathVariable long ikmId, @RequestBody LockRequest body, Actor actor) {
		if (body == null || body.quantity() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("quantity", "validation.required")));
		}
		plans.lock(new AllocationOrderId(id), new IkmId(ikmId), body.quantity(), actor);
		return new LockResponse(ikmId, body.quantity());
	}

	@Operation(summary = "Unlock an IKM's quantity", description = "ADMIN for any IKM, OFFICER for their province's.")
	@DeleteMapping("/api/v1/allocation/orders/{id}/locks/{ikmId}")
	void unlock(@PathVariable long id, @PathVariable long ikmId, Actor actor) {
		plans.lock(new AllocationOrderId(id), new IkmId(ikmId), null, actor);
	}

	@ExceptionHandler(PlanInfeasibleException.class)
	ProblemDetail infeasible(PlanInfeasibleException e) {
		List<String> reasons = e.reasons().stream().map(text::text).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", reasons));
		problem.setType(URI.create("urn:canting:problem:rule-refused"));
		problem.setTitle(text.text(Explanation.of("allocation.plan.infeasible.title")));
		problem.setProperty("reasons", e.reasons().stream()
			.map(r -> Map.of("rule", r.code(), "message", text.text(r)))
			.toList());
		return problem;
	}
}
