package id.canting.readiness.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/** The readiness pages on the demo data, in both languages, with refusals shown next to their question. */
@CantingTest
@Transactional
class ReadinessPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	@Test
	void theOwnerSeesTheVerifiedResultWithItsRadarTableNextStepsAndHistory() throws Exception {
		mvc.perform(get("/ikm/" + ownerIkm() + "/readiness?lang=en").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"readiness-radar\"")))
			.andExpect(content().string(containsString("data-radar-for=\"readiness-pillars\"")))
			.andExpect(content().string(containsString("Verified result 2025")))
			.andExpect(content().string(containsString("Weakest pillar:")))
			.andExpect(content().string(containsString("id=\"next-step\"")))
			.andExpect(content().string(containsString("id=\"start-assessment\"")))
			.andExpect(content().string(containsString("not the official INDI 4.0 instrument")));
		mvc.perform(get("/ikm/" + ownerIkm() + "/readiness").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hasil terverifikasi 2025")));
		mvc.perform(get("/ikm/" + ownerIkm() + "/readiness").with(logins.as("officer.35"))).andExpect(status().isForbidden());
		mvc.perform(get("/ikm/" + ownerIkm() + "/readiness").with(logins.as("buyer"))).andExpect(status().isForbidden());
	}

	@Test
	void theFormKeepsADraftAndShowsEveryMissingAnswerNextToItsQuestionOnSubmit() throws Exception {
		String form = mvc.perform(post("/ikm/" + ownerIkm() + "/readiness").with(logins.as("owner")).with(csrf()))
			.andExpect(redirectedUrlPattern("/ikm/" + ownerIkm() + "/readiness/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(form + "?lang=en").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assessment-form\"")))
			.andExpect(content().string(containsString("name=\"answers[MO-1].level\"")))
			.andExpect(content().string(containsString("name=\"evidence-FO-2\"")));
		mvc.perform(post(form + "?lang=en").with(logins.as("owner")).with(csrf()).param("answers[MO-1].level", "2")
				.param("answers[MO-1].note", "buku kas harian").param("action", "save"))
			.andExpect(redirectedUrl(form));
		mvc.perform(post(form + "?lang=en").with(logins.as("owner")).with(csrf()).param("answers[MO-1].level", "2")
				.param("answers[MO-1].note", "buku kas harian").param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("question MO-2 is not answered")))
			.andExpect(content().string(containsString("question FO-2 asks for evidence")))
			.andExpect(content().string(containsString("buku kas harian")));
		mvc.perform(get(form).with(logins.as("officer.35"))).andExpect(status().isForbidden());
	}

	@Test
	void theQueueIsForOfficersAndAdminsAndTheQuestionnairesForAdmins() throws Exception {
		mvc.perform(get("/readiness/assessments?lang=en").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"readiness-queue\"")));
		mvc.perform(get("/readiness/assessments").with(logins.as("admin"))).andExpect(status().isOk());
		mvc.perform(get("/readiness/assessments").with(logins.as("owner"))).andExpect(status().isForbidden());
		mvc.perform(get("/readiness/questionnaires?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published")));
		mvc.perform(get("/readiness/questionnaires/1?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How is the dyeing wastewater handled?")))
			.andExpect(content().string(not(containsString("id=\"publish-questionnaire\""))));
		mvc.perform(get("/readiness/questionnaires").with(logins.as("officer.33"))).andExpect(status().isForbidden());
	}
}
