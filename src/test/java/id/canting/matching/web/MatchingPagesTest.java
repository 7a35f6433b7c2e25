package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.event.exhibitor.EventFixtures;
import id.canting.event.internal.EventManagement;

/**
 * The matching pages in Indonesian and English: a visitor is invited to sign up; the sign-up form shows
 * its errors inline and saves nothing; a buyer signs up, the organiser approves on the organiser's page,
 * the owner joins, the buyer asks on the page and the owner accepts there; the settings page refuses a
 * cap out of range inline.
 */
@CantingTest
@Transactional
class MatchingPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	EventManagement events;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AccountSessions sessions;

	LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	MockHttpServletRequestBuilder signUp(String code, String username, String password) {
		return signUp(code, username, password, "100.000");
	}

	MockHttpServletRequestBuilder signUp(String code, String username, String password, String priceMax) {
		return post("/events/" + code + "/matching/buyers/new").with(csrf()).param("username", username)
			.param("password", password).param("companyName", "Toko Batik Sejahtera").param("contactName", "Rina")
			.param("email", "rina@example.org").param("buyerType", "RETAILER").param("countryCode", "ID")
			.param("provinceCode", "31").param("techniques", "TULIS").param("categories", "CLOTHING")
			.param("volumePerMonth", "500").param("volumeUnit", "PIECE").param("priceMinIdr", "150.000")
			.param("priceMaxIdr", priceMax);
	}

	@Test
	void aVisitorIsInvitedAndTheSignUpShowsItsErrorsInlineInBothLanguages() throws Exception {
		EventFixtures.openCall(events, "TB-PG-1", today.minusDays(1), today.plusDays(10));
		Document visitor = page(get("/events/TB-PG-1/matching?lang=id"));
		assertThat(visitor.select("#buyer-signup-link").text()).isEqualTo("Daftar sebagai pembeli");
		assertThat(page(get("/events/TB-PG-1/matching?lang=en")).select("#buyer-signup-link").text())
			.isEqualTo("Sign up as a buyer");

		Document refused = page(signUp("TB-PG-1", "rina.pg1", "Kain-Batik-Tulis-2024").param("lang", "en"));
		assertThat(refused.select("#priceMaxIdr-error").text()).contains("must not be below the lowest price");
		Document refusedId = page(signUp("TB-PG-1", "rina.pg1", "pendek").param("lang", "id"));
		assertThat(refusedId.select(".field-error").eachText()).isNotEmpty();
		assertThat(jdbc.sql("select count(*) from user_account where username = 'rina.pg1'").query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from matching_participant where event_code = 'TB-PG-1'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void buyerSignsUpOrganiserApprovesOwnerJoinsBuyerAsksOwnerAccepts() throws Exception {
		EventFixtures.openCall(events, "TB-PG-2", today.minusDays(1), today.plusDays(10));
		long ownedIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		mvc.perform(signUp("TB-PG-2", "rina.pg2", "Kain-Batik-Tulis-2024", "250.000"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("notice", "matching.core.notice.signed-up"));
		mvc.perform(post("/events/TB-PG-2/matching/join/seller").with(logins.as("owner")).with(csrf())
			.param("ikmId", String.valueOf(ownedIkm)).param("products", "Kain batik tulis"))
			.andExpect(redirectedUrl("/events/TB-PG-2/matching"));

		Document admin = page(get("/admin/events/TB-PG-2/matching?lang=id").with(logins.as("admin")));
		assertThat(admin.select("#participant-table tbody tr")).hasSize(2);
		for (String id : admin.select("#participant-table tbody tr").eachAttr("id")) {
			mvc.perform(post("/admin/events/TB-PG-2/matching/participants/" + id.substring("participant-".length())
					+ "/approve").with(logins.as("admin")).with(csrf()))
				.andExpect(flash().attribute("notice", "matching.core.notice.approved"));
		}
		long seller = jdbc.sql("select id from matching_participant where event_code = 'TB-PG-2' and side = 'SELLER'")
			.query(Long.class).single();

		Document buyerPage = page(get("/events/TB-PG-2/matching?lang=en").with(logins.as("rina.pg2")));
		assertThat(buyerPage.select("select[name=to] option").eachAttr("value")).contains(String.valueOf(seller));
		assertThat(buyerPage.select("[id^=matching-recommendations-] a").attr("href"))
			.startsWith("/events/TB-PG-2/matching/recommendations?participant=");
		mvc.perform(post("/events/TB-PG-2/matching/requests").with(logins.as("rina.pg2")).with(csrf())
			.param("to", String.valueOf(seller)).param("preference", "MUST_MEET").param("message", "Salam"))
			.andExpect(flash().attribute("notice", "matching.core.notice.requested"));

		Document ownerPage = page(get("/events/TB-PG-2/matching?lang=id").with(logins.as("owner")));
		assertThat(ownerPage.select("[id^=received-] tbody tr").text()).contains("Toko Batik Sejahtera")
			.contains("Wajib bertemu");
		String accept = ownerPage.select("[id^=accept-]").first().closest("form").attr("action");
		mvc.perform(post(accept).with(logins.as("owner")).with(csrf()))
			.andExpect(flash().attribute("notice", "matching.core.notice.accepted"));
		Document after = page(get("/events/TB-PG-2/matching?lang=en").with(logins.as("rina.pg2")));
		assertThat(after.select("[id^=meetings-] tbody tr").text()).contains("Agreed").contains("not in the schedule yet");
	}

	@Test
	void theEventPageLinksToTheMatchingWhenItsProgrammeHasABusinessMatchingBlock() throws Exception {
		Document hbn = page(get("/events/HBN-2024?lang=en"));
		assertThat(hbn.select("#matching-link a").attr("href")).isEqualTo("/events/HBN-2024/matching");
		assertThat(hbn.select("#matching-link a").text()).isEqualTo("Business matching");
		assertThat(page(get("/events/HBN-2024?lang=id")).select("#matching-link a").text()).isEqualTo("Temu bisnis");
		Document admin = page(get("/admin/events/HBN-2024").with(logins.as("admin")));
		assertThat(admin.select("#matching-admin").attr("href")).isEqualTo("/admin/events/HBN-2024/matching");
	}

	@Test
	void theSettingsPageRefusesACapOutOfRangeInline() throws Exception {
		EventFixtures.openCall(events, "TB-PG-3", today.minusDays(1), today.plusDays(10));
		Document refused = page(post("/admin/events/TB-PG-3/matching/settings?lang=en").with(logins.as("admin"))
			.with(csrf()).param("requestExpiryHours", "0").param("maxRequestsPerParticipant", "10")
			.param("maxMeetingsPerParticipant", "8"));
		assertThat(refused.select("#requestExpiryHours-error").text()).isEqualTo("must be between 1 and 720");
		assertThat(jdbc.sql("select count(*) from matching_settings where event_code = 'TB-PG-3'").query(Long.class)
			.single()).isZero();
		Document id = page(get("/admin/events/TB-PG-3/matching/settings?lang=id").with(logins.as("admin")));
		assertThat(id.select("h1").text()).isEqualTo("Temu bisnis: pengaturan dan aturan");
		mvc.perform(get("/admin/events/TB-PG-3/matching/settings").with(logins.as("owner")))
			.andExpect(status().isForbidden());
	}
}
