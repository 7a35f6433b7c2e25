package id.canting.readiness.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.readiness.ReadinessResults;
import id.canting.readiness.internal.Assessments;
import id.canting.registry.IkmId;

/**
 * The readiness API on the demo data: the owner's assessment from start to verification, and every
 * bad input the issue lists. Each test rolls back.
 */
@CantingTest
@Transactional
class ReadinessApiTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadinessResults results;

	@Autowired
	Assessments assessments;

	long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	String base() {
		return "/api/v1/ikm/" + ownerIkm() + "/readiness";
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	String allAnswers(int level, String exceptCode, int exceptLevel) {
		return jdbc.sql("""
				select q.code from readiness_question q join readiness_questionnaire v on v.id = q.questionnaire_id
				where v.status = 'PUBLISHED' order by q.position""").query(String.class).list().stream()
			.map(code -> "{\"question\": \"%s\", \"level\": %d, \"note\": null}".formatted(code,
					code.equals(exceptCode) ? exceptLevel : level))
			.collect(Collectors.joining(", ", "{\"answers\": [", "]}"));
	}

	long start() throws Exception {
		String body = mvc.perform(json(post(base()), "{}").with(logins.as("owner")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.year").value(assessments.currentYear()))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void theOwnerFillsAndSubmitsAndTheProvincesOfficerVerifiesOneAnswerLowerWithAReason() throws Exception {
		long id = start();
		String one = base() + "/" + id;
		mvc.perform(json(put(one), allAnswers(2, "MO-1", 5)).with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[MO-1].level"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("0")));
		mvc.perform(json(put(one), allAnswers(2, "MO-1", -1)).with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[MO-1].level"));
		// a draft may leave answers open; submit names every open one
		mvc.perform(json(put(one), "{\"answers\": [{\"question\": \"MO-1\", \"level\": 3, \"note\": \"buku kas\"}]}")
			.with(logins.as("owner"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.answers[0].level").value(3));
		mvc.perform(post(one + "/submit").with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("answers[MO-2].level", "answers[FO-3].level",
					"answers[TE-1].evidence", "answers[FO-2].evidence")));
		mvc.perform(json(put(one), allAnswers(2, null, 0)).with(logins.as("owner"))).andExpect(status().isOk());
		for (String code : new String[] { "TE-1", "FO-2" }) {
			mvc.perform(multipart(one + "/evidence").file(new MockMultipartFile("file", "ipal.png", "image/png", PNG))
				.param("question", code).with(logins.as("owner")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.question").value(code));
		}
		mvc.perform(post(one + "/submit").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.selfIndex").value(2.0));
		mvc.perform(json(put(one), allAnswers(3, null, 0)).with(logins.as("owner")))
			.andExpect(status().isUnprocessableEntity());
		// verification: not by the owner, not by another province's officer
		String lower = "{\"answers\": [{\"question\": \"MO-1\", \"level\": 1, \"reason\": %s}], \"note\": \"kunjungan\"}";
		mvc.perform(json(post(one + "/verify"), lower.formatted("\"Tidak ada rencana tertulis\"")).with(logins.as("owner")))
			.andExpect(status().isForbidden());
		mvc.perform(json(post(one + "/verify"), lower.formatted("\"Tidak ada rencana tertulis\""))
			.with(logins.as("officer.35")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("33")));
		mvc.perform(json(post(one + "/verify"), lower.formatted("null")).with(logins.as("officer.33")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[MO-1].reason"));
		mvc.perform(json(post(one + "/verify"), lower.formatted("\"Tidak ada rencana tertulis\""))
			.with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			// MO: (1 + 2 + 2) / 3 = 1.6667 → 1.67; index (5/3 + 4 × 2) / 5 = 1.9333 → 1.93
			.andExpect(jsonPath("$.verifiedScores.MANAGEMENT_AND_ORGANISATION").value(1.67))
			.andExpect(jsonPath("$.overallIndex").value(1.93))
			.andExpect(jsonPath("$.level").value("INITIAL"))
			.andExpect(jsonPath("$.answers[0].verifiedLevel").value(1));
		assertThat(results.latestVerified(new IkmId(ownerIkm())).orElseThrow().overallIndex()).isEqualByComparingTo("1.93");
		mvc.perform(get(base()).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assessments[0].year").value(assessments.currentYear()))
			.andExpect(jsonPath("$.assessments[1].status").value("VERIFIED"));
		// the evidence: for those who may read the assessment
		String evidence = JsonPath.read(mvc.perform(get(one).with(logins.as("owner"))).andReturn().getResponse()
			.getContentAsString(), "$.evidence[0].href");
		mvc.perform(get(evidence).with(logins.as("officer.33"))).andExpect(status().isOk());
		mvc.perform(get(evidence).with(logins.as("officer.35"))).andExpect(status().isForbidden());
	}

	@Test
	void aSecondAssessmentInAYearIsAConflictNamingTheYear() throws Exception {
		start();
		int year = assessments.currentYear();
		mvc.perform(json(post(base()), "{\"year\": " + year + "}").with(logins.as("owner")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(String.valueOf(year))));
		mvc.perform(json(post(base()), "{\"year\": 2025}").with(logins.as("owner")))
			.andExpect(status().isConflict());
		mvc.perform(json(post(base()), "{\"year\": " + (year + 1) + "}").with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void othersCannotReadAnIkmsAssessments() throws Exception {
		mvc.perform(get(base()).with(logins.as("officer.35"))).andExpect(status().isForbidden());
		mvc.perform(get(base()).with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(get(base()).with(logins.as("officer.33"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.assessments[0].year").value(2025))
			.andExpect(jsonPath("$.assessments[0].status").value("VERIFIED"));
		mvc.perform(get(base())).andExpect(status().isUnauthorized());
	}

	@Test
	void aQuestionnaireUsedByAVerifiedResultCannotChangeAndACopyCan() throws Exception {
		long v1 = jdbc.sql("select id from readiness_questionnaire where status = 'PUBLISHED'").query(Long.class).single();
		String body = mvc.perform(get("/api/v1/readiness/questionnaires/" + v1).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions.length()").value(15))
			.andExpect(jsonPath("$.noteEn").value(containsString("not the official INDI 4.0 instrument")))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(json(put("/api/v1/readiness/questionnaires/" + v1), body).with(logins.as("admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("versi baru")));
		mvc.perform(json(put("/api/v1/readiness/questionnaires/" + v1), body).with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
		String copy = mvc.perform(post("/api/v1/readiness/questionnaires?from=" + v1).with(logins.as("admin")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(2))
			.andReturn().getResponse().getContentAsString();
		long v2 = ((Number) JsonPath.read(copy, "$.id")).longValue();
		// a version without the technology pillar, and a question with only four levels
		String broken = copy.replace("\"pillar\":\"TECHNOLOGY\",\"weight\"", "\"pillar\":\"PEOPLE_AND_CULTURE\",\"weight\"");
		mvc.perform(json(put("/api/v1/readiness/questionnaires/" + v2), broken).with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("pillars")));
		mvc.perform(json(put("/api/v1/readiness/questionnaires/" + v2), copy.replaceFirst("\"weight\":1\\.5\\d*", "\"weight\":0"))
			.with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(containsString(".weight")));
		mvc.perform(json(put("/api/v1/readiness/questionnaires/" + v2), copy.replace("Dibuang langsung", "Dialirkan langsung"))
			.with(logins.as("admin")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/readiness/questionnaires/" + v2 + "/publish").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/readiness/questionnaires").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].version").value(2))
			.andExpect(jsonPath("$.content[1].status").value("RETIRED"));
		mvc.perform(post("/api/v1/readiness/questionnaires?from=" + v1).with(logins.as("officer.33")))
			.andExpect(status().isForbidden());
	}
}
