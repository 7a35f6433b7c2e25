package id.canting.allocation.internal;

import static id.canting.allocation.internal.AllocationMother.anIkm;
import static id.canting.allocation.internal.AllocationMother.order;
import static id.canting.allocation.internal.AllocationMother.orderWithRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.certification.BatikmarkStanding;
import id.canting.registry.Technique;

/** Why an IKM may not produce for an order, one reason per rule it does not meet. */
class EligibilityPolicyTest {

	static List<String> reasons(AllocationOrder order, AllocationMother.Ikm ikm, ProducerLicence licence,
			BatikmarkStanding batikmark) {
		return EligibilityPolicy.reasons(order, ikm.build(), licence, batikmark).stream().map(Explanation::code).toList();
	}

	static ProducerLicence licence(boolean kbli, HalalStatus halal, boolean cap) {
		ProducerLicence l = ProducerLicence.none(1);
		l.record(new LicenceInput.Checked(kbli, halal, halal == HalalStatus.NONE ? null : "ID123", cap, true, null),
				"officer", Instant.EPOCH);
		return l;
	}

	@Test
	void anActiveVerifiedCapMakerWithANibIsEligibleForAPlainCapOrder() {
		assertThat(reasons(order(), anIkm(), null, BatikmarkStanding.NONE)).isEmpty();
	}

	@Test
	void namesTheRegistryReasons() {
		assertThat(reasons(order(), anIkm().inactive().unverified().withoutNib(), null, BatikmarkStanding.NONE))
			.containsExactly("allocation.eligibility.reason.not-active", "allocation.eligibility.reason.not-verified",
					"allocation.eligibility.reason.no-nib");
	}

	@Test
	void aCapOrderNeedsCapOrKombinasi() {
		assertThat(reasons(order(), anIkm().techniques(Technique.TULIS), null, BatikmarkStanding.NONE))
			.containsExactly("allocation.eligibility.reason.no-technique.CAP");
		assertThat(reasons(order(), anIkm().techniques(Technique.KOMBINASI), null, BatikmarkStanding.NONE)).isEmpty();
		assertThat(EligibilityPolicy.makes(java.util.Set.of(Technique.CAP, Technique.TULIS), Technique.KOMBINASI)).isTrue();
		assertThat(EligibilityPolicy.makes(java.util.Set.of(Technique.CAP), Technique.TULIS)).isFalse();
	}

	@Test
	void licenceRulesNeedTheRecordedLicence() {
		AllocationOrder strict = orderWithRules(true, "HELD", "HELD_OR_IN_PROCESS", true);
		assertThat(reasons(strict, anIkm(), null, BatikmarkStanding.IN_PROCESS)).containsExactly(
				"allocation.eligibility.reason.no-kbli", "allocation.eligibility.reason.batikmark.HELD",
				"allocation.eligibility.reason.halal.HELD_OR_IN_PROCESS",
				"allocation.eligibility.reason.no-cap-capability");
		assertThat(reasons(strict, anIkm(), licence(true, HalalStatus.IN_PROCESS, true), BatikmarkStanding.CERTIFIED))
			.isEmpty();
	}

	@Test
	void batikmarkInProcessIsEnoughWhenTheOrderSaysSo() {
		AllocationOrder order = orderWithRules(false, "HELD_OR_IN_PROCESS", "NOT_REQUIRED", false);
		assertThat(reasons(order, anIkm(), null, BatikmarkStanding.IN_PROCESS)).isEmpty();
		assertThat(reasons(order, anIkm(), null, BatikmarkStanding.NONE))
			.containsExactly("allocation.eligibility.reason.batikmark.HELD_OR_IN_PROCESS");
		AllocationOrder halalHeld = orderWithRules(false, "NOT_REQUIRED", "HELD", false);
		assertThat(reasons(halalHeld, anIkm(), licence(false, HalalStatus.IN_PROCESS, false), BatikmarkStanding.NONE))
			.containsExactly("allocation.eligibility.reason.halal.HELD");
	}
}
