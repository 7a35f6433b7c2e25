package id.canting.event.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.event.EventStatus;
import id.canting.event.SessionView;
import id.canting.event.internal.EventManagement;
import id.canting.event.registration.EventFixture;
import id.canting.shared.Actor;

/**
 * The registration API end to end: seats then the waitlist, promotion on cancellation, duplicates,
 * consent, closed events, check-in of every kind of ticket, attendance, the organisers' list, the
 * ticket mail in the outbox and the audit trail.
 */
@CantingTest
@Transactional
class RegistrationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventManagement events;

	@Autowired
	JdbcClient jdbc;

	static String body(String name, String email, String phone, boolean consent) {
		return """
				{"name": "%s", "email": %s, "phone": %s, "organisation": "Sanggar Uji", "ageGroup": "AGE_15_30",
				 "consent": %s, "language": "en"}""".formatted(name, email == null ? "null" : '"' + email + '"',
				phone == null ? "null" : '"' + phone + '"', consent);
	}

	ResultActions register(SessionView s, String body) throws Exception {
		return mvc.perform(post("/api/v1/events/{code}/sessions/{id}/registrations", s.eventCode().value(), s.id().value())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static String ticket(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.ticketCode");
	}

	@Test
	void pastCapacityRegistrantsWaitAndACancellationPromotesTheFirst() throws Exception {
		SessionView s = EventFixture.publishedWorkshop(events, "UJI-REG-1", 10, 2);
		String first = ticket(register(s, body("Satu", "satu@example.org", null, true)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.waitlistPosition").doesNotExist()));
		register(s, body("Dua", null, "0812-1111-2222", true)).andExpect(jsonPath("$.status").value("CONFIRMED"));
		String third = ticket(register(s, body("Tiga", "tiga@example.org", null, true)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1)));
		register(s, body("Empat", "empat@example.org", null, true)).andExpect(jsonPath("$.waitlistPosition").value(2));

		mvc.perform(delete("/api/v1/events/UJI-REG-1/registrations/{t}", first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		mvc.perform(get("/api/v1/tickets/{t}", third))
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.waitlistPosition").doesNotExist());
		mvc.perform(get("/api/v1/events/UJI-REG-1/attendance").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessions[0].confirmed").value(2))
			.andExpect(jsonPath("$.sessions[0].waitlisted").value(1))
			.andExpect(jsonPath("$.sessions[0].cancelled").value(1));
		mvc.perform(delete("/api/v1/events/UJI-REG-1/registrations/{t}", first)).andExpect(status().isConflict());

		// the ticket, waitlist, promotion and cancellation mails are in the outbox, in English, the ticket with its QR and ICS
		assertThat(jdbc.sql("select count(*) from notification_message where reference = :t").param("t", third)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from notification_message where reference = :t and topic = 'event.ticket'")
			.param("t", first).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select p.name || ' ' || p.content_type from notification_part p join notification_message m on m.id = p.message_id
				where m.reference = :t and m.topic = 'event.ticket' order by p.position""").param("t", first).query(String.class)
			.list()).anySatisfy(part -> assertThat(part).startsWith("ticket-qr.png image/png"))
			.anySatisfy(part -> assertThat(part).startsWith("invitation.ics text/calendar"));
		assertThat(jdbc.sql("select language || ' ' || subject from notification_message where reference = :t and topic = 'event.ticket'")
			.param("t", first).query(String.class).single()).startsWith("en Your ticket: Natural-dye workshop");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'event_registration' and summary like :s")
			.param("s", "UJI-REG-1%").query(Long.class).single()).isEqualTo(6);
	}

	/**
	 * Outside the test's transaction: the refusal rolls the organiser's removal back, which only a real
	 * transaction of its own shows. The rows it made are removed afterwards.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aSessionPeopleRegisteredForCannotBeRemovedUntilTheyCancel() throws Exception {
		SessionView s = EventFixture.publishedWorkshop(events, "UJI-REG-8", 10, 5);
		String ticket = null;
		try {
			ticket = ticket(register(s, body("Satu", "satu@example.org", null, true)));
			String session = "/api/v1/events/UJI-REG-8/sessions/" + s.id().value();
			mvc.perform(delete(session).with(logins.as("admin")))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.detail").value(containsString("1")));
			mvc.perform(get(session)).andExpect(status().isOk());
			mvc.perform(delete("/api/v1/events/UJI-REG-8/registrations/{t}", ticket)).andExpect(status().isOk());
			mvc.perform(delete(session).with(logins.as("admin"))).andExpect(status().is2xxSuccessful());
			mvc.perform(get(session)).andExpect(status().isNotFound());
		}
		finally {
			if (ticket != null) {
				jdbc.sql("delete from notification_message where reference = ?").param(ticket).update();
			}
			jdbc.sql("delete from event_registration where event_code = 'UJI-REG-8'").update();
			jdbc.sql("delete from session_seats where session_id = ?").param(s.id().value()).update();
			jdbc.sql("delete from event_session where id = ?").param(s.id().value()).update();
			jdbc.sql("delete from event where code = 'UJI-REG-8'").update();
		}
	}

	@Test
	void theSameEmailOrPhoneTwiceIsAConflictNamingTheField() throws Exception {
		SessionView s = EventFixture.publishedWorkshop(events, "UJI-REG-2", 10, 20);
		register(s, body("Satu", "satu@example.org", "0812-3333-4444", true)).andExpect(status().isCreated());
		register(s, body("Satu lagi", "SATU@example.org", null, true)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("email"))
			.andExpect(jsonPath("$.detail").value(containsString("e-mail")));
		register(s, body("Satu lagi", null, "+62 812 3333 4444", true)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("phone"));
	}

	@Test
	void withoutConsentOrContactNothingIsRegistered() throws Exception {
		SessionView s = EventFixture.publishedWorkshop(events, "UJI-REG-3", 10, 20);
		register(s, body("Satu", "satu@example.org", null, false)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consent"));
		register(s, body("Satu", null, null, true)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("email", "phone")));
		assertThat(jdbc.sql("select count(*) from event_registration where event_code = 'UJI-REG-3'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDraftOrPastEventOrAStartedSessionTakesNoRegistration() throws Exception {
		SessionView draft = EventFixture.publishedWorkshop(events, "UJI-REG-4", -1, 20);
		register(draft, body("Satu", "satu@example.org", null, true)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("Draft")));
		SessionView past = EventFixture.publishedWorkshop(events, "UJI-REG-5", -5, 20);
		events.changeStatus(Actor.SYSTEM, "UJI-REG-5", EventStatus.PUBLISHED);
		register(past, body("Satu", "satu@example.org", null, true)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("started")));
		mvc.perform(post("/api/v1/events/HBN-2024/sessions/999999/registrations").contentType(MediaType.APPLICATION_JSON)
			.content(body("Satu", "satu@example.org", null, true))).andExpect(status().is4xxClientError());
	}

	@Test
	void atTheDoorEachTicketIsLetInOnceAndTheOthersAreRefusedWithTheReason() throws Exception {
		SessionView s = EventFixture.publishedWorkshop(events, "UJI-REG-6", 10, 1);
		SessionView other = EventFixture.publishedWorkshop(events, "UJI-REG-7", 10, 5);
		String seated = ticket(register(s, body("Satu", "satu@example.org", null, true)));
		String waiting = ticket(register(s, body("Dua", "dua@example.org", null, true)));
		String elsewhere = ticket(register(other, body("Tiga", "tiga@example.org", null, true)));
		String cancelled = ticket(register(other, body("Empat", "empat@example.org", null, true)));
		mvc.perform(delete("/api/v1/events/UJI-REG-7/registrations/{t}", cancelled)).andExpect(status().isOk());

		String grouped = seated.substring(0, 4) + "-" + seated.substring(4, 8) + "-" + seated.substring(8).toLowerCase();
		checkIn("UJI-REG-6", grouped, "officer.35").andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Satu"))
			.andExpect(jsonPath("$.checkedInAt").exists());
		checkIn("UJI-REG-6", seated, "admin").andExpect(status().isConflict())
			.andExpect(jsonPath("$.checkedInAt").exists())
			.andExpect(jsonPath("$.detail").value(containsString("WIB")));
		checkIn("UJI-REG-6", waiting, "admin").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("waitlist")));
		checkIn("UJI-REG-6", elsewhere, "admin").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("UJI-REG-7")));
		checkIn("UJI-REG-7", cancelled, "admin").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("cancelled")));
		checkIn("UJI-REG-6", "ABCD-EFGH-JKLMN", "admin").andExpect(status().isNotFound());
		checkIn("UJI-REG-6", seated, "owner").andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/UJI-REG-6/check-ins").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ticketCode\":\"" + seated + "\"}")).andExpect(status().isUnauthorized());

		mvc.perform(get("/api/v1/events/UJI-REG-6/attendance").with(logins.as("admin")))
			.andExpect(jsonPath("$.attendance").value(1))
			.andExpect(jsonPath("$.registrations").value(2));
	}

	@Test
	void onlyTheOrganisersSeeTheRegistrantsData() throws Exception {
		SessionView s = EventFixture.publishedWorkshop(events, "UJI-REG-8", 10, 5);
		register(s, body("Satu", "satu@example.org", "0812 5555 6666", true)).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/events/UJI-REG-8/registrations").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].email").value("satu@example.org"))
			.andExpect(jsonPath("$.content[0].phone").value("+6281255556666"))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/events/UJI-REG-8/registrations").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/events/UJI-REG-8/registrations")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/events/UJI-REG-8/registrations/export?format=csv&lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("satu@example.org")));
	}

	ResultActions checkIn(String event, String code, String user) throws Exception {
		return mvc.perform(post("/api/v1/events/{code}/check-ins", event).with(logins.as(user)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"ticketCode\":\"" + code + "\"}"));
	}
}
