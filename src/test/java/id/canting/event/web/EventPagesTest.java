package id.canting.event.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * The event pages: the public list and an event's page (its programme by day, in Indonesian and
 * English, with Open Graph tags and the places other parts fill in), and the organisers' pages with
 * inline form errors and explained refusals of status steps.
 */
@CantingTest
@Transactional
class EventPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneReadsHariBatikNasional2024AndItsProgrammeInIndonesian() throws Exception {
		long fgd = jdbc.sql("select id from event_session where kind = 'FGD' and title like 'FGD Promosi%'")
			.query(Long.class).single();
		mvc.perform(get("/events"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-events\"")))
			.andExpect(content().string(containsString("Hari Batik Nasional 2024")))
			.andExpect(content().string(not(containsString("Pendaftaran peserta pameran dibuka"))));
		mvc.perform(get("/events/HBN-2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<meta property=\"og:title\" content=\"Hari Batik Nasional 2024\">")))
			.andExpect(content().string(containsString("property=\"og:description\"")))
			.andExpect(content().string(containsString("2 Oktober 2024 – 6 Oktober 2024")))
			.andExpect(content().string(containsString("Yayasan Batik Indonesia")))
			.andExpect(content().string(containsString("Susunan acara")))
			.andExpect(content().string(containsString("id=\"session-" + fgd + "\"")))
			.andExpect(content().string(containsString("13:00–16:00 WIB")))
			.andExpect(content().string(containsString("Diskusi kelompok terpumpun (FGD)")))
			.andExpect(content().string(containsString("Pemuda 15–30 tahun")))
			.andExpect(content().string(containsString("60 kursi")))
			.andExpect(content().string(containsString("id=\"exhibitors\"")))
			.andExpect(content().string(containsString("id=\"register\"")))
			.andExpect(content().string(not(containsString("id=\"manage-event\""))));
	}

	@Test
	void theEventPageReadsInEnglish() throws Exception {
		mvc.perform(get("/events/HBN-2024?lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 October 2024 – 6 October 2024")))
			.andExpect(content().string(containsString("National Batik Day 2024, held by the Ministry of Industry")))
			.andExpect(content().string(containsString("FGD: promoting batik preservation among young people")))
			.andExpect(content().string(containsString("Focus-group discussion (FGD)")))
			.andExpect(content().string(containsString("60 seats")))
			.andExpect(content().string(containsString("content=\"en_GB\"")));
	}

	@Test
	void anEventNotYetPublishedIsNotFoundForThePublic() throws Exception {
		String open = jdbc.sql("select code from event where status = 'OPEN_FOR_EXHIBITORS'").query(String.class).single();
		mvc.perform(get("/events/" + open)).andExpect(status().isNotFound());
		mvc.perform(get("/events/" + open).with(logins.as("buyer"))).andExpect(status().isNotFound());
		// the owner finds the open call for exhibitors, on the list and on the event's page
		mvc.perform(get("/events").with(logins.as("owner"))).andExpect(content().string(containsString("/events/" + open)));
		mvc.perform(get("/events")).andExpect(content().string(not(containsString("/events/" + open))));
		mvc.perform(get("/events/" + open).with(logins.as("owner"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"apply-exhibitor\"")));
		mvc.perform(get("/events/" + open).with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-public\"")))
			.andExpect(content().string(containsString("id=\"manage-event\"")));
		mvc.perform(get("/events/NOPE-1")).andExpect(status().isNotFound());
	}

	@Test
	void anOrganiserCreatesAnEventWithErrorsInlineAddsASessionAndPublishesIt() throws Exception {
		mvc.perform(get("/admin/events").with(logins.as("officer.33"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/events").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"admin-event-HBN-2024\"")))
			.andExpect(content().string(containsString("Pendaftaran peserta pameran dibuka")));
		mvc.perform(get("/admin/events/new").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"event-form\"")));
		mvc.perform(post("/admin/events").with(logins.as("admin")).with(csrf())
			.param("code", "x").param("name", "Pameran Halaman").param("type", "EXHIBITION")
			.param("startDate", "2031-05-03").param("endDate", "2031-05-01").param("venue", "Gedung")
			.param("city", "Solo").param("organisers", "Ditjen IKMA").param("description", "Uji"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")))
			.andExpect(content().string(containsString("tanggal selesai tidak boleh sebelum tanggal mulai")));
		mvc.perform(post("/admin/events").with(logins.as("admin")).with(csrf())
			.param("code", "halaman-2031").param("name", "Pameran Halaman").param("type", "EXHIBITION")
			.param("startDate", "2031-05-01").param("endDate", "2031-05-03").param("venue", "Gedung")
			.param("city", "Solo").param("provinceCode", "33").param("organisers", "Ditjen IKMA")
			.param("description", "Uji"))
			.andExpect(redirectedUrl("/admin/events/HALAMAN-2031"));
		mvc.perform(get("/admin/events/HALAMAN-2031/sessions/new").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"session-form\"")));
		mvc.perform(post("/admin/events/HALAMAN-2031/sessions").with(logins.as("admin")).with(csrf())
			.param("kind", "TALK").param("title", "Gelar wicara").param("startsAt", "2031-06-01T09:00")
			.param("endsAt", "2031-06-01T10:00").param("room", "R1").param("capacity", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"startsAt-error\"")))
			.andExpect(content().string(containsString("id=\"capacity-error\"")));
		mvc.perform(post("/admin/events/HALAMAN-2031/sessions").with(logins.as("admin")).with(csrf())
			.param("kind", "TALK").param("title", "Gelar wicara").param("startsAt", "2031-05-02T09:00")
			.param("endsAt", "2031-05-02T10:00").param("room", "R1").param("capacity", "50"))
			.andExpect(redirectedUrl("/admin/events/HALAMAN-2031"));
		mvc.perform(get("/admin/events/HALAMAN-2031").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gelar wicara")))
			.andExpect(content().string(containsString("id=\"to-PUBLISHED\"")));
		mvc.perform(post("/admin/events/HALAMAN-2031/status").with(logins.as("admin")).with(csrf())
			.param("status", "RUNNING"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(containsString("tidak dapat diubah dari Draf ke Sedang berlangsung")));
		mvc.perform(post("/admin/events/HALAMAN-2031/status").with(logins.as("admin")).with(csrf())
			.param("status", "PUBLISHED"))
			.andExpect(redirectedUrl("/admin/events/HALAMAN-2031"));
		mvc.perform(get("/events/HALAMAN-2031")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gelar wicara")));
	}

	@Test
	void aClosedEventIsARecordOrganisersNoLongerChange() throws Exception {
		mvc.perform(get("/admin/events/HBN-2024?lang=en").with(logins.as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("This event is closed")))
			.andExpect(content().string(not(containsString("id=\"add-session\""))));
		mvc.perform(get("/admin/events/HBN-2024/edit").with(logins.as("admin"))).andExpect(status().isOk());
	}
}
