package id.canting.notification.web;

import static id.canting.notification.OutgoingMessageMother.aMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.notification.Outbox;

/**
 * The outbox for admins, by API and page in both languages: the list filtered by status, one message
 * with its bodies and parts, and retry now, refused (409) but for a failed or given-up message and
 * audited when done. Each test rolls back.
 */
@CantingTest
@Transactional
class NotificationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	long ticket() {
		return outbox.enqueue(aMessage().to("dewi.lestari@example.id")
			.in(Locale.ENGLISH)
			.subject("Your ticket for the natural-dye workshop")
			.text("Show the QR code at the door.")
			.html("<p>Show the QR code at the door.</p><img src=\"cid:qr.png\">")
			.withInlineImage("qr.png")
			.withAttachment("invitation.ics", "text/calendar; charset=UTF-8; method=PUBLISH", "BEGIN:VCALENDAR")
			.topic("event.ticket")
			.reference("TKT-API-1")
			.build()).value();
	}

	@Test
	void listsMessagesByStatusAndShowsOneWithItsBodiesAndParts() throws Exception {
		long id = ticket();

		mvc.perform(get("/api/v1/notifications?status=pending&topic=event.ticket").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.content[0].status").value("PENDING"))
			.andExpect(jsonPath("$.page.totalElements").isNumber());
		mvc.perform(get("/api/v1/notifications?status=SENT&topic=event.ticket").with(logins.as("admin")))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) id))));

		mvc.perform(get("/api/v1/notifications/" + id).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.message.recipient").value("dewi.lestari@example.id"))
			.andExpect(jsonPath("$.message.language").value("en"))
			.andExpect(jsonPath("$.message.attempts").value(0))
			.andExpect(jsonPath("$.textBody").value("Show the QR code at the door."))
			.andExpect(jsonPath("$.htmlBody").value(containsString("cid:qr.png")))
			.andExpect(jsonPath("$.parts[0].name").value("qr.png"))
			.andExpect(jsonPath("$.parts[0].disposition").value("INLINE"))
			.andExpect(jsonPath("$.parts[1].name").value("invitation.ics"))
			.andExpect(jsonPath("$.parts[1].disposition").value("ATTACHMENT"))
			.andExpect(jsonPath("$.parts[1].sizeBytes").value(15));
	}

	@Test
	void refusesAnUnknownStatusOrTopicNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/notifications?status=LOST&topic=Not A Topic").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/notifications?topic=Not A Topic").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("topic"));
		mvc.perform(get("/api/v1/notifications?size=500").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void retriesOnlyAFailedOrGivenUpMessageAndAuditsIt() throws Exception {
		long id = ticket();
		mvc.perform(post("/api/v1/notifications/" + id + "/retry").with(logins.as("admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Menunggu")));

		jdbc.sql("update notification_message set status = 'GAVE_UP', attempts = 10, last_error = '550 mailbox unavailable' where id = ?")
			.param(id).update();
		mvc.perform(post("/api/v1/notifications/" + id + "/retry").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.attempts").value(10));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'notification' and entity_id = ? and action = 'RETRIED'")
			.param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void adminsSeeTheOutboxPagesInBothLanguages() throws Exception {
		long id = ticket();
		jdbc.sql("update notification_message set status = 'FAILED', attempts = 2, last_error = 'Connection refused' where id = ?")
			.param(id).update();

		mvc.perform(get("/admin/notifications?status=FAILED&lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-mail outbox")))
			.andExpect(content().string(containsString("Your ticket for the natural-dye workshop")))
			.andExpect(content().string(containsString("Failed, will retry")))
			.andExpect(content().string(containsString("Event ticket")));
		mvc.perform(get("/admin/notifications?status=FAILED&lang=id").with(logins.as("admin")).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gagal, akan dicoba lagi")))
			.andExpect(content().string(not(containsString("<html"))));

		mvc.perform(get("/admin/notifications/" + id + "?lang=id").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kirim ulang sekarang")))
			.andExpect(content().string(containsString("Connection refused")))
			.andExpect(content().string(containsString("invitation.ics")))
			.andExpect(content().string(containsString("&lt;img src=&quot;cid:qr.png&quot;&gt;")));

		mvc.perform(post("/admin/notifications/" + id + "/retry").with(logins.as("admin")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/notifications/" + id));
		mvc.perform(get("/admin/notifications/" + id + "?lang=en").with(logins.as("admin")))
			.andExpect(content().string(containsString("Waiting")))
			.andExpect(content().string(not(containsString("Retry now"))));
	}

	@Test
	void otherRolesAreRefused() throws Exception {
		mvc.perform(get("/api/v1/notifications").with(logins.as("officer.33"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/notifications").with(logins.as("owner"))).andExpect(status().isForbidden());
	}
}
