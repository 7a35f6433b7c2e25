package id.canting.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.registry.reports.SemesterReports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/home} for each role: counts scoped to an officer's province (a change in another
 * province moves only that province's counts), an admin's approvals, budgets and alerts, an owner's
 * businesses, reports due and applications with labels and next steps, the assessor's queue whose
 * overdue flag never marks a decided application. Each number is checked by changing the records
 * under it, not against a fixed figure.
 */
@CantingTest
@Transactional
class HomeApiTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	@Autowired
	SemesterReports reports;

	@Autowired
	Clock clock;

	JsonNode home(String user) throws Exception {
		return home(user, "id");
	}

	JsonNode home(String user, String language) throws Exception {
		String json = mvc.perform(get("/api/v1/home").with(logins.as(user)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(json);
	}

	static long count(JsonNode home, String key) {
		return count(home, key, "value").asLong();
	}

	static JsonNode count(JsonNode home, String key, String field) {
		for (JsonNode c : home.get("counts")) {
			if (c.get("key").asString().equals(key)) {
				return c.get(field);
			}
		}
		throw new AssertionError("no count " + key + " in " + home);
	}

	static List<JsonNode> items(JsonNode home, String section) {
		for (JsonNode s : home.get("sections")) {
			if (s.get("key").asString().equals(section)) {
				List<JsonNode> items = new ArrayList<>();
				s.get("items").forEach(items::add);
				return items;
			}
		}
		throw new AssertionError("no section " + section + " in " + home);
	}

	long one(String sql) {
		Long id = jdbc.sql(sql).query(Long.class).optional().orElse(null);
		assertThat(id).as("demo data for: " + sql).isNotNull();
		return id;
	}

	@Test
	void anOfficerCountsOnlyTheirProvince() throws Exception {
		JsonNode before33 = home("officer.33");
		JsonNode before35 = home("officer.35");
		assertThat(before33.get("role").asString()).isEqualTo("OFFICER");

		// one more of each kind of open work in province 35
		jdbc.sql("update ikm set verification = 'UNVERIFIED' where id = ?")
			.param(one("select min(id) from ikm where province_code = '35' and status = 'ACTIVE' and verification = 'VERIFIED'"))
			.update();
		jdbc.sql("update programme_application set status = 'SUBMITTED' where id = ?")
			.param(one("select min(id) from programme_application where province_code = '35' and status <> 'SUBMITTED'"))
			.update();
		jdbc.sql("update semester_report set status = 'SUBMITTED' where id = ?")
			.param(one("select min(r.id) from semester_report r join ikm i on i.id = r.ikm_id"
					+ " where i.province_code = '35' and r.status <> 'SUBMITTED'"))
			.update();

		JsonNode after33 = home("officer.33");
		JsonNode after35 = home("officer.35");
		for (String key : List.of("unverifiedIkm", "applicationsToVerify", "reportsToReview")) {
			assertThat(count(after35, key)).as(key + " in 35").isEqualTo(count(before35, key) + 1);
			assertThat(count(after33, key)).as(key + " in 33").isEqualTo(count(before33, key));
		}
		assertThat(count(after35, "ownerChangesPending")).isEqualTo(jdbc.sql("select count(*) from ikm_change c"
				+ " join ikm i on i.id = c.ikm_id where c.status = 'PENDING' and i.province_code = '35'")
			.query(Long.class).single());
		assertThat(count(after35, "applicationsToVerify", "href").asString()).isEqualTo("/applications?status=SUBMITTED");
		assertThat(items(after35, "recentImports")).hasSizeLessThanOrEqualTo(5);
		assertThat(after35.toString()).doesNotContain("applicationsToApprove");
	}

	@Test
	void theUnverifiedCountOpensExactlyTheIkmItCounts() throws Exception {
		JsonNode officer = home("officer.33");
		String href = count(officer, "unverifiedIkm", "href").asString();
		assertThat(href).startsWith("/ikm?");

		String json = mvc.perform(get("/api/v1" + href).with(logins.as("officer.33")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		JsonNode list = JsonMapper.builder().build().readTree(json);
		assertThat(list.get("page").get("totalElements").asLong()).isEqualTo(count(officer, "unverifiedIkm"));
		assertThat(list.get("content")).allSatisfy(ikm -> assertThat(ikm.get("provinceCode").asString()).isEqualTo("33"));
	}

	@Test
	void anAdminSeesApprovalsWaitingBudgetAbsorbedAndAlerts() throws Exception {
		JsonNode before = home("admin");
		jdbc.sql("update programme_application set status = 'VERIFIED' where id = ?")
			.param(one("select min(id) from programme_application where status <> 'VERIFIED'"))
			.update();
		jdbc.sql("insert into login_alert (username, raised_at, failures, client_addresses) values (?, ?, 12, 3)")
			.params("a.stranger", Timestamp.from(clock.instant()))
			.update();

		JsonNode after = home("admin");
		assertThat(count(after, "applicationsToApprove")).isEqualTo(count(before, "applicationsToApprove") + 1);
		assertThat(count(after, "applicationsToApprove", "href").asString()).isEqualTo("/applications?status=VERIFIED");
		assertThat(count(after, "signInAlerts")).isEqualTo(count(before, "signInAlerts") + 1);
		assertThat(count(after, "signInAlerts", "attention").asBoolean()).isTrue();
		assertThat(items(after, "alerts")).anySatisfy(alert -> {
			assertThat(alert.get("title").asString()).isEqualTo("a.stranger");
			assertThat(alert.get("detail").asString()).contains("12");
		});

		List<JsonNode> budgets = items(after, "budgets");
		assertThat(budgets).hasSize(jdbc.sql("select count(*) from programme where status <> 'DRAFT' and programme_year >="
				+ " (select max(programme_year) - 1 from programme where status <> 'DRAFT')").query(Integer.class).single());
		assertThat(budgets).isNotEmpty().allSatisfy(b -> assertThat(b.get("href").asString()).startsWith("/programmes/"));
		// nationwide: at least what each province's officer sees
		assertThat(count(after, "applicationsToVerify"))
			.isGreaterThanOrEqualTo(count(home("officer.33"), "applicationsToVerify") + count(home("officer.35"), "applicationsToVerify"));
	}

	@Test
	void readinessAssessmentsCountForTheirProvincesOfficerAndShowOnTheOwnersHome() throws Exception {
		long ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		int year = LocalDate.now(clock.withZone(WIB)).getYear();
		jdbc.sql("delete from readiness_answer where assessment_id in (select id from readiness_assessment where ikm_id = ? and assessment_year = ?)")
			.params(ikm, year).update();
		jdbc.sql("delete from readiness_pillar_score where assessment_id in (select id from readiness_assessment where ikm_id = ? and assessment_year = ?)")
			.params(ikm, year).update();
		jdbc.sql("delete from readiness_assessment_technique where assessment_id in (select id from readiness_assessment where ikm_id = ? and assessment_year = ?)")
			.params(ikm, year).update();
		jdbc.sql("delete from readiness_evidence where assessment_id in (select id from readiness_assessment where ikm_id = ? and assessment_year = ?)")
			.params(ikm, year).update();
		jdbc.sql("delete from readiness_assessment where ikm_id = ? and assessment_year = ?").params(ikm, year).update();
		String province = jdbc.sql("select province_code from ikm where id = ?").param(ikm).query(String.class).single();
		String other = province.equals("35") ? "33" : "35";
		JsonNode before = home("officer." + province);
		JsonNode beforeOther = home("officer." + other);
		assertThat(items(home("owner"), "readiness")).anySatisfy(r -> {
			assertThat(r.get("href").asString()).isEqualTo("/ikm/" + ikm + "/readiness");
			assertThat(r.get("statusLabel").asString()).isEqualTo("Belum dimulai");
			assertThat(r.get("nextStep").asString()).isEqualTo("mulai penilaian mandiri tahun ini");
		});

		jdbc.sql("insert into readiness_questionnaire (version, title_id, title_en, status, created_at, created_by, row_version)"
				+ " values (9901, 'Uji', 'Test', 'DRAFT', current_timestamp, 'test', 0)").update();
		long questionnaire = one("select id from readiness_questionnaire where version = 9901");
		jdbc.sql("insert into readiness_assessment (ikm_id, assessment_year, questionnaire_id, status, province_code, size_class,"
				+ " created_at, created_by, submitted_at, submitted_by, row_version)"
				+ " values (?, ?, ?, 'SUBMITTED', ?, 'KECIL', current_timestamp, 'owner', current_timestamp, 'owner', 0)")
			.params(ikm, year, questionnaire, province).update();

		assertThat(count(home("officer." + province), "readinessToVerify")).isEqualTo(count(before, "readinessToVerify") + 1);
		assertThat(count(home("officer." + other), "readinessToVerify")).isEqualTo(count(beforeOther, "readinessToVerify"));
		assertThat(count(home("officer." + province), "readinessToVerify", "href").asString())
			.isEqualTo("/readiness/assessments?status=SUBMITTED");
		assertThat(items(home("owner", "en"), "readiness")).anySatisfy(r -> {
			assertThat(r.get("status").asString()).isEqualTo("SUBMITTED");
			assertThat(r.get("statusLabel").asString()).isEqualTo("Submitted, waiting for verification");
		});
	}

	@Test
	void anOwnerSeesTheirBusinessesReportsDueAndApplicationsInWords() throws Exception {
		Set<Long> ikmIds = sessions.principalOf("owner").orElseThrow().actor().ikmIds();
		long ikm = ikmIds.iterator().next();
		String due = reports.currentSemester().previous().toString();
		jdbc.sql("delete from semester_report where ikm_id = ? and semester = ?").params(ikm, due).update();
		jdbc.sql("update programme_application set ikm_id = ?, status = 'DRAFT' where id = ?")
			.params(ikm, one("select min(id) from programme_application where applicant_type = 'IKM'"))
			.update();

		JsonNode home = home("owner");
		assertThat(home.get("role").asString()).isEqualTo("IKM_OWNER");
		assertThat(items(home, "businesses")).hasSize(ikmIds.size())
			.anySatisfy(b -> assertThat(b.get("href").asString()).isEqualTo("/ikm/" + ikm));
		assertThat(items(home, "reportsDue")).anySatisfy(r -> {
			assertThat(r.get("href").asString()).isEqualTo("/ikm/" + ikm + "/reports");
			assertThat(r.get("statusLabel").asString()).isEqualTo("Belum diisi");
			assertThat(r.get("nextStep").asString()).isEqualTo("isi dan kirim laporan");
		});
		assertThat(count(home, "reportsDue")).isEqualTo(items(home, "reportsDue").size());
		List<JsonNode> applications = items(home, "programmeApplications");
		assertThat(applications).hasSize(jdbc.sql("select count(*) from programme_application where ikm_id in (:ikms)")
			.param("ikms", List.copyOf(ikmIds)).query(Integer.class).single());
		assertThat(applications).anySatisfy(a -> {
			assertThat(a.get("status").asString()).isEqualTo("DRAFT");
			assertThat(a.get("statusLabel").asString()).isEqualTo("Draf");
			assertThat(a.get("nextStep").asString()).isEqualTo("lengkapi dan kirim permohonan");
		});
		// labels, never the constants they stand for
		for (String section : List.of("businesses", "programmeApplications", "certificationApplications", "certificates")) {
			assertThat(items(home, section)).allSatisfy(i -> assertThat(i.get("statusLabel").asString())
				.isNotEqualTo(i.get("status").asString()).doesNotMatch("[A-Z_]+"));
		}

		jdbc.sql("insert into semester_report (ikm_id, semester, workers_male, workers_female, production_pieces,"
				+ " installed_capacity, investment_idr, raw_materials_idr, sales_domestic_idr, sales_export_idr, machines,"
				+ " status, created_at, updated_at, version) values (?, ?, 1, 1, 0, 0, 0, 0, 0, 0, 0, 'ACCEPTED', ?, ?, 0)")
			.params(ikm, due, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
			.update();
		assertThat(items(home("owner"), "reportsDue")).noneSatisfy(
				r -> assertThat(r.get("href").asString()).isEqualTo("/ikm/" + ikm + "/reports"));
	}

	@Test
	void theAssessorsQueueFlagsPendingOverdueWorkButNoDecidedApplication() throws Exception {
		long ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		LocalDate today = LocalDate.now(clock.withZone(WIB));
		LocalDate longAgo = today.minusDays(120);
		long pending = insertCertification(ikm, "Overdue Uji", "PAID", longAgo, null);
		long decided = insertCertification(ikm, "Lambat Uji", "ISSUED", longAgo, today.minusDays(1));

		JsonNode assessor = home("assessor");
		List<JsonNode> queue = items(assessor, "certificationQueue");
		assertThat(queue).anySatisfy(i -> {
			assertThat(i.get("href").asString()).isEqualTo("/certification/applications/" + pending);
			assertThat(i.get("overdue").asBoolean()).isTrue();
			assertThat(i.get("statusLabel").asString()).isEqualTo("Dibayar");
		});
		assertThat(queue).noneSatisfy(i -> assertThat(i.get("href").asString())
			.isEqualTo("/certification/applications/" + decided));
		assertThat(queue).allSatisfy(i -> assertThat(i.get("status").asString()).isNotIn("ISSUED", "REJECTED"));
		assertThat(count(assessor, "certificationPending")).isEqualTo(queue.size());
		assertThat(count(assessor, "certificationOverdue"))
			.isEqualTo(queue.stream().filter(i -> i.get("overdue").asBoolean()).count()).isPositive();

		// the owner follows both: the decided one took as long, and carries no flag
		List<JsonNode> owned = items(home("owner"), "certificationApplications");
		assertThat(owned).anySatisfy(i -> {
			assertThat(i.get("href").asString()).isEqualTo("/certification/applications/" + decided);
			assertThat(i.get("overdue").asBoolean()).isFalse();
			assertThat(i.get("nextStep").isNull()).isTrue();
		});
		assertThat(owned).anySatisfy(i -> {
			assertThat(i.get("href").asString()).isEqualTo("/certification/applications/" + pending);
			assertThat(i.get("overdue").asBoolean()).isTrue();
		});
	}

	@Test
	void aBuyerHasShortcutsAndTheHomeSpeaksEnglish() throws Exception {
		JsonNode buyer = home("buyer", "en");
		assertThat(buyer.get("counts")).isEmpty();
		assertThat(items(buyer, "shortcuts")).extracting(i -> i.get("href").asString())
			.containsExactly("/catalogue", "/certificates", "/verify");
		assertThat(items(buyer, "shortcuts").get(0).get("title").asString()).isEqualTo("IKM catalogue");
		assertThat(count(home("officer.33", "en"), "reportsToReview", "label").asString())
			.isEqualTo("Semester reports to review");
	}

	@Test
	void theAnonymousPublicHasNoHome() throws Exception {
		mvc.perform(get("/api/v1/home")).andExpect(status().isUnauthorized());
	}

	long insertCertification(long ikm, String brand, String status, LocalDate paidOn, LocalDate decidedOn) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into certification_application (ikm_id, ikm_name, province_code, brand, trademark_number, technique,
				 product_description, status, received_on, paid_on, decided_on, created_by, created_at, updated_at, version)
				 select id, name, province_code, ?, 'IDM000000001', 'TULIS', 'Kain', ?, ?, ?, ?, 'owner', ?, ?, 0
				 from ikm where id = ?""")
			.params(brand, status, Date.valueOf(paidOn.minusDays(5)), Date.valueOf(paidOn),
					decidedOn == null ? null : Date.valueOf(decidedOn), now, now, ikm)
			.update();
		return jdbc.sql("select max(id) from certification_application where brand = ?").param(brand)
			.query(Long.class).single();
	}
}
