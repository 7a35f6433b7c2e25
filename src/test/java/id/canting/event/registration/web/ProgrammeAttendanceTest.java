package id.canting.event.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.event.EventStatus;
import id.canting.event.EventType;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.SessionInput;
import id.canting.shared.Actor;

/**
 * A workshop that is also a programme's training session: checking in a registrant who is one of the
 * programme's participants (same name, same IKM) marks them present in the programme too; a registrant
 * who is not on the programme's list counts at the event only. Not in a test transaction: the programme's
 * attendance is written after the check-in commits. What it made is removed afterwards.
 */
@CantingTest
class ProgrammeAttendanceTest {

	static final String CODE = "UJI-REG-PROG";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventManagement events;

	@Autowired
	JdbcClient jdbc;

	long participantId;
	long programmeSessionId;
	/** What the programme had for the participant at that session before: absent, or nothing. */
	List<Boolean> before = List.of();

	@AfterEach
	void forget() {
		jdbc.sql("delete from programme_attendance where participant_id = ? and session_id = ?")
			.param(participantId).param(programmeSessionId).update();
		before.forEach(present -> jdbc.sql("insert into programme_attendance (participant_id, session_id, present) "
				+ "values (?, ?, ?)").param(participantId).param(programmeSessionId).param(present).update());
		jdbc.sql("delete from notification_message where topic like 'event.%' and reference in "
				+ "(select ticket_code from event_registration where event_code = ?)").param(CODE).update();
		jdbc.sql("delete from event_registration where event_code = ?").param(CODE).update();
		jdbc.sql("delete from session_seats where session_id in (select s.id from event_session s join event e "
				+ "on e.id = s.event_id where e.code = ?)").param(CODE).update();
		jdbc.sql("delete from event_session where event_id = (select id from event where code = ?)").param(CODE).update();
		jdbc.sql("delete from event where code = ?").param(CODE).update();
	}

	@Test
	void aProgrammeParticipantCheckedInAtTheWorkshopIsPresentInTheProgrammeToo() throws Exception {
		// a held session of a programme that gathers people, and one of its participants not marked present there
		Map<String, Object> found = jdbc.sql("""
				select s.id as session_id, pp.id as participant_id, pp.name, pp.ikm_name
				from programme_session s join programme p on p.id = s.programme_id
				join programme_participant pp on pp.programme_id = p.id
				where s.held_on <= :today and p.type in ('TECHNICAL_ASSISTANCE', 'TRAINING', 'PRISON_ASSISTANCE', 'INDUSTRY_4_0')
				  and not exists (select 1 from programme_attendance a where a.participant_id = pp.id and a.session_id = s.id
				    and a.present)
				order by s.id, pp.id""")
			.param("today", LocalDate.now(ZoneId.of("Asia/Jakarta")))
			.query()
			.listOfRows()
			.get(0);
		programmeSessionId = ((Number) found.get("session_id")).longValue();
		participantId = ((Number) found.get("participant_id")).longValue();
		before = present();
		SessionView workshop = linkedWorkshop(programmeSessionId);

		String participant = register(workshop, (String) found.get("name"), (String) found.get("ikm_name"), "p@example.org");
		String stranger = register(workshop, "Orang Lain Sekali", (String) found.get("ikm_name"), "x@example.org");
		checkIn(stranger);
		assertThat(present()).as("someone not on the programme's list counts at the event only").isEqualTo(before);
		checkIn(participant);
		assertThat(present()).as("the participant is present in the programme").containsExactly(true);
	}

	private List<Boolean> present() {
		return jdbc.sql("select present from programme_attendance where participant_id = ? and session_id = ?")
			.param(participantId).param(programmeSessionId).query(Boolean.class).list();
	}

	private SessionView linkedWorkshop(long programmeSession) {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(10);
		events.create(Actor.SYSTEM, new EventInput(CODE, "Lokakarya program " + CODE, EventType.TRAINING_EVENT.name(),
				"Gedung Kementerian Perindustrian", "Jakarta", "31", day.toString(), day.toString(), "Ditjen IKMA", "",
				"Lokakarya yang juga sesi pelatihan program.", null, null, null));
		SessionView session = events.addSession(Actor.SYSTEM, CODE,
				new SessionInput(SessionKind.WORKSHOP.name(), "Lokakarya pewarna alam", null, day.atTime(9, 0).toString(),
						day.atTime(12, 0).toString(), "Ruang 1", 20, null, "Tim YBI", programmeSession));
		events.changeStatus(Actor.SYSTEM, CODE, EventStatus.PUBLISHED);
		return session;
	}

	private String register(SessionView s, String name, String organisation, String email) throws Exception {
		String body = """
				{"name": "%s", "email": "%s", "organisation": "%s", "ageGroup": "AGE_31_45", "consent": true}"""
			.formatted(name, email, organisation);
		String response = mvc
			.perform(post("/api/v1/events/{code}/sessions/{id}/registrations", CODE, s.id().value())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(response, "$.ticketCode");
	}

	private void checkIn(String ticket) throws Exception {
		mvc.perform(post("/api/v1/events/{code}/check-ins", CODE).with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"ticketCode\": \"" + ticket + "\"}"))
			.andExpect(status().isCreated());
	}
}
