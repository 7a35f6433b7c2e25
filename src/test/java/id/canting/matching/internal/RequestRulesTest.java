package id.canting.matching.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.certification.BatikmarkStanding;
import id.canting.matching.BuyerType;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.ConflictException;

/** Who may ask whom: each rule of {@link RequestRules} on its own, the others holding. */
class RequestRulesTest {

	static final Instant NOW = Instant.parse("2024-09-20T03:00:00Z");

	MatchingParticipant buyer = withId(MatchingParticipant.buyer("HBN-2024", "buyer.siti",
			new BuyerProfile("PT Seragam", "Siti", "siti@example.com", null, BuyerType.HAJJ_UNIFORM, "ID", "31",
					Set.of(Technique.CAP), Set.of(ProductCategory.FABRIC), 3000, VolumeUnit.METRE, null, null, true),
			NOW), 1L, ParticipantStatus.APPROVED);
	MatchingParticipant seller = withId(MatchingParticipant.seller("HBN-2024", 7L, null,
			new SellerProfile("Batik Jlamprang", "Ahmad", null, null, "33", Set.of(Technique.CAP),
					Set.of(ProductCategory.FABRIC), 5000, VolumeUnit.METRE, null, null, null),
			"A1", ParticipantStatus.APPROVED, NOW), 2L, ParticipantStatus.APPROVED);
	MatchingParticipant otherBuyer = withId(MatchingParticipant.buyer("HBN-2024", "buyer.budi",
			new BuyerProfile("Hotel Batik", "Budi", "budi@example.com", null, BuyerType.HOTEL, "ID", null, Set.of(),
					Set.of(), null, null, null, null, false),
			NOW), 3L, ParticipantStatus.APPROVED);
	MatchingSettings settings = MatchingSettings.defaults("HBN-2024");

	static MatchingParticipant withId(MatchingParticipant p, long id, ParticipantStatus status) {
		ReflectionTestUtils.setField(p, "id", id);
		ReflectionTestUtils.setField(p, "status", status);
		return p;
	}

	RequestRules.Facts facts(MatchingParticipant from, MatchingParticipant to) {
		return new RequestRules.Facts(from, to, settings, false, false, BatikmarkStanding.NONE, false, 0, 0, 0);
	}

	@Test
	void allowsABuyerToAskAnApprovedSeller() {
		assertThatCode(() -> RequestRules.checkSend(facts(buyer, seller))).doesNotThrowAnyException();
	}

	@Test
	void refusesWhenEitherSideIsNotApproved() {
		ReflectionTestUtils.setField(seller, "status", ParticipantStatus.PENDING);
		assertRefused(facts(buyer, seller), "to", "not-approved");
		assertRefused(facts(seller, buyer), "from", "not-approved");
	}

	@Test
	void refusesTwoBuyers() {
		assertRefused(facts(buyer, otherBuyer), "to", "same-side");
	}

	@Test
	void refusesSellersAskingWhenTheOrganiserClosedIt() {
		settings.change(48, 20, 12, false);
		assertRefused(facts(seller, buyer), "from", "seller-requests-closed");
		assertThatCode(() -> RequestRules.checkSend(facts(buyer, seller))).doesNotThrowAnyException();
	}

	@Test
	void refusesABlockedPair() {
		assertRefused(new RequestRules.Facts(buyer, seller, settings, true, false, BatikmarkStanding.NONE, false, 0, 0,
				0), "to", "blocked");
	}

	@Test
	void refusesASellerWithoutBatikmarkWhenTheBuyerTypeRequiresIt() {
		assertRefused(new RequestRules.Facts(buyer, seller, settings, false, true, BatikmarkStanding.IN_PROCESS, false,
				0, 0, 0), "to", "batikmark-required");
		assertThatCode(() -> RequestRules.checkSend(new RequestRules.Facts(buyer, seller, settings, false, true,
				BatikmarkStanding.CERTIFIED, false, 0, 0, 0))).doesNotThrowAnyException();
	}

	@Test
	void refusesASecondOpenRequestForThePairAsAConflict() {
		assertThatThrownBy(() -> RequestRules.checkSend(new RequestRules.Facts(buyer, seller, settings, false, false,
				BatikmarkStanding.NONE, true, 0, 0, 0))).isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesASenderAtTheRequestCap() {
		assertRefused(new RequestRules.Facts(buyer, seller, settings, false, false, BatikmarkStanding.NONE, false, 20,
				0, 0), "from", "request-cap");
		assertThatCode(() -> RequestRules.checkSend(new RequestRules.Facts(buyer, seller, settings, false, false,
				BatikmarkStanding.NONE, false, 19, 0, 0))).doesNotThrowAnyException();
	}

	@Test
	void protectsAPopularSellerByTheirOwnCap() {
		seller.capMeetings(3);
		assertRefused(new RequestRules.Facts(buyer, seller, settings, false, false, BatikmarkStanding.NONE, false, 0,
				0, 3), "to", "meeting-cap");
		assertThatCode(() -> RequestRules.checkSend(new RequestRules.Facts(buyer, seller, settings, false, false,
				BatikmarkStanding.NONE, false, 0, 0, 2))).doesNotThrowAnyException();
	}

	@Test
	void refusesASenderWhoseMeetingsAreFull() {
		assertRefused(new RequestRules.Facts(buyer, seller, settings, false, false, BatikmarkStanding.NONE, false, 0,
				12, 0), "from", "meeting-cap");
	}

	@Test
	void acceptanceChecksTheRulesThatMayHaveChangedSince() {
		assertThatCode(() -> RequestRules.checkAccept(new RequestRules.Facts(buyer, seller, settings, false, false,
				BatikmarkStanding.NONE, true, 99, 0, 0))).doesNotThrowAnyException();
		assertThatThrownBy(() -> RequestRules.checkAccept(new RequestRules.Facts(buyer, seller, settings, true, false,
				BatikmarkStanding.NONE, true, 0, 0, 0))).isInstanceOf(MatchingRuleRefusedException.class);
	}

	private static void assertRefused(RequestRules.Facts facts, String field, String rule) {
		assertThatThrownBy(() -> RequestRules.checkSend(facts)).isInstanceOfSatisfying(
				MatchingRuleRefusedException.class, e -> {
					org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
					org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(rule);
				});
	}
}
