package id.canting.programme.participation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.participation.internal.ParticipantInput;
import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.shared.Actor;

/**
 * The participants page: sessions and the attendance grid for admins and officers, the owner's own
 * participants with their certificates, the add forms with errors inline, and attendance saved a row
 * at a time (htmx) or by a form post.
 */
@CantingTest
@Transactional
class ParticipantPagesTest {

	static final String PAGE = "/programmes/PELATIHAN-SDM-2024/participants";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ProgrammeParticipants participants;

	@Test
	void aProgrammeLinksToItsParticipantsOnlyWhenItGathersPeople() throws Exception {
		mvc.perform(get("/programmes/PELATIHAN-SDM-2024").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"participants-link\"")));
		mvc.perform(get("/programmes/FAS-PERALATAN-SENTRA-2024").with(logins.as("admin")))
			.andExpect(content().string(not(containsString("id=\"participants-link\""))));
		mvc.perform(get("/programmes/PELATIHAN-SDM-2024"))
			.andExpect(content().string(not(containsString("id=\"participants-link\""))));
		mvc.perform(get("/programmes/FAS-PERALATAN-SENTRA-2024/participants").with(logins.as("admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Fasilitasi peralatan")));
	}

	@Test
	void theAdminSeesTheSessionsTheAttendanceGridAndBothForms() throws Exception {
		mvc.perform(get(PAGE).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"session-list\"")))
			.andExpect(content().string(containsString("id=\"session-form\"")))
			.andExpect(content().string(containsString("id=\"participant-form\"")))
			.andExpect(content().string(containsString("id=\"participant-list\"")))
			.andExpect(content().string(containsString("hx-post=\"/programmes/PELATIHAN-SDM-2024/participants/")))
			.andExpect(content().string(containsString("paling sedikit 75% sesi yang telah berlangsung, dibulatkan ke atas: kini 6 dari 8 sesi")));
		mvc.perform(get(PAGE + "?lang=en").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Participants of Pelatihan sumber daya manusia IKM batik 2024")))
			.andExpect(content().string(containsString("id=\"participant-form\"")))
			.andExpect(content().string(not(containsString("id=\"session-form\""))));
	}

	@Test
	void theOwnerSeesTheirOwnParticipantsAndCertificatesButNoForms() throws Exception {
		mvc.perform(get(PAGE).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/certificate.pdf")))
			.andExpect(content().string(not(containsString("id=\"participant-form\""))))
			.andExpect(content().string(not(containsString("id=\"session-form\""))))
			.andExpect(content().string(not(containsString("hx-post"))));
		long eligible = jdbc.sql("""
				select min(p.id) from programme_participant p join programme g on g.id = p.programme_id
				where g.code = 'PELATIHAN-SDM-2024' and p.ikm_id = ?
				and (select count(*) from programme_attendance a where a.participant_id = p.id and a.present) = 8""")
			.param(ownerIkm()).query(Long.class).single();
		mvc.perform(get(PAGE + "/" + eligible + "/certificate.pdf").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get(PAGE).with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(get(PAGE)).andExpect(status().isFound());
	}

	@Test
	void addingAParticipantShowsProblemsNextToTheFieldsThenSaves() throws Exception {
		mvc.perform(post(PAGE).with(logins.as("officer.33")).with(csrf())
			.param("name", " ").param("gender", "").param("ikm", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"gender-error\"")))
			.andExpect(content().string(containsString("id=\"ikm-error\"")));
		mvc.perform(post(PAGE).with(logins.as("officer.33")).with(csrf())
			.param("name", "Sekar Ayu").param("gender", "F").param("ikm", "987654321"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak ada IKM dengan nomor 987654321")));
		mvc.perform(post(PAGE).with(logins.as("officer.33")).with(csrf())
			.param("name", "Sekar Ayu").param("gender", "F").param("ikm", String.valueOf(jatengIkm())))
			.andExpect(redirectedUrl(PAGE));
		mvc.perform(post(PAGE).with(logins.as("officer.33")).with(csrf())
			.param("name", "sekar ayu").param("gender", "F").param("ikm", String.valueOf(jatengIkm())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah menjadi peserta program PELATIHAN-SDM-2024")));
		mvc.perform(post(PAGE).with(logins.as("officer.35")).with(csrf())
			.param("name", "Sekar Wangi").param("gender", "F").param("ikm", String.valueOf(jatengIkm())))
			.andExpect(status().isForbidden());
		mvc.perform(post(PAGE).with(logins.as("owner")).with(csrf())
			.param("name", "Sekar Wangi").param("gender", "F").param("ikm", String.valueOf(ownerIkm())))
			.andExpect(status().isForbidden());
	}

	@Test
	void attendanceIsSavedARowAtATimeWithHtmxOrAFormPost() throws Exception {
		long id = participants.enrol(Actor.SYSTEM, "PELATIHAN-SDM-2024",
				new ParticipantInput("Laras Ayuningtyas", "F", jatengIkm(), null)).id().value();
		var htmx = post(PAGE + "/" + id + "/attendance").with(logins.as("officer.33")).with(csrf())
			.header("HX-Request", "true");
		for (int session = 1; session <= 8; session++) {
			htmx.param("shown", String.valueOf(session));
		}
		mvc.perform(htmx.param("present", "1", "2", "3", "4", "5", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"participant-" + id + "\"")))
			.andExpect(content().string(containsString("6 dari 8")))
			.andExpect(content().string(containsString("id=\"certificate-" + id + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post(PAGE + "/" + id + "/attendance").with(logins.as("officer.33")).with(csrf())
			.param("shown", "1", "2").param("present", "2"))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("notice", "participant.notice.attendance"));
		mvc.perform(get(PAGE + "/" + id + "/certificate.pdf").with(logins.as("officer.33")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("5 dari 8")));
		mvc.perform(post(PAGE + "/" + id + "/attendance").with(logins.as("officer.35")).with(csrf())
			.param("shown", "1").param("present", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post(PAGE + "/" + id + "/remove").with(logins.as("officer.33")).with(csrf()))
			.andExpect(redirectedUrl(PAGE));
		mvc.perform(get(PAGE + "/" + id + "/certificate.pdf").with(logins.as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAdminAddsASessionWithProblemsInlineAndCannotRemoveAnAttendedOne() throws Exception {
		String workshop = "/programmes/WORKSHOP-SERAGAM-HAJI-2024";
		mvc.perform(post(workshop + "/sessions").with(logins.as("admin")).with(csrf())
			.param("number", "x").param("heldOn", "").param("topic", "").param("place", "Jakarta"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"number-error\"")))
			.andExpect(content().string(containsString("id=\"heldOn-error\"")))
			.andExpect(content().string(containsString("id=\"topic-error\"")));
		mvc.perform(post(workshop + "/sessions").with(logins.as("admin")).with(csrf())
			.param("heldOn", "2024-08-08").param("topic", "Kunjungan pabrik").param("place", "Pekalongan"))
			.andExpect(redirectedUrl(workshop + "/participants"));
		mvc.perform(get(workshop + "/participants").with(logins.as("admin")))
			.andExpect(content().string(containsString("Kunjungan pabrik")));
		mvc.perform(post(workshop + "/sessions").with(logins.as("officer.33")).with(csrf())
			.param("heldOn", "2024-08-09").param("topic", "Uji").param("place", "Jakarta"))
			.andExpect(status().isForbidden());
		mvc.perform(post(workshop + "/sessions/1/remove").with(logins.as("admin")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(workshop + "/sessions/4/remove").with(logins.as("admin")).with(csrf()))
			.andExpect(redirectedUrl(workshop + "/participants"));
	}

	private long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	private long jatengIkm() {
		return jdbc.sql("select min(id) from ikm where province_code = '33' and id <> ? and status = 'ACTIVE'")
			.param(ownerIkm()).query(Long.class).single();
	}
}
