package id.canting.allocation.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.Eligibility;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who may produce for an order: the eligible IKM with their capacity (and where it comes from), each
 * ineligible IKM with its reasons in the reader's language. Admins see every IKM, officers their province's.
 */
@RestController("allocationEligibilityApiController") // programme has an EligibilityApiController too
@Tag(name = AllocationApiTag.NAME)
class EligibilityApiController {

	private final Eligibility eligibility;
	private final ExplanationText text;

	EligibilityApiController(Eligibility eligibility, ExplanationText text) {
		this.eligibility = eligibility;
		this.text = text;
	}

	/** A reason: its rule (message key) and the sentence. */
	record IneligibleReason(String code, String text) {
	}

	/** An eligible IKM with its capacity for the order. */
	record EligibleIkm(long ikmId, String name, String provinceCode, long capacity, String capacitySource, long gross,
			long committed, Long confirmed) {
	}

	/** An ineligible IKM with why. */
	record IneligibleIkm(long ikmId, String name, String provinceCode, List<IneligibleReason> reasons) {
	}

	/** The order's eligibility. */
	record OrderEligibility(long orderId, String reference, int eligibleCount, long eligibleCapacity,
			int ineligibleCount, List<EligibleIkm> eligible, List<IneligibleIkm> ineligible) {
	}

	@GetMapping("/api/v1/allocation/orders/{id}/eligibility")
	OrderEligibility eligibility(@PathVariable long id, Actor actor) {
		Eligibility.Report report = eligibility.report(actor, new AllocationOrderId(id));
		return new OrderEligibility(id, report.order().reference(), report.eligible().size(), report.eligibleCapacity(),
				report.ineligible().size(),
				report.eligible().stream()
					.map(a -> new EligibleIkm(a.ikm().id().value(), a.ikm().name(), a.ikm().provinceCode(),
							a.capacity().capacity(), a.capacity().source().name(), a.capacity().gross(),
							a.capacity().committed(), a.capacity().confirmed()))
					.toList(),
				report.ineligible().stream()
					.map(a -> new IneligibleIkm(a.ikm().id().value(), a.ikm().name(), a.ikm().provinceCode(),
							a.reasons().stream().map(r -> new IneligibleReason(r.code(), text.text(r))).toList()))
					.toList());
	}
}
