package id.canting.registry.web.report;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.registry.web.ikm.IkmApiTest;

/** The semester report workflow over the API, and who may take which step. */
@CantingTest
@Transactional
class ReportApiTest {

	static final String VALID = """
			{"semester": "2024-S2", "workersMale": 2, "workersFemale": 6, "productionPieces": 600,
			 "installedCapacity": 900, "investmentIdr": 150000000, "rawMaterialsIdr": 40000000,
			 "salesDomesticIdr": 110000000, "salesExportIdr": 10000000, "machines": 3}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	long ownedIkm;
	String reports;

	@BeforeEach
	void theOwnersIkm() {
		ownedIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		reports = "/api/v1/ikm/" + ownedIkm + "/reports";
	}

	@Test
	void theOwnerFilesCorrectsAndSubmitsAndTheProvincialOfficerAccepts() throws Exception {
		as("owner", post(reports).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", reports + "/2024-S2"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.workers").value(8))
			.andExpect(jsonPath("$.version").value(0));
		as("owner", put(reports + "/2024-S2").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"machines\": 3}", "\"machines\": 4, \"version\": 0}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.machines").value(4))
			.andExpect(jsonPath("$.version").value(1));
		as("owner", post(reports + "/2024-S2/submit")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.submittedAt").isNotEmpty());
		// the owner cannot decide on their own report, nor can another province's office
		as("owner", post(reports + "/2024-S2/accept")).andExpect(status().isForbidden());
		as("officer.35", post(reports + "/2024-S2/accept")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		as("officer.33", post(reports + "/2024-S2/accept")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decidedBy").value("officer.33"));

		long id = jdbc.sql("select id from semester_report where ikm_id = ? and semester = '2024-S2'").param(ownedIkm)
			.query(Long.class).single();
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'semester_report' and entity_id = ?"
				+ " and province_code = '33' order by id").param(String.valueOf(id)).query(String.class).list())
			.containsExactly("CREATED", "UPDATED", "SUBMITTED", "ACCEPTED");
		assertThat(jdbc.sql("select field || ':' || old_value || '>' || new_value from audit_change c"
				+ " join audit_entry e on e.id = c.entry_id where e.entity_type = 'semester_report' and e.entity_id = ?")
			.param(String.valueOf(id)).query(String.class).list()).containsExactly("machines:3>4");
	}

	@Test
	void theOfficerReturnsWithAReasonAndTheOwnerCorrectsAndSubmitsAgain() throws Exception {
		as("owner", post(reports).contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated());
		as("owner", post(reports + "/2024-S2/submit")).andExpect(status().isOk());
		as("officer.33", post(reports + "/2024-S2/return").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("officer.33", post(reports + "/2024-S2/return").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Penjualan ekspor tanpa dokumen PEB\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnedReason").value("Penjualan ekspor tanpa dokumen PEB"));
		as("owner", put(reports + "/2024-S2").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"salesExportIdr\": 10000000", "\"salesExportIdr\": 0, \"version\": 2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.salesExportIdr").value(0));
		as("owner", post(reports + "/2024-S2/submit")).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void aSubmittedReportCannotBeEditedAndIsNotSubmittedTwice() throws Exception {
		as("owner", post(reports).contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isCreated());
		as("owner", post(reports + "/2024-S2/submit")).andExpect(status().isOk());
		as("owner", put(reports + "/2024-S2").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"machines\": 3}", "\"machines\": 4, \"version\": 1}")))
			.andExpect(status().isConflict());
		as("owner", post(reports + "/2024-S2/submit")).andExpect(status().isConflict());
	}

	@Test
	void refusesASecondReportForTheSameSemester() throws Exception {
		long first = idOf(as("owner", post(reports).contentType(MediaType.APPLICATION_JSON).content(VALID)));
		as("officer.33", post(reports).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.existingReportId").value(first))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2024-S2")));
	}

	@Test
	void refusesBadFiguresNamingTheFieldAndRuleAndChangesNothing() throws Exception {
		long before = reportCount();
		expectError(VALID.replace("\"workersMale\": 2", "\"workersMale\": -2"), "workersMale");
		expectError(VALID.replace("\"productionPieces\": 600", "\"productionPieces\": 901"), "productionPieces");
		expectError(VALID.replace("2024-S2", "2024-S3"), "semester");
		expectError(VALID.replace("2024-S2", "2999-S1"), "semester");
		expectError(VALID.replace("\"machines\": 3", "\"machines\": \"three\""), "machines", offTheDocument());
		expectError(VALID.replace("\"salesExportIdr\": 10000000,", ""), "salesExportIdr");
		as("owner", post(reports).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(VALID.replace("\"productionPieces\": 600", "\"productionPieces\": 901")))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].message").value("production cannot exceed installed capacity"));
		assertThat(reportCount()).isEqualTo(before);
	}

	@Test
	void onlyTheOwnerTheProvincesOfficeAndAdminsReachAnIkmsReports() throws Exception {
		for (String role : List.of("officer.35", "buyer", "assessor")) {
			as(role, get(reports)).andExpect(status().isForbidden());
			as(role, post(reports).contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isForbidden());
		}
		mvc.perform(get(reports)).andExpect(status().isUnauthorized());
		as("owner", get(reports)).andExpect(status().isOk());
		as("admin", get(reports)).andExpect(status().isOk());
		long otherIkm = jdbc.sql("select min(id) from ikm where province_code = '33' and id <> ?").param(ownedIkm)
			.query(Long.class).single();
		as("owner", get("/api/v1/ikm/" + otherIkm + "/reports")).andExpect(status().isForbidden());
	}

	@Test
	void answersAnUnknownReportWith404AndABadSemesterWith400() throws Exception {
		as("owner", get(reports + "/2019-S1")).andExpect(status().isNotFound());
		as("owner", get(reports + "/2019-S9")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("semester"));
		as("admin", get("/api/v1/ikm/999999/reports")).andExpect(status().isNotFound());
	}

	@Test
	void theReviewQueueShowsTheOfficersProvinceOldestFirst() throws Exception {
		long submitted = jdbc.sql("""
				select count(*) from semester_report r join ikm i on i.id = r.ikm_id
				where r.status = 'SUBMITTED' and i.province_code = '33'""").query(Long.class).single();
		assertThat(submitted).isPositive();
		as("officer.33", get("/api/v1/reports/review").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(submitted))
			.andExpect(jsonPath("$.content[*].provinceCode", org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("33"))))
			.andExpect(jsonPath("$.content[*].status", org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("SUBMITTED"))));
		as("officer.33", get("/api/v1/reports/review").param("province", "35")).andExpect(status().isForbidden());
		as("owner", get("/api/v1/reports/review")).andExpect(status().isForbidden());
	}

	private void expectError(String body, String field, RequestPostProcessor... offTheDocument) throws Exception {
		MockHttpServletRequestBuilder request = post(reports).contentType(MediaType.APPLICATION_JSON).content(body);
		for (RequestPostProcessor processor : offTheDocument) {
			request.with(processor);
		}
		as("owner", request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(logins.as(username)));
	}

	private long reportCount() {
		return jdbc.sql("select count(*) from semester_report").query(Long.class).single();
	}

	private static long idOf(ResultActions created) throws Exception {
		return IkmApiTest.idOf(created.andReturn().getResponse().getContentAsString());
	}
}
