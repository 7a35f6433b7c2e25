package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.event.internal.EventManagement;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingRequestId;
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
 * The schedule through {@code /api/v1}: the organiser adds a session, a buyer marks a slot unavailable, the
 * schedule places every meeting (none in that slot) and reports the figures; after a cancellation and a new
 * acceptance the re-schedule keeps the locked meeting where it was and says what moved; only the organiser
 * arranges and locks; a slot of another event is refused naming the field.
 */
@CantingTest
@Transactional
class ScheduleApiTest {

	static final Instant NOW = Instant.parse("2024-09-20T03:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	MatchingParticipantRepository participants;
	@Autowired
	MeetingRepository meetings;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EventManagement events;

	static final LocalDate DAY = LocalDate.of(2024, 10, 2);

	MatchingParticipant buyer(String code, String name) {
		return participants.save(MatchingParticipant.buyer(code, "buyer", new BuyerProfile(name, "Siti", null, null,
				BuyerType.RETAILER, "ID", "31", Set.of(Technique.CAP), Set.of(ProductCategory.FABRIC), 100, null, null,
				null, false), NOW));
	}

	MatchingParticipant seller(String code, long ikm, String name, String booth) {
		return participants.save(MatchingParticipant.seller(code, ikm, null, new SellerProfile(name, "Ahmad",
				"ikm" + ikm + "@example.org", null, "33", Set.of(Technique.CAP), Set.of(ProductCategory.FABRIC), 100, null,
				null, null, null), booth, ParticipantStatus.APPROVED, NOW));
	}

	Meeting meeting(String code, MatchingParticipant b, MatchingParticipant s, boolean must) {
		jdbc.sql("""
				insert into matching_request (event_code, from_id, to_id, preference, status, created_at, expires_at, version)
				values (?, ?, ?, 'WOULD_LIKE', 'ACCEPTED', ?, ?, 0)""")
			.params(code, b.id().value(), s.id().value(), java.sql.Timestamp.from(NOW), java.sql.Timestamp.from(NOW))
			.update();
		long id = jdbc.sql("select max(id) from matching_request").query(Long.class).single();
		return meetings.save(Meeting.fromRequest(code, new MeetingRequestId(id), b.id(), s.id(), must, NOW));
	}

	@Test
	void schedulesKeepsALockedMeetingOnReschedulingAndReportsMoves() throws Exception {
		String code = "SCH-API-1";
		long eventSession = ScheduleFixtures.matchingEvent(events, code, DAY).id().value();
		MatchingParticipant b1 = buyer(code, "PT Satu");
		MatchingParticipant b2 = buyer(code, "PT Dua");
		MatchingParticipant s1 = seller(code, 9101, "Batik Tulis A", "A1");
		MatchingParticipant s2 = seller(code, 9102, "Batik Cap B", null);
		Meeting m1 = meeting(code, b1, s1, true);
		Meeting m2 = meeting(code, b1, s2, false);
		Meeting m3 = meeting(code, b2, s1, false);
		Meeting m4 = meeting(code, b2, s2, false);

		String session = mvc.perform(post("/api/v1/events/" + code + "/matching/sessions").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"eventSessionId": %d, "startsAt": "2024-10-02T09:00:00+07:00", "slotMinutes": 20, "slotCount": 4,
					 "breakEvery": 2, "breakMinutes": 10, "tables": 2}""".formatted(eventSession)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.slots.length()").value(4))
			.andExpect(jsonPath("$.slots[2].startsAt").value("2024-10-02T09:50:00+07:00"))
			.andReturn().getResponse().getContentAsString();
		List<Integer> slotIds = JsonPath.read(session, "$.slots[*].id");

		mvc.perform(put("/api/v1/events/" + code + "/matching/participants/" + b1.id().value() + "/unavailability")
			.with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slots\": [" + slotIds.get(0) + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].unavailable").value(true))
			.andExpect(jsonPath("$[1].unavailable").value(false));
		mvc.perform(put("/api/v1/events/" + code + "/matching/participants/" + b1.id().value() + "/unavailability")
			.with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON).content("{\"slots\": [424242]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("slots"));

		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("buyer")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("assessor")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requested").value(4))
			.andExpect(jsonPath("$.placed").value(4))
			.andExpect(jsonPath("$.bound").value(4))
			.andExpect(jsonPath("$.moved").value(0))
			.andExpect(jsonPath("$.unplaced").isEmpty());
		Meeting placed1 = meetings.findById(m1.id().value()).orElseThrow();
		assertThat(placed1.slotId()).isNotEqualTo(slotIds.get(0).longValue());
		assertThat(placed1.tableNo()).isNull(); // seller A1 meets at the booth
		assertThat(meetings.findById(m2.id().value()).orElseThrow().tableNo()).isNotNull();

		mvc.perform(post("/api/v1/events/" + code + "/matching/meetings/" + m1.id().value() + "/lock")
			.with(logins.as("owner"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/" + code + "/matching/meetings/" + m1.id().value() + "/lock")
			.with(logins.as("admin"))).andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(true));

		Meeting cancelled = meetings.findById(m4.id().value()).orElseThrow();
		cancelled.cancel("admin");
		meetings.save(cancelled);
		MatchingParticipant s3 = seller(code, 9103, "Batik C", null);
		meeting(code, b1, s3, false);
		meeting(code, b2, s3, false);

		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requested").value(5))
			.andExpect(jsonPath("$.placed").value(5))
			.andExpect(jsonPath("$.bound").value(5));
		Meeting locked = meetings.findById(m1.id().value()).orElseThrow();
		assertThat(locked.slotId()).isEqualTo(placed1.slotId());
		assertThat(locked.locked()).isTrue();
		assertThat(jdbc.sql("select count(*) from matching_schedule_run where event_code = ?").param(code)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'matching_schedule' and entity_id = ?")
			.param(code).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void saysWhyAMeetingCannotBePlaced() throws Exception {
		String code = "SCH-API-2";
		long eventSession = ScheduleFixtures.matchingEvent(events, code, DAY).id().value();
		MatchingParticipant b1 = buyer(code, "PT Tiga");
		MatchingParticipant s1 = seller(code, 9201, "Batik D", null);
		MatchingParticipant s2 = seller(code, 9202, "Batik E", null);
		meeting(code, b1, s1, false);
		meeting(code, b1, s2, true);
		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("admin")))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(post("/api/v1/events/" + code + "/matching/sessions").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"eventSessionId": %d, "startsAt": "2024-10-02T13:00:00+07:00", "slotMinutes": 20, "slotCount": 1,
					 "tables": 5}""".formatted(eventSession))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("admin"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.placed").value(1))
			.andExpect(jsonPath("$.bound").value(1))
			.andExpect(jsonPath("$.mustPlaced").value(1))
			.andExpect(jsonPath("$.unplaced[0].reason").value("matching.schedule.unplaced.over-slots"))
			.andExpect(jsonPath("$.unplaced[0].text").value("PT Tiga has 2 meetings but is available in only 1 slots."));
	}

	@Test
	void sessionsAreChangedAndRemovedButNeverBelowPlacedMeetings() throws Exception {
		String code = "SCH-API-3";
		long eventSession = ScheduleFixtures.matchingEvent(events, code, DAY).id().value();
		long talk = ScheduleFixtures.talk(events, code, DAY).id().value();
		String api = "/api/v1/events/" + code + "/matching/sessions";
		String body = """
				{"eventSessionId": %d, "startsAt": "2024-10-02T09:00:00+07:00", "slotMinutes": %d, "slotCount": %d,
				 "tables": %d}""";
		mvc.perform(post(api).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(talk, 20, 3, 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("eventSessionId"));
		mvc.perform(post(api).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(eventSession, 2, 0, 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("slotMinutes",
					"slotCount")));
		String created = mvc.perform(post(api).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(eventSession, 20, 3, 1)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(created, "$.id");
		List<Integer> slotIds = JsonPath.read(created, "$.slots[*].id");
		mvc.perform(post(api).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(eventSession, 20, 3, 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("bertumpang tindih")));

		MatchingParticipant b1 = buyer(code, "PT Empat");
		MatchingParticipant b2 = buyer(code, "PT Lima");
		MatchingParticipant s1 = seller(code, 9301, "Batik F", null);
		Meeting m1 = meeting(code, b1, s1, false);
		Meeting m2 = meeting(code, b2, s1, false);
		mvc.perform(put("/api/v1/events/" + code + "/matching/participants/" + b1.id().value() + "/unavailability")
			.with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slots\": [" + slotIds.get(0) + "]}")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/events/" + code + "/matching/participants/" + b2.id().value() + "/unavailability")
			.with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slots\": [" + slotIds.get(0) + "]}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/events/" + code + "/matching/schedule").with(logins.as("admin")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.placed").value(2));
		assertThat(meetings.findById(m1.id().value()).orElseThrow().slotId()).isNotNull();
		assertThat(meetings.findById(m2.id().value()).orElseThrow().slotId()).isNotNull();

		mvc.perform(put(api + "/" + id).with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(eventSession, 20, 1, 1))).andExpect(status().isForbidden());
		mvc.perform(put(api + "/" + id).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en").content(body.formatted(eventSession, 20, 2, 1)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.field").value("slotCount"))
			.andExpect(jsonPath("$.rule").value("session-shrink"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("up to slot 3")));
		mvc.perform(put(api + "/" + id).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(eventSession, 20, 3, 0)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.rule").value("session-tables"));
		mvc.perform(put(api + "/" + id).with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(eventSession, 30, 4, 2)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slotCount").value(4))
			.andExpect(jsonPath("$.slots.length()").value(4))
			.andExpect(jsonPath("$.slots[0].id").value(slotIds.get(0)))
			.andExpect(jsonPath("$.slots[1].startsAt").value("2024-10-02T09:30:00+07:00"));
		mvc.perform(delete(api + "/" + id).with(logins.as("admin")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.rule").value("session-has-meetings"));
		for (Meeting m : List.of(m1, m2)) {
			Meeting c = meetings.findById(m.id().value()).orElseThrow();
			c.cancel("admin");
			meetings.save(c);
		}
		mvc.perform(delete(api + "/" + id).with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(delete(api + "/" + id).with(logins.as("admin"))).andExpect(status().isNoContent());
		assertThat(jdbc.sql("select count(*) from matching_slot where session_id = ?").param(id).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from matching_unavailability where participant_id = ?")
			.param(b1.id().value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'matching_session' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
	}
}
