package id.canting.readiness.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.Questionnaires;
import id.canting.shared.Actor;

/**
 * An admin edits a draft questionnaire version's words and weights on a page: the change is saved,
 * a refused field is shown next to itself and saves nothing, and the published version that verified
 * results used refuses any change, telling the admin to make a new version.
 */
@CantingTest
@Transactional
class QuestionnaireFormPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	Questionnaires questionnaires;

	Questionnaire published() {
		return questionnaires.published().orElseThrow();
	}

	/** The form as the page sends it: every field of the version, with the test's changes in place. */
	static MockHttpServletRequestBuilder save(Questionnaire q, String... changes) {
		QuestionnaireForm form = QuestionnaireForm.of(q);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("titleId", form.getTitleId());
		fields.put("titleEn", form.getTitleEn());
		fields.put("noteId", form.getNoteId());
		fields.put("noteEn", form.getNoteEn());
		fields.put("rowVersion", String.valueOf(form.getRowVersion()));
		for (int i = 0; i < form.getPillars().size(); i++) {
			fields.put("pillars[" + i + "].pillar", form.getPillars().get(i).getPillar().name());
			fields.put("pillars[" + i + "].weight", form.getPillars().get(i).getWeight().toPlainString());
		}
		for (int i = 0; i < form.getQuestions().size(); i++) {
			QuestionnaireForm.QuestionRow row = form.getQuestions().get(i);
			String at = "questions[" + i + "].";
			fields.put(at + "pillar", row.getPillar().name());
			fields.put(at + "code", row.getCode());
			fields.put(at + "textId", row.getTextId());
			fields.put(at + "textEn", row.getTextEn());
			fields.put(at + "weight", row.getWeight().toPlainString());
			fields.put("_" + at + "evidenceRequired", "on");
			if (row.isEvidenceRequired()) {
				fields.put(at + "evidenceRequired", "true");
			}
			for (int l = 0; l < row.getLevels().size(); l++) {
				fields.put(at + "levels[" + l + "].level", String.valueOf(row.getLevels().get(l).getLevel()));
				fields.put(at + "levels[" + l + "].textId", row.getLevels().get(l).getTextId());
				fields.put(at + "levels[" + l + "].textEn", row.getLevels().get(l).getTextEn());
			}
		}
		for (int i = 0; i < form.getNextSteps().size(); i++) {
			QuestionnaireForm.NextStepRow step = form.getNextSteps().get(i);
			fields.put("nextSteps[" + i + "].pillar", step.getPillar().name());
			fields.put("nextSteps[" + i + "].level", String.valueOf(step.getLevel()));
			fields.put("nextSteps[" + i + "].textId", step.getTextId());
			fields.put("nextSteps[" + i + "].textEn", step.getTextEn());
		}
		for (int c = 0; c < changes.length; c += 2) {
			fields.put(changes[c], changes[c + 1]);
		}
		MockHttpServletRequestBuilder request = post("/readiness/questionnaires/" + q.id() + "/edit").with(csrf());
		fields.forEach((name, value) -> request.param(name, value == null ? "" : value));
		return request;
	}

	@Test
	void anAdminChangesADraftsWordsAndWeightsOnThePage() throws Exception {
		Questionnaire draft = questionnaires.copy(Actor.SYSTEM, published().id());
		mvc.perform(get("/readiness/questionnaires/" + draft.id() + "/edit?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"questions-0-textEn\"")))
			.andExpect(content().string(containsString("Level 4 (English)")));

		mvc.perform(save(draft, "questions[0].textEn", "Are sales and purchases written down every day?",
				"pillars[3].weight", "2.5", "questions[2].evidenceRequired", "true").with(logins.as("admin")))
			.andExpect(redirectedUrl("/readiness/questionnaires/" + draft.id()));

		Questionnaire saved = questionnaires.questionnaire(draft.id());
		assertThat(saved.questions().get(0).textEn()).isEqualTo("Are sales and purchases written down every day?");
		assertThat(saved.pillars().get(3).weight()).isEqualByComparingTo("2.5");
		assertThat(saved.questions().get(2).evidenceRequired()).isTrue();
		assertThat(saved.questions().get(1).textEn()).isEqualTo(draft.questions().get(1).textEn());
	}

	@Test
	void aBlankLevelDescriptionIsShownNextToItselfAndNothingIsSaved() throws Exception {
		Questionnaire draft = questionnaires.copy(Actor.SYSTEM, published().id());
		mvc.perform(save(draft, "questions[1].levels[2].textEn", " ", "questions[0].textEn", "Not saved")
			.with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"questions-1-levels-2-textEn-error\"")));
		assertThat(questionnaires.questionnaire(draft.id()).questions().get(0).textEn())
			.isEqualTo(draft.questions().get(0).textEn());
	}

	@Test
	void theVersionVerifiedResultsUsedRefusesAChangeAndSaysToMakeANewVersion() throws Exception {
		Questionnaire used = published();
		mvc.perform(save(used, "questions[0].textEn", "Changed after the fact").with(logins.as("admin")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Create a new version")));
		assertThat(questionnaires.questionnaire(used.id()).questions().get(0).textEn())
			.isEqualTo(used.questions().get(0).textEn());
	}

	@Test
	void onlyAdminsOpenTheForm() throws Exception {
		long id = published().id();
		mvc.perform(get("/readiness/questionnaires/" + id + "/edit").with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/readiness/questionnaires/" + id + "/edit").with(logins.as("owner")))
			.andExpect(status().isForbidden());
	}
}
