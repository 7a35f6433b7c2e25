package id.canting.event.exhibitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.event.exhibitor.EventFixtures;
import id.canting.event.internal.EventManagement;

/**
 * The exhibitor pages in both languages: the owner applies on a page (and outside the window sees the
 * window, no form), officers see the list, the curator's page explains constraints that cannot be met,
 * the booth page shows its grid; the public list of an unknown event is not found.
 */
@CantingTest
@Transactional
class ExhibitorPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	EventManagement events;
	@Autowired
	JdbcClient jdbc;

	LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@Test
	void ownerAppliesOnThePageAndOfficersSeeIt() throws Exception {
		EventFixtures.openCall(events, "EXPO-P1", today.minusDays(1), today.plusDays(10));

		mvc.perform(get("/events/EXPO-P1/exhibitor-application?lang=en").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"exhibitor-form\"")))
			.andExpect(content().string(containsString("Products you will show")));
		mvc.perform(post("/events/EXPO-P1/exhibitor-application?lang=en").with(logins.as("owner")).with(csrf())
			.param("products", " ").param("categories", "FABRIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("describe the products you will show")));
		mvc.perform(post("/events/EXPO-P1/exhibitor-application").with(logins.as("owner")).with(csrf())
			.param("products", "Kain batik tulis").param("categories", "FABRIC").param("boothNeeds", "ELECTRICITY")
			.param("submit", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/events/EXPO-P1/exhibitor-application"));
		assertThat(jdbc.sql("select status from exhibitor_application where event_code = 'EXPO-P1'").query(String.class)
			.single()).isEqualTo("SUBMITTED");

		mvc.perform(get("/events/EXPO-P1/exhibitor-applications?lang=id").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diajukan")))
			.andExpect(content().string(containsString("Rekomendasikan")));
	}

	@Test
	void outsideTheWindowTheOwnerSeesTheWindowAndNoForm() throws Exception {
		EventFixtures.openCall(events, "EXPO-P2", today.plusDays(3), today.plusDays(10));

		mvc.perform(get("/events/EXPO-P2/exhibitor-application?lang=en").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"call-window\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"exhibitor-form\""))));
	}

	@Test
	void curatorSeesWhyConstraintsCannotBeMetAndTheBoothGrid() throws Exception {
		EventFixtures.openCall(events, "EXPO-P3", today.minusDays(1), today.plusDays(10));

		mvc.perform(get("/admin/events/EXPO-P3/curation?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Propose the best selection")));
		mvc.perform(post("/admin/events/EXPO-P3/curation?lang=en").with(logins.as("admin")).with(csrf())
			.param("booths", "26").param("minProvinces", "10").param("prisonUnitPlaces", "2").param("maxPerSentra", "2")
			.param("minFabric", "0").param("minClothing", "0").param("minAccessory", "0").param("minOther", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shortfalls\"")))
			.andExpect(content().string(containsString("at least 10 provinces: the applicants come from 0 — short by 10")));
		mvc.perform(post("/admin/events/EXPO-P3/curation?lang=en").with(logins.as("admin")).with(csrf())
			.param("booths", "0").param("maxPerSentra", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the number of booths must be between 1 and")));
		mvc.perform(get("/admin/events/EXPO-P3/curation").with(logins.as("officer.33"))).andExpect(status().isForbidden());

		mvc.perform(post("/admin/events/EXPO-P3/booths/plan").with(logins.as("admin")).with(csrf())
			.param("rows", "3").param("columns", "10").param("keepSentraApart", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/events/EXPO-P3/booths?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"booth-grid\"")))
			.andExpect(content().string(containsString("C10")));
	}

	@Test
	void publicListOfAnUnknownEventIsNotFound() throws Exception {
		mvc.perform(get("/events/NOPE-2/exhibitors")).andExpect(status().isNotFound());
	}
}
