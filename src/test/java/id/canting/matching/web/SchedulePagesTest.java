package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.event.internal.EventManagement;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingRequestId;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.BuyerProfile;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.matching.internal.SellerProfile;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * The schedule's pages in Indonesian and English: the organiser adds a session (errors inline, nothing
 * saved), builds the schedule and reads the figures and the meeting left out with its reason, locks and
 * unlocks a meeting, cannot remove a session with placed meetings nor shrink it (said inline); the buyer
 * marks a slot unavailable on their form, grouped by session, and the organiser opens the same form for a
 * participant; others may not.
 */
@CantingTest
@Transactional
class SchedulePagesTest {

	static final Instant NOW = Instant.parse("2024-09-20T03:00:00Z");
	static final LocalDate DAY = LocalDate.of(2024, 10, 2);

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
	@Autowired
	MatchingParticipantRepository participants;
	@Autowired
	MeetingRepository meetings;

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	Document follow(MvcResult redirect, String lang, String login) throws Exception {
		var request = get(redirect.getResponse().getRedirectedUrl() + (redirect.getResponse().getRedirectedUrl()
			.contains("?") ? "&" : "?") + "lang=" + lang).with(logins.as(login));
		redirect.getFlashMap().forEach(request::flashAttr);
		return page(request);
	}

	MatchingParticipant buyer(String code, String account, String name) {
		MatchingParticipant p = MatchingParticipant.buyer(code, account, new BuyerProfile(name, "Siti", null, null,
				BuyerType.RETAILER, "ID", "31", Set.of(Technique.CAP), Set.of(ProductCategory.FABRIC), 100, null, null,
				null, false), NOW);
		p.approve("admin");
		return participants.save(p);
	}

	MatchingParticipant seller(String code, long ikm, String name) {
		return participants.save(MatchingParticipant.seller(code, ikm, null, new SellerProfile(name, "Ahmad",
				"ikm" + ikm + "@example.org", null, "33", Set.of(Technique.CAP), Set.of(ProductCategory.FABRIC), 100, null,
				null, null, null), null, ParticipantStatus.APPROVED, NOW));
	}

	Meeting meeting(String code, MatchingParticipant b, MatchingParticipant s) {
		jdbc.sql("""
				insert into matching_request (event_code, from_id, to_id, preference, status, created_at, expires_at, version)
				values (?, ?, ?, 'MUST_MEET', 'ACCEPTED', ?, ?, 0)""")
			.params(code, b.id().value(), s.id().value(), java.sql.Timestamp.from(NOW), java.sql.Timestamp.from(NOW))
			.update();
		long id = jdbc.sql("select max(id) from matching_request").query(Long.class).single();
		return meetings.save(Meeting.fromRequest(code, new MeetingRequestId(id), b.id(), s.id(), true, NOW));
	}

	MockHttpServletRequestBuilder addSession(String code, long eventSession, String slotCount) {
		return addSession(code, eventSession, slotCount, "1");
	}

	MockHttpServletRequestBuilder addSession(String code, long eventSession, String slotCount, String tables) {
		return addSession(code, eventSession, slotCount, tables, "2024-10-02T09:00");
	}

	MockHttpServletRequestBuilder addSession(String code, long eventSession, String slotCount, String tables,
			String startsAt) {
		return post("/admin/events/" + code + "/matching/sessions").with(logins.as("admin")).with(csrf())
			.param("eventSessionId", String.valueOf(eventSession)).param("startsAt", startsAt)
			.param("slotMinutes", "20").param("slotCount", slotCount).param("breakEvery", "")
			.param("breakMinutes", "").param("tables", tables);
	}

	@Test
	void theOrganiserSetsUpSessionsBuildsTheScheduleAndReadsItInBothLanguages() throws Exception {
		String code = "SCH-PG-1";
		long eventSession = ScheduleFixtures.matchingEvent(events, code, DAY).id().value();
		Document admin = page(get("/admin/events/" + code + "/matching?lang=id").with(logins.as("admin")));
		assertThat(admin.select("#matching-schedule-link").attr("href"))
			.isEqualTo("/admin/events/" + code + "/matching/schedule");
		Document empty = page(get("/admin/events/" + code + "/matching/schedule?lang=id").with(logins.as("admin")));
		assertThat(empty.select("h1").text()).isEqualTo("Temu bisnis: jadwal");
		assertThat(empty.select("#build-schedule-submit").text()).isEqualTo("Susun jadwal");
		assertThat(empty.select("#no-run").text()).isEqualTo("Jadwal belum disusun.");
		assertThat(empty.select("#eventSessionId option").eachAttr("value")).containsExactly(String.valueOf(eventSession));

		Document refused = page(addSession(code, eventSession, "0").param("lang", "en"));
		assertThat(refused.select("#slotCount-error").text()).isEqualTo("must be between 1 and 200");
		Document refusedId = page(addSession(code, eventSession, "abc").param("lang", "id"));
		assertThat(refusedId.select("#slotCount-error").text()).isNotBlank();
		assertThat(jdbc.sql("select count(*) from matching_session where event_code = ?").param(code)
			.query(Long.class).single()).isZero();

		mvc.perform(addSession(code, eventSession, "1", "2"))
			.andExpect(redirectedUrl("/admin/events/" + code + "/matching/schedule"))
			.andExpect(flash().attribute("notice", "matching.schedule.notice.session-added"));
		long session = jdbc.sql("select id from matching_session where event_code = ?").param(code).query(Long.class)
			.single();

		MatchingParticipant b = buyer(code, "buyer", "PT Enam");
		meeting(code, b, seller(code, 9401, "Batik G"));
		meeting(code, b, seller(code, 9402, "Batik H"));
		mvc.perform(post("/admin/events/" + code + "/matching/schedule").with(logins.as("owner")).with(csrf()))
			.andExpect(status().isForbidden());
		MvcResult built = mvc.perform(post("/admin/events/" + code + "/matching/schedule").with(logins.as("admin"))
			.with(csrf())).andExpect(flash().attribute("notice", "matching.schedule.notice.scheduled")).andReturn();
		Document en = follow(built, "en", "admin");
		assertThat(en.select("#run-summary").text()).isEqualTo(
				"1 of 2 accepted meetings placed; the best possible schedule places at most 1 (gap 0); 1 slots used; 0 meetings moved.");
		assertThat(en.select("#run-must").text()).isEqualTo("Must-meet meetings placed: 1 of 2.");
		assertThat(en.select("#unplaced li").text()).contains("PT Enam")
			.contains("PT Enam has 2 meetings but is available in only 1 slots.");

		Document id = page(get("/admin/events/" + code + "/matching/schedule?lang=id").with(logins.as("admin")));
		assertThat(id.select("#run-summary").text()).startsWith("1 dari 2 pertemuan yang disetujui ditempatkan");
		assertThat(id.select("#run-must").text()).isEqualTo("Pertemuan wajib yang ditempatkan: 1 dari 2.");
		assertThat(id.select("#unplaced li").text()).contains("PT Enam punya 2 pertemuan, sedangkan slot yang tersedia baginya hanya 1.");
		assertThat(id.select("#run-when").text()).contains("admin");
		assertThat(id.select("#meeting-table tbody tr")).hasSize(2);

		long placed = meetings.findByEventCodeAndStatus(code, MeetingStatus.ACCEPTED).stream()
			.filter(Meeting::isPlaced).findFirst().orElseThrow().id().value();
		mvc.perform(post("/admin/events/" + code + "/matching/meetings/" + placed + "/lock").with(logins.as("admin"))
			.with(csrf())).andExpect(flash().attribute("notice", "matching.schedule.notice.locked"));
		assertThat(meetings.findById(placed).orElseThrow().locked()).isTrue();
		Document locked = page(get("/admin/events/" + code + "/matching/schedule?lang=en").with(logins.as("admin")));
		assertThat(locked.select("#unlock-" + placed)).hasSize(1);
		mvc.perform(post("/admin/events/" + code + "/matching/meetings/" + placed + "/unlock").with(logins.as("admin"))
			.with(csrf())).andExpect(flash().attribute("notice", "matching.schedule.notice.unlocked"));
		assertThat(meetings.findById(placed).orElseThrow().locked()).isFalse();

		MvcResult removal = mvc.perform(post("/admin/events/" + code + "/matching/sessions/" + session + "/remove")
			.with(logins.as("admin")).with(csrf())).andReturn();
		assertThat(removal.getFlashMap().get("sessionProblem")).isEqualTo(
				"1 pertemuan sudah ditempatkan di sesi ini; sesi tidak dapat dihapus sebelum pertemuan itu dipindah atau dibatalkan.");
		assertThat(removal.getFlashMap().get("problemSession")).isEqualTo(session);
		MvcResult shrink = mvc.perform(post("/admin/events/" + code + "/matching/sessions/" + session)
			.with(logins.as("admin")).with(csrf()).param("startsAt", "2024-10-02T09:00").param("slotMinutes", "20")
			.param("slotCount", "1").param("tables", "0")).andReturn();
		assertThat((String) shrink.getFlashMap().get("sessionProblem")).startsWith("Pertemuan sudah ditempatkan di meja 1");
		assertThat(jdbc.sql("select tables from matching_session where id = ?").param(session).query(Integer.class)
			.single()).isEqualTo(2);
		mvc.perform(post("/admin/events/" + code + "/matching/sessions/" + session).with(logins.as("admin"))
			.with(csrf()).param("startsAt", "2024-10-02T10:00").param("slotMinutes", "20").param("slotCount", "2")
			.param("tables", "2"))
			.andExpect(flash().attribute("notice", "matching.schedule.notice.session-changed"));
		assertThat(jdbc.sql("select count(*) from matching_slot where session_id = ?").param(session)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aBuyerMarksSlotsUnavailableAndTheOrganiserMayToo() throws Exception {
		String code = "SCH-PG-2";
		long first = ScheduleFixtures.matchingEvent(events, code, DAY).id().value();
		long second = ScheduleFixtures.matchingSession(events, code, DAY, 13).id().value();
		mvc.perform(addSession(code, first, "2")).andExpect(status().is3xxRedirection());
		mvc.perform(addSession(code, second, "1", "1", "2024-10-02T13:00"))
			.andExpect(status().is3xxRedirection());
		MatchingParticipant b = buyer(code, "buyer", "PT Tujuh");
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		MatchingParticipant s = participants.save(MatchingParticipant.seller(code, ownerIkm, "owner",
				new SellerProfile("IKM Jadwal", "Pemilik", null, null, "33", Set.of(), Set.of(), null, null, null, null,
						null),
				null, ParticipantStatus.APPROVED, NOW));

		Document my = page(get("/events/" + code + "/matching?lang=en").with(logins.as("buyer")));
		assertThat(my.select("#matching-unavailability-" + b.id().value()).attr("href"))
			.isEqualTo("/events/" + code + "/matching/unavailability?participant=" + b.id().value());

		Document form = page(get("/events/" + code + "/matching/unavailability?lang=id").with(logins.as("buyer")));
		assertThat(form.select("h1").text()).isEqualTo("Waktu saya tidak bisa bertemu");
		assertThat(form.select("fieldset legend").eachText()).containsExactly("Temu bisnis 9", "Temu bisnis 13");
		assertThat(form.select("#slot-group-0 input[type=checkbox]")).hasSize(2);
		assertThat(form.select("#slot-group-1 input[type=checkbox]")).hasSize(1);
		String slot = form.select("#slot-group-1 input[type=checkbox]").attr("value");

		mvc.perform(post("/events/" + code + "/matching/unavailability").with(logins.as("buyer")).with(csrf())
			.param("participant", String.valueOf(b.id().value())).param("slots", slot))
			.andExpect(redirectedUrl("/events/" + code + "/matching/unavailability?participant=" + b.id().value()))
			.andExpect(flash().attribute("notice", "matching.schedule.notice.unavailability-saved"));
		Document saved = page(get("/events/" + code + "/matching/unavailability?participant=" + b.id().value()
				+ "&lang=en").with(logins.as("buyer")));
		assertThat(saved.select("h1").text()).isEqualTo("Times I cannot meet");
		assertThat(saved.select("#slot-" + slot).hasAttr("checked")).isTrue();
		assertThat(saved.select("input[type=checkbox][checked]")).hasSize(1);

		mvc.perform(post("/events/" + code + "/matching/unavailability").with(logins.as("buyer")).with(csrf())
			.param("lang", "en").param("participant", String.valueOf(b.id().value())).param("slots", "987654"))
			.andExpect(flash().attribute("problem", "Slot 987,654 is not a business-matching slot of this event."));
		assertThat(jdbc.sql("select count(*) from matching_unavailability where participant_id = ?")
			.param(b.id().value()).query(Long.class).single()).isEqualTo(1);

		mvc.perform(get("/events/" + code + "/matching/unavailability?participant=" + s.id().value())
			.with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(post("/events/" + code + "/matching/unavailability").with(logins.as("buyer")).with(csrf())
			.param("participant", String.valueOf(s.id().value())).param("slots", slot))
			.andExpect(status().isForbidden());
		Document officer = page(get("/events/" + code + "/matching/unavailability?participant=" + s.id().value())
			.with(logins.as("officer.33")));
		assertThat(officer.select("#unavailability-submit")).isEmpty();
		mvc.perform(post("/events/" + code + "/matching/unavailability").with(logins.as("officer.33")).with(csrf())
			.param("participant", String.valueOf(s.id().value())).param("slots", slot))
			.andExpect(status().isForbidden());

		page(get("/events/" + code + "/matching/unavailability?participant=" + s.id().value()).with(logins.as("owner")));
		mvc.perform(post("/events/" + code + "/matching/unavailability").with(logins.as("admin")).with(csrf())
			.param("participant", String.valueOf(s.id().value())).param("slots", slot))
			.andExpect(flash().attribute("notice", "matching.schedule.notice.unavailability-saved"));
		assertThat(jdbc.sql("select count(*) from matching_unavailability where participant_id = ?")
			.param(s.id().value()).query(Long.class).single()).isEqualTo(1);
	}
}
