package id.canting.allocation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.canting.certification.BatikmarkStanding;
import id.canting.registry.ProducerFacts;
import id.canting.registry.RecordStatus;
import id.canting.registry.Technique;
import id.canting.registry.Verification;

/**
 * Whether an IKM may produce for an order, as the reasons it may not (none: eligible, capacity aside):
 * active and verified in the registry, a NIB when the order asks, the order's technique (CAP needs CAP
 * or KOMBINASI, TULIS needs TULIS or KOMBINASI, KOMBINASI needs KOMBINASI or both), KBLI 13134 on the
 * NIB, Batikmark and halal as the order's rules ask (held, or held or in process), proven batik cap
 * capability. Capacity is judged by {@link CapacityRule}.
 */
public final class EligibilityPolicy {

	static final String PREFIX = "allocation.eligibility.reason.";

	private EligibilityPolicy() {
	}

	/** Every reason the IKM may not produce for the order; {@code licence} null when none is recorded. */
	public static List<Explanation> reasons(AllocationOrder order, ProducerFacts ikm, ProducerLicence licence,
			BatikmarkStanding batikmark) {
		List<Explanation> reasons = new ArrayList<>();
		if (ikm.status() != RecordStatus.ACTIVE) {
			reasons.add(Explanation.of(PREFIX + "not-active"));
		}
		if (ikm.verification() != Verification.VERIFIED) {
			reasons.add(Explanation.of(PREFIX + "not-verified"));
		}
		if (order.requireNib() && !ikm.hasNib()) {
			reasons.add(Explanation.of(PREFIX + "no-nib"));
		}
		if (!makes(ikm.techniques(), order.technique())) {
			reasons.add(Explanation.of(PREFIX + "no-technique." + order.technique().name()));
		}
		if (order.requireKbli13134() && (licence == null || !licence.kbli13134())) {
			reasons.add(Explanation.of(PREFIX + "no-kbli"));
		}
		if (!meets(order.batikmarkRule(), batikmark == BatikmarkStanding.CERTIFIED,
				batikmark == BatikmarkStanding.IN_PROCESS)) {
			reasons.add(Explanation.of(PREFIX + "batikmark." + order.batikmarkRule().name()));
		}
		HalalStatus halal = licence == null ? HalalStatus.NONE : licence.halalStatus();
		if (!meets(order.halalRule(), halal == HalalStatus.HELD, halal == HalalStatus.IN_PROCESS)) {
			reasons.add(Explanation.of(PREFIX + "halal." + order.halalRule().name()));
		}
		if (order.requireCapCapability() && (licence == null || !licence.capCapability())) {
			reasons.add(Explanation.of(PREFIX + "no-cap-capability"));
		}
		return reasons;
	}

	/** Whether an IKM with these techniques makes batik of the order's technique. */
	public static boolean makes(Set<Technique> techniques, Technique wanted) {
		if (techniques.contains(wanted) || techniques.contains(Technique.KOMBINASI)) {
			return true;
		}
		return wanted == Technique.KOMBINASI && techniques.contains(Technique.CAP) && techniques.contains(Technique.TULIS);
	}

	static boolean meets(CertificateRule rule, boolean held, boolean inProcess) {
		return switch (rule) {
			case NOT_REQUIRED -> true;
			case HELD -> held;
			case HELD_OR_IN_PROCESS -> held || inProcess;
		};
	}
}
