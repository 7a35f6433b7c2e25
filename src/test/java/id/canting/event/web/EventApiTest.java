package id.canting.event.web;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;

/**
 * The events API: the public sees published, running and closed events (the demo's HBN 2024 with its
 * five sessions), never a draft; organisers create, change and move events through the guarded
 * statuses and manage sessions; bad input is 400 naming the field, a refused step 422 naming the rule,
 * and every change is in the audit trail.
 */
@CantingTest
@Transactional
class EventApiTest {

	static final String EVENT = """
			{"code": "uji-2031", "name": "Pameran Uji 2031", "type": "EXHIBITION", "venue": "Gedung Uji", "city": "Solo",
			 "provinceCode": "33", "startDate": "2031-03-10", "endDate": "2031-03-12", "organisers": "Ditjen IKMA",
			 "partners": "YBI", "description": "Pameran untuk pengujian."}""";

	static final String SESSION = """
			{"kind": "WORKSHOP", "title": "Lokakarya uji", "startsAt": "2031-03-11T09:00", "endsAt": "2031-03-11T12:00",
			 "room": "Ruang 1", "capacity": 30, "audience": "Pemuda 15–30 tahun", "speakers": "Narasumber uji"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyoneSeesTheDemoHariBatikNasional2024WithItsProgramme() throws Exception {
		mvc.perform(get("/api/v1/events"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].code").value(hasItem("HBN-2024")))
			.andExpect(jsonPath("$.content[*].status").value(not(hasItem("OPEN_FOR_EXHIBITORS"))))
			.andExpect(jsonPath("$.content[*].status").value(not(hasItem("DRAFT"))));
		mvc.perform(get("/api/v1/events/hbn-2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Hari Batik Nasional 2024"))
			.andExpect(jsonPath("$.type").value("NATIONAL_DAY"))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.startDate").value("2024-10-02"))
			.andExpect(jsonPath("$.endDate").value("2024-10-06"))
			.andExpect(jsonPath("$.partners").value("Yayasan Batik Indonesia"));
		mvc.perform(get("/api/v1/events/HBN-2024/sessions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(5))
			.andExpect(jsonPath("$.content[*].kind").value(containsInAnyOrder("OPENING", "FGD", "WORKSHOP", "WORKSHOP",
					"BUSINESS_MATCHING")))
			.andExpect(jsonPath("$.content[1].audience").value("Pemuda 15–30 tahun"))
			.andExpect(jsonPath("$.content[1].startsAt").value("2024-10-02T13:00:00+07:00"));
	}

	@Test
	void theNextHariBatikNasionalIsOpenForExhibitorsAndSeenByOrganisersOwnersAndOfficersOnly() throws Exception {
		String open = jdbc.sql("select code from event where status = 'OPEN_FOR_EXHIBITORS'").query(String.class).single();
		assertThat(open).startsWith("HBN-");
		mvc.perform(get("/api/v1/events/" + open)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/" + open + "/sessions")).andExpect(status().isNotFound());
		// owners apply to the open call and officers endorse: they find it; the public and buyers do not yet
		mvc.perform(get("/api/v1/events/" + open).with(logins.as("officer.33"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/events/" + open).with(logins.as("owner"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/events/" + open).with(logins.as("buyer"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/" + open).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN_FOR_EXHIBITORS"))
			.andExpect(jsonPath("$.exhibitorCallOpens").isNotEmpty());
		mvc.perform(get("/api/v1/events?status=OPEN_FOR_EXHIBITORS").with(logins.as("admin")))
			.andExpect(jsonPath("$.content[*].code").value(hasItem(open)));
		mvc.perform(get("/api/v1/events?status=OPEN_FOR_EXHIBITORS")).andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/events?status=LATER")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void anOrganiserTakesAnEventFromDraftToClosedAndEveryStepIsAudited() throws Exception {
		admin(post("/api/v1/events"), EVENT).andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("UJI-2031"))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/v1/events/UJI-2031")).andExpect(status().isNotFound());
		admin(post("/api/v1/events"), EVENT).andExpect(status().isConflict());
		admin(put("/api/v1/events/UJI-2031"), EVENT.replace("\"city\": \"Solo\"", "\"city\": \"Surakarta\"")
			.replace("\"description\"", "\"version\": 0, \"description\"")).andExpect(status().isOk())
			.andExpect(jsonPath("$.city").value("Surakarta"));
		admin(put("/api/v1/events/UJI-2031"), EVENT.replace("\"description\"", "\"version\": 0, \"description\""))
			.andExpect(status().isConflict());
		long session = addSession();
		admin(put("/api/v1/events/UJI-2031/sessions/" + session),
				SESSION.replace("30", "45").replace("\"speakers\"", "\"version\": 0, \"speakers\""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.capacity").value(45));
		admin(post("/api/v1/events/UJI-2031/status"), "{\"status\": \"PUBLISHED\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/events/UJI-2031")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/events/UJI-2031/sessions")).andExpect(jsonPath("$.content[0].capacity").value(45));
		// the event starts in 2031: it cannot be marked running yet
		admin(post("/api/v1/events/UJI-2031/status"), "{\"status\": \"RUNNING\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("hari pertamanya")));
		admin(delete("/api/v1/events/UJI-2031/sessions/" + session), null).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/events/UJI-2031/sessions")).andExpect(jsonPath("$.page.totalElements").value(0));
		List<String> actions = jdbc.sql("""
				select action || ' ' || entity_type from audit_entry
				where (entity_type = 'event' and entity_id = 'UJI-2031') or (entity_type = 'event_session' and entity_id = ?)
				order by id""").param(Long.toString(session)).query(String.class).list();
		assertThat(actions).containsExactly("CREATED event", "UPDATED event", "CREATED event_session",
				"UPDATED event_session", "STATUS_CHANGED event", "DELETED event_session");
	}

	@Test
	void refusesStepsOutOfOrderNamingTheRule() throws Exception {
		admin(post("/api/v1/events"), EVENT.replace("\"description\"",
				"\"exhibitorCallOpens\": \"2031-01-01\", \"exhibitorCallCloses\": \"2031-02-01\", \"description\""))
			.andExpect(status().isCreated());
		admin(post("/api/v1/events/UJI-2031/status"), "{\"status\": \"PUBLISHED\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("buka pendaftaran peserta pameran lebih dahulu")));
		admin(post("/api/v1/events/UJI-2031/status"), "{\"status\": \"CLOSED\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("dari Draf ke Selesai")));
		admin(post("/api/v1/events/UJI-2031/status").with(offTheDocument()), "{\"status\": \"SOON\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		admin(post("/api/v1/events/UJI-2031/status"), "{\"status\": \"OPEN_FOR_EXHIBITORS\"}").andExpect(status().isOk());
		admin(post("/api/v1/events/UJI-2031/status?lang=en"), "{\"status\": \"DRAFT\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("cannot move from Open for exhibitors to Draft")));
		admin(post("/api/v1/events/HBN-2024/status"), "{\"status\": \"RUNNING\"}")
			.andExpect(status().isUnprocessableContent());
		admin(post("/api/v1/events/HBN-2024/sessions"), SESSION.replace("2031-03-11", "2024-10-03"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("sudah selesai")));
	}

	@Test
	void refusesBadInputNamingEveryFieldAndChangesNothing() throws Exception {
		admin(post("/api/v1/events").with(offTheDocument()), """
				{"code": "x", "name": "", "type": "PARTY", "venue": "V", "city": "C", "provinceCode": "99",
				 "startDate": "2031-03-12", "endDate": "2031-03-10", "organisers": "O", "description": "D",
				 "exhibitorCallOpens": "2031-01-01"}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "type", "provinceCode",
					"endDate", "exhibitorCallCloses")));
		admin(post("/api/v1/events").with(offTheDocument()), EVENT.replace("2031-03-10", "10/03/2031")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startDate"));
		admin(post("/api/v1/events"), EVENT).andExpect(status().isCreated());
		admin(post("/api/v1/events/UJI-2031/sessions").with(offTheDocument()), """
				{"kind": "WORKSHOP", "title": "Lokakarya", "startsAt": "2031-03-15T09:00", "endsAt": "2031-03-15T08:00",
				 "room": "R", "capacity": 0, "programmeSessionId": 999999999}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("startsAt", "endsAt", "capacity")));
		admin(post("/api/v1/events/UJI-2031/sessions"), SESSION.replace("\"speakers\"", "\"programmeSessionId\": 999999999, \"speakers\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("programmeSessionId"));
		admin(post("/api/v1/events/UJI-2031/sessions"), SESSION.replace("2031-03-11T09:00", "tomorrow"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"));
		// moving the event's days away from its sessions is refused while they are there
		addSession();
		admin(put("/api/v1/events/UJI-2031"), EVENT.replace("2031-03-10", "2031-03-12")
			.replace("\"description\"", "\"version\": 0, \"description\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startDate"));
		assertThat(jdbc.sql("select count(*) from event_session s join event e on e.id = s.event_id where e.code = 'UJI-2031'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyOrganisersChangeEventsAndUnknownOnesAreNotFound() throws Exception {
		mvc.perform(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content(EVENT))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/events").with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON)
			.content(EVENT)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/events/NOPE-1")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/not a code")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/NOPE-1/sessions")).andExpect(status().isNotFound());
		admin(put("/api/v1/events/HBN-2024/sessions/999999999"), SESSION.replace("\"speakers\"", "\"version\": 0, \"speakers\""))
			.andExpect(status().isNotFound());
	}

	private long addSession() throws Exception {
		String body = admin(post("/api/v1/events/UJI-2031/sessions"), SESSION).andExpect(status().isCreated())
			.andExpect(jsonPath("$.eventCode").value("UJI-2031"))
			.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		request.with(logins.as("admin"));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}
}
