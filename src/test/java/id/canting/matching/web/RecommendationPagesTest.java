package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.event.internal.EventManagement;
import id.canting.matching.internal.MatchingParticipantRepository;

/**
 * The recommendations page in both languages: the signed-in buyer's own ranking with reasons and a request
 * form per seller, the owner's ranking of buyers, the organiser's view of a participant, a participant not
 * yet approved (no forms), the htmx fragment, and officers kept out.
 */
@CantingTest
@Transactional
class RecommendationPagesTest {

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

	RecommendationFixture f;

	@BeforeEach
	void matching() {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		f = new RecommendationFixture("MATCH-P1", events, participants, jdbc, ownerIkm);
	}

	@Test
	void buyerSeesRankedSellersWithReasonsAndARequestFormInEnglish() throws Exception {
		Document page = page(get("/events/MATCH-P1/matching/recommendations?lang=en").with(logins.as("buyer")));

		assertThat(page.select("li.recommendation").eachAttr("id")).containsExactly("counterpart-" + f.ownerSeller,
				"counterpart-" + f.smallSeller, "counterpart-" + f.tulisSeller);
		var first = page.selectFirst("#counterpart-" + f.ownerSeller);
		assertThat(first.selectFirst(".summary").text()).startsWith("Wants batik cap, fabric, 3,000 m/month");
		assertThat(first.select(".reasons .match").eachText()).contains("Makes the technique wanted: cap");
		assertThat(first.selectFirst("form.request").attr("action")).isEqualTo("/events/MATCH-P1/matching/requests");
		assertThat(first.select("form.request input[name=from]").val()).isEqualTo(String.valueOf(f.buyer));
		assertThat(first.select("form.request input[name=to]").val()).isEqualTo(String.valueOf(f.ownerSeller));
		assertThat(first.select("form.request input[name=preference]").eachAttr("value"))
			.containsExactly("MUST_MEET", "WOULD_LIKE");
		assertThat(first.select("button").text()).isEqualTo("Request a meeting");
		assertThat(page.select("#counterpart-" + f.tulisSeller + " .reasons .mismatch").eachText())
			.contains("Does not make cap (makes tulis)");
		assertThat(page.selectFirst("#weights").text()).contains("Technique 30");
	}

	@Test
	void buyerSeesTheSamePageInIndonesian() throws Exception {
		Document page = page(get("/events/MATCH-P1/matching/recommendations?lang=id").with(logins.as("buyer")));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Rekomendasi temu bisnis");
		assertThat(page.selectFirst("#counterpart-" + f.ownerSeller + " .summary").text())
			.startsWith("Mencari batik cap, kain, 3.000 m/bulan, Rp40.000–Rp80.000");
		assertThat(page.select("#counterpart-" + f.ownerSeller + " button").text()).isEqualTo("Minta pertemuan");
		assertThat(page.select("#counterpart-" + f.ownerSeller + " label.check").eachText())
			.containsExactly("Harus bertemu", "Ingin bertemu");
	}

	@Test
	void ownerSeesBuyersAndTheOrganiserSeesAnyParticipant() throws Exception {
		Document owner = page(get("/events/MATCH-P1/matching/recommendations?lang=en").with(logins.as("owner")));
		assertThat(owner.select("li.recommendation").eachAttr("id")).containsExactly("counterpart-" + f.buyer,
				"counterpart-" + f.otherBuyer);

		Document admin = page(get("/events/MATCH-P1/matching/recommendations?lang=en&participant=" + f.buyer)
			.with(logins.as("admin")));
		assertThat(admin.select("li.recommendation")).hasSize(3);
		Document adminAlone = page(get("/events/MATCH-P1/matching/recommendations?lang=en").with(logins.as("admin")));
		assertThat(adminAlone.select("#not-participant")).hasSize(1);
	}

	@Test
	void aParticipantNotYetApprovedSeesRecommendationsButNoRequestForm() throws Exception {
		jdbc.sql("update matching_participant set status = 'PENDING' where id = ?").param(f.buyer).update();

		Document page = page(get("/events/MATCH-P1/matching/recommendations?lang=en").with(logins.as("buyer")));

		assertThat(page.select("#pending")).hasSize(1);
		assertThat(page.select("li.recommendation")).hasSize(3);
		assertThat(page.select("form.request")).isEmpty();
	}

	@Test
	void theRequestFormAsksTheCoreRoomToSendAndTheSellerThenCountsAsInContact() throws Exception {
		mvc.perform(post("/events/MATCH-P1/matching/requests").with(logins.as("buyer")).with(csrf())
			.param("from", String.valueOf(f.buyer)).param("to", String.valueOf(f.ownerSeller))
			.param("preference", "MUST_MEET").param("message", "Kami mencari kain cap untuk seragam"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select preference from matching_request where from_id = ? and to_id = ?")
			.params(f.buyer, f.ownerSeller).query(String.class).single()).isEqualTo("MUST_MEET");

		Document page = page(get("/events/MATCH-P1/matching/recommendations?lang=en").with(logins.as("buyer")));

		assertThat(page.select("li.recommendation").eachAttr("id")).containsExactly("counterpart-" + f.smallSeller,
				"counterpart-" + f.tulisSeller);
		assertThat(page.select("#not-shown li[data-reason=in-contact]").text()).startsWith("1 not shown");
	}

	@Test
	void anHtmxRequestGetsTheListAlone() throws Exception {
		String body = mvc.perform(get("/events/MATCH-P1/matching/recommendations?lang=en").header("HX-Request", "true")
			.with(logins.as("buyer"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(body).doesNotContain("<html").contains("id=\"recommendations\"");
	}

	@Test
	void othersAreKeptOut() throws Exception {
		mvc.perform(get("/events/MATCH-P1/matching/recommendations").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/events/MATCH-P1/matching/recommendations?participant=" + f.buyer).with(logins.as("owner")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/events/MATCH-P1/matching/recommendations")).andExpect(status().is3xxRedirection());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
