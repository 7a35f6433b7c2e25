package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.certification.BatikmarkStanding;
import id.canting.certification.BatikmarkStandings;
import id.canting.event.internal.EventManagement;
import id.canting.matching.internal.MatchingParticipantRepository;

/**
 * {@code GET /api/v1/events/{code}/matching/recommendations}: a buyer sees sellers best first with the reasons
 * in the request's language, a seller sees buyers; pairs in contact or blocked by the organiser and, under a
 * Batikmark rule, uncertified IKM are counted, not shown; only the participant and the organiser may look.
 */
@CantingTest
@Transactional
class RecommendationApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AccountSessions sessions;
	@Autowired
	EventManagement events;
	@Autowired
	MatchingParticipantRepository participants;
	@Autowired
	BatikmarkStandings standings;

	RecommendationFixture f;

	@BeforeEach
	void matching() {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		f = new RecommendationFixture("MATCH-R1", events, participants, jdbc, ownerIkm);
	}

	@Test
	void buyerSeesSellersBestFirstWithTheReasonsInTheirLanguage() throws Exception {
		mvc.perform(get(url(f.buyer) + "&lang=en").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.side").value("BUYER"))
			.andExpect(jsonPath("$.content", hasSize(3)))
			.andExpect(jsonPath("$.content[*].participant").value(contains((int) f.ownerSeller, (int) f.smallSeller, (int) f.tulisSeller)))
			.andExpect(jsonPath("$.content[0].rank").value(1))
			.andExpect(jsonPath("$.content[0].summary").value(containsString(
					"Wants batik cap, fabric, 3,000 m/month, Rp40,000–Rp80,000 — this IKM: cap, fabric, ")))
			.andExpect(jsonPath("$.content[0].summary").value(containsString("5,000 m/month, Rp50,000–Rp70,000")))
			.andExpect(jsonPath("$.content[0].rules[0].rule").value("TECHNIQUE"))
			.andExpect(jsonPath("$.content[0].rules[0].points").value(30.0))
			.andExpect(jsonPath("$.content[0].matches").value(hasItem("Exhibits at the event: meets at booth A1")))
			.andExpect(jsonPath("$.content[1].partly[0]")
				.value("Capacity of 1,500 m/month covers 50% of the 3,000 m/month wanted"))
			.andExpect(jsonPath("$.content[2].mismatches[0]").value("Does not make cap (makes tulis)"));

		mvc.perform(get(url(f.buyer)).with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].summary").value(containsString("Mencari batik cap, kain, 3.000 m/bulan")))
			.andExpect(jsonPath("$.content[2].mismatches[0]").value("Tidak membuat cap (membuat tulis)"));
	}

	@Test
	void sellerSeesBuyersBestFirst() throws Exception {
		mvc.perform(get(url(f.ownerSeller) + "&lang=en").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.side").value("SELLER"))
			.andExpect(jsonPath("$.content[*].participant").value(contains((int) f.buyer, (int) f.otherBuyer)))
			.andExpect(jsonPath("$.content[0].summary").value(containsString("— your IKM: cap, fabric")));
	}

	@Test
	void pairsInContactOrBlockedAreCountedNotShown() throws Exception {
		request(f.buyer, f.smallSeller, "PENDING", Instant.now().plus(Duration.ofHours(10)));
		jdbc.sql("insert into matching_blocked_pair (event_code, buyer_id, seller_id, reason) values (?, ?, ?, 'uji')")
			.params(f.code, f.buyer, f.tulisSeller).update();

		mvc.perform(get(url(f.buyer) + "&lang=en").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].participant").value(contains((int) f.ownerSeller)))
			.andExpect(jsonPath("$.notShown[*].reason").value(contains("in-contact", "organiser-rule")))
			.andExpect(jsonPath("$.notShown[0].text").value(containsString("1 not shown: a request or meeting")));
	}

	@Test
	void anExpiredRequestNoLongerHidesTheCounterpart() throws Exception {
		request(f.buyer, f.smallSeller, "PENDING", Instant.now().minus(Duration.ofHours(1)));

		mvc.perform(get(url(f.buyer)).with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(3)))
			.andExpect(jsonPath("$.notShown", hasSize(0)));
	}

	@Test
	void theOrganisersBatikmarkRuleForTheBuyersTypeLeavesOutUncertifiedIkm() throws Exception {
		jdbc.sql("insert into matching_type_rule (event_code, buyer_type, requires_batikmark) values (?, 'HAJJ_UNIFORM', true)")
			.params(f.code).update();
		long certified = List.of(f.ownerSeller, f.smallSeller, f.tulisSeller).stream()
			.map(id -> participants.findById(id).orElseThrow().ikmId())
			.filter(ikm -> standings.of(ikm) == BatikmarkStanding.CERTIFIED).count();

		String body = mvc.perform(get(url(f.buyer) + "&lang=en").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize((int) certified)))
			.andReturn().getResponse().getContentAsString();
		if (certified < 3) {
			assertThat(JsonPath.<List<Integer>>read(body, "$.notShown[?(@.reason == 'batikmark-required')].count"))
				.containsExactly((int) (3 - certified));
		}
	}

	@Test
	void onlyTheParticipantThemselfOrTheOrganiserMayLook() throws Exception {
		mvc.perform(get(url(f.buyer)).with(logins.as("admin"))).andExpect(status().isOk());
		mvc.perform(get(url(f.buyer)).with(logins.as("owner"))).andExpect(status().isForbidden());
		mvc.perform(get(url(f.ownerSeller)).with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(get(url(f.buyer)).with(logins.as("officer.33"))).andExpect(status().isForbidden());
		mvc.perform(get(url(f.buyer)).with(logins.as("assessor"))).andExpect(status().isForbidden());
		mvc.perform(get(url(f.buyer))).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownParticipantOrEventIsNotFoundAndAMissingParticipantIsNamed() throws Exception {
		mvc.perform(get("/api/v1/events/MATCH-R1/matching/recommendations?participant=987654321").with(logins.as("admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/NOPE-R1/matching/recommendations?participant=" + f.buyer).with(logins.as("admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/MATCH-R1/matching/recommendations?lang=en").with(logins.as("admin")).with(offTheDocument()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("participant"));
	}

	private String url(long participant) {
		return "/api/v1/events/" + f.code + "/matching/recommendations?participant=" + participant;
	}

	private void request(long from, long to, String status, Instant expires) {
		jdbc.sql("""
				insert into matching_request (event_code, from_id, to_id, preference, status, created_at, expires_at,
				  open_pair, version) values (?, ?, ?, 'WOULD_LIKE', ?, ?, ?, ?, 0)""")
			.params(f.code, from, to, status, Timestamp.from(Instant.now().minus(Duration.ofDays(3))), Timestamp.from(expires),
					Math.min(from, to) + "-" + Math.max(from, to))
			.update();
	}
}
