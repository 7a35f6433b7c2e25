package id.canting.certification.batikmark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.certification.batikmark.internal.DocumentKind;

/**
 * The certification API: an owner applies and attaches the documents; the assessor takes each step
 * (refused out of order with 409, by others with 403 or 404); failed lab tests cannot be issued
 * (422); passed ones issue a linked certificate; surveillance visits and the due list; the demo data.
 */
@CantingTest
@Transactional
class CertificationApiTest {

	static final String BASE = "/api/v1/certification";
	static final byte[] PDF = "%PDF-1.4\n% uji\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	String ownerTechnique() {
		return jdbc.sql("select min(technique) from ikm_technique where ikm_id = ?").param(ownerIkm())
			.query(String.class).single();
	}

	/** A received application of the owner's IKM, with every document attached; its id. */
	long appliedWithDocuments() throws Exception {
		String body = """
				{"ikmId": %d, "brand": "Sekar Jagad Uji", "trademarkNumber": "IDM000999111", "technique": "%s",
				 "productDescription": "Kain batik 2 x 1,15 m"}""".formatted(ownerIkm(), ownerTechnique());
		String json = mvc.perform(post(BASE + "/applications").with(csrf()).with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(json.replaceFirst("^\\{\"id\":(\\d+),.*", "$1").trim());
		for (DocumentKind kind : DocumentKind.values()) {
			mvc.perform(multipart(BASE + "/applications/" + id + "/documents")
				.file(new MockMultipartFile("file", kind.name() + ".pdf", "application/pdf", PDF))
				.param("kind", kind.name()).with(csrf()).with(logins.as("owner")))
				.andExpect(status().isCreated());
		}
		return id;
	}

	ResultActions step(long id, String step, String user, String body) throws Exception {
		var request = post(BASE + "/applications/" + id + "/" + step).with(csrf()).with(logins.as(user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	static final String SAMPLING = "{\"sampledOn\": \"2024-06-03\", \"samplingOfficer\": \"Dewi\", \"sampleCodes\": \"S-1, S-2\"}";
	static final String BILL = "{\"pnbpIdr\": 2500000}";
	static final String PAY = "{\"paidOn\": \"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")) + "\"}";
	static final String PASSING = "{\"shrinkagePercent\": 1.5, \"washingGrade\": 4.5, \"rubbingGrade\": 4}";
	static final String FAILING = "{\"shrinkagePercent\": 4.5, \"washingGrade\": 4.5, \"rubbingGrade\": 4}";

	@Test
	void theAssessorTakesEveryStepToTheCertificate() throws Exception {
		long id = appliedWithDocuments();
		String[][] steps = { { "file-check", null, "FILE_CHECKED" }, { "sampling", SAMPLING, "SAMPLED" },
				{ "bill", BILL, "BILLED" }, { "payment", PAY, "PAID" }, { "lab-results", PASSING, "TESTED" },
				{ "issue", null, "ISSUED" } };
		for (int i = 0; i < steps.length; i++) {
			// the next step but one is refused: the status does not allow it
			if (i + 1 < steps.length) {
				step(id, steps[i + 1][0], "assessor", steps[i + 1][1]).andExpect(status().isConflict());
			}
			// the applicant and other roles may not take it
			step(id, steps[i][0], "owner", steps[i][1]).andExpect(status().isForbidden());
			step(id, steps[i][0], "officer.35", steps[i][1]).andExpect(status().isNotFound());
			step(id, steps[i][0], "assessor", steps[i][1]).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(steps[i][2]));
		}
		String number = jdbc.sql("select certificate_number from certification_application where id = ?").param(id)
			.query(String.class).single();
		assertThat(number).matches("BMI-\\d{4}-\\d{5}");
		assertThat(jdbc.sql("select application_id from certificate where number = ?").param(number)
			.query(Long.class).single()).isEqualTo(id);
		mvc.perform(get(BASE + "/applications/" + id).with(logins.as("owner")))
			.andExpect(jsonPath("$.certificateNumber").value(number))
			.andExpect(jsonPath("$.labResults.rubbingPassed").value(true))
			.andExpect(jsonPath("$.serviceLevelWorkingDays").isNumber());
		step(id, "reject", "assessor", "{\"reason\": \"terlambat\"}").andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'certification' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(7);
	}

	@Test
	void failedLabTestsCannotBeIssued() throws Exception {
		long id = appliedWithDocuments();
		step(id, "file-check", "assessor", null).andExpect(status().isOk());
		step(id, "sampling", "assessor", SAMPLING).andExpect(status().isOk());
		step(id, "bill", "assessor", BILL).andExpect(status().isOk());
		step(id, "payment", "assessor", PAY).andExpect(status().isOk());
		step(id, "lab-results", "assessor", FAILING).andExpect(status().isOk())
			.andExpect(jsonPath("$.labResults.shrinkagePassed").value(false))
			.andExpect(jsonPath("$.labResults.standard").value(org.hamcrest.Matchers.startsWith("SNI 830")));
		step(id, "issue", "assessor", null).andExpect(status().isUnprocessableContent());
		step(id, "reject", "assessor", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		step(id, "reject", "assessor", "{\"reason\": \"Susut melebihi batas SNI\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
	}

	@Test
	void theFileCheckNeedsEveryDocumentAndStepsCheckTheirFields() throws Exception {
		String body = """
				{"ikmId": %d, "brand": "Uji", "trademarkNumber": "IDM1", "technique": "%s", "productDescription": "Kain"}"""
			.formatted(ownerIkm(), ownerTechnique());
		String json = mvc.perform(post(BASE + "/applications").with(csrf()).with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(json.replaceFirst("^\\{\"id\":(\\d+),.*", "$1").trim());
		step(id, "file-check", "assessor", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NPWP")));
		mvc.perform(multipart(BASE + "/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "x.txt", "application/pdf", "not a pdf".getBytes()))
			.param("kind", "NIB").with(csrf()).with(logins.as("owner")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		long other = appliedWithDocuments();
		step(other, "file-check", "assessor", null).andExpect(status().isOk());
		step(other, "sampling", "assessor", "{\"sampledOn\": \"2999-01-01\"}").andExpect(status().isBadRequest())
			.andExpect(fields("sampledOn", "samplingOfficer", "sampleCodes"));
	}

	static ResultMatcher fields(String... names) {
		return jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(names));
	}

	@Test
	void applyingIsForTheIkmsOwnPeople() throws Exception {
		String body = """
				{"ikmId": %d, "brand": "Uji", "trademarkNumber": "IDM1", "technique": "%s", "productDescription": "Kain"}"""
			.formatted(ownerIkm(), ownerTechnique());
		for (String user : new String[] { "officer.35", "assessor", "buyer" }) {
			mvc.perform(post(BASE + "/applications").with(csrf()).with(logins.as(user))
				.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		}
		mvc.perform(post(BASE + "/applications").with(csrf()).with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"ikmId\": " + ownerIkm() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(fields("brand", "trademarkNumber", "technique", "productDescription"));
	}

	@Test
	void theDemoHasCertificatesInEveryStatusAndApplicationsInEveryStep() throws Exception {
		assertThat(jdbc.sql("select count(*) from certificate").query(Long.class).single()).isBetween(520L, 545L);
		for (String s : new String[] { "ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED" }) {
			assertThat(jdbc.sql("select count(*) from certificate where status = ?").param(s).query(Long.class).single())
				.as(s).isPositive();
		}
		assertThat(jdbc.sql("select count(*) from certificate where status = 'REVOKED' and status_reason is null")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from certificate where status in ('ACTIVE', 'SUSPENDED') and valid_until < current_date")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(distinct technique) from certificate").query(Long.class).single()).isEqualTo(3);
		mvc.perform(get(BASE + "/applications").with(logins.as("assessor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].status").value(hasItem("RECEIVED")))
			.andExpect(jsonPath("$[*].status").value(hasItem("TESTED")))
			.andExpect(jsonPath("$[*].status").value(hasItem("ISSUED")))
			.andExpect(jsonPath("$[*].status").value(hasItem("REJECTED")))
			.andExpect(jsonPath("$[*].serviceLevelOverdue").value(hasItem(true)));
		for (String s : new String[] { "RECEIVED", "FILE_CHECKED", "SAMPLED", "BILLED", "PAID", "TESTED", "ISSUED",
				"REJECTED" }) {
			mvc.perform(get(BASE + "/applications?status=" + s).with(logins.as("admin")))
				.andExpect(jsonPath("$.length()").value(3));
		}
		mvc.perform(get(BASE + "/surveillance?overdue=true").with(logins.as("assessor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].overdue").value(true));
	}

	@Test
	void surveillanceVisitsAndAFailureThatSuspends() throws Exception {
		String number = jdbc.sql("select min(number) from certificate where status = 'ACTIVE'").query(String.class)
			.single();
		String path = BASE + "/certificates/" + number + "/surveillance";
		mvc.perform(post(path).with(csrf()).with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"visitedOn\": \"2026-01-05\", \"assessor\": \"Tim\", \"result\": \"PASS\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(path).with(csrf()).with(logins.as("assessor")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\": \"FAIL\", \"suspend\": true}"))
			.andExpect(status().isBadRequest()).andExpect(fields("visitedOn", "assessor", "notes"));
		String today = jdbc.sql("select current_date").query(java.sql.Date.class).single().toString();
		mvc.perform(post(path).with(csrf()).with(logins.as("assessor")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"visitedOn\": \"" + today + "\", \"assessor\": \"Tim Asesor\", \"result\": \"FAIL\", "
					+ "\"notes\": \"Luntur saat dicuci\", \"suspend\": true}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.result").value("FAIL"));
		assertThat(jdbc.sql("select status from certificate where number = ?").param(number).query(String.class)
			.single()).isEqualTo("SUSPENDED");
		mvc.perform(get(path).with(logins.as("assessor"))).andExpect(jsonPath("$[*].notes").value(hasItem("Luntur saat dicuci")));
		mvc.perform(post(BASE + "/certificates/" + number + "/reinstate").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(post(BASE + "/certificates/" + number + "/revoke").with(csrf()).with(logins.as("assessor"))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(BASE + "/certificates/" + number + "/revoke").with(csrf()).with(logins.as("assessor"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Pemalsuan label\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(post(BASE + "/certificates/" + number + "/reinstate").with(csrf()).with(logins.as("assessor")))
			.andExpect(status().isConflict());
	}
}
