package id.canting.programme.participation.web;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/**
 * The participants API: sessions, enrolment within the officer's province, attendance, the 75% rule
 * for certificates of attendance (read back from the PDF), the owner's view, and the audit trail.
 */
@CantingTest
@Transactional
class ParticipantApiTest {

	static final String TRAINING = "/api/v1/programmes/PELATIHAN-SDM-2024";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountSessions sessions;

	@Test
	void everyoneSeesOnlyTheParticipantsOfTheirScope() throws Exception {
		long ownerIkm = ownerIkm();
		mvc.perform(get(TRAINING + "/sessions").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(8))
			.andExpect(jsonPath("$.content[0].number").value(1))
			.andExpect(jsonPath("$.content[0].held").value(true));
		mvc.perform(get(TRAINING + "/participants?size=200").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].ikm.provinceCode").value(hasItem("35")))
			.andExpect(jsonPath("$.content[0].number").value(1))
			.andExpect(jsonPath("$.content[0].attendance.length()").value(8));
		mvc.perform(get(TRAINING + "/participants?size=200").with(logins.as("officer.33")))
			.andExpect(jsonPath("$.content[*].ikm.provinceCode").value(everyItem(is("33"))));
		mvc.perform(get(TRAINING + "/participants").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].ikm.id").value(everyItem(is((int) ownerIkm))));
		mvc.perform(get(TRAINING + "/participants?sort=name,desc").with(logins.as("admin"))).andExpect(status().isOk());
		mvc.perform(get(TRAINING + "/participants?sort=gender").with(logins.as("admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(get(TRAINING + "/participants").with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(get(TRAINING + "/participants")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/programmes/BINA-LAPAS-2024/participants?size=200").with(logins.as("admin")))
			.andExpect(jsonPath("$.content[*].ikm.kind").value(everyItem(is("PRISON_UNIT"))));
	}

	@Test
	void anOfficerEnrolsAPersonOfTheirProvinceOnceAndEveryChangeIsAudited() throws Exception {
		long ikm = jatengIkm();
		String body = "{\"name\": \"Ratna  Sari\", \"gender\": \"F\", \"ikm\": " + ikm + "}";
		long id = id(mvc.perform(post(TRAINING + "/participants").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/programmes/PELATIHAN-SDM-2024/participants/")))
			.andExpect(jsonPath("$.name").value("Ratna Sari"))
			.andExpect(jsonPath("$.gender").value("F"))
			.andExpect(jsonPath("$.ikm.provinceCode").value("33"))
			.andExpect(jsonPath("$.held").value(8))
			.andExpect(jsonPath("$.required").value(6))
			.andExpect(jsonPath("$.attendance[*].present").value(everyItem(nullValue())))
			.andExpect(jsonPath("$.certificateNumber").value(nullValue())));
		mvc.perform(post(TRAINING + "/participants").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("Ratna  Sari", "ratna sari")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("PELATIHAN-SDM-2024")));
		mvc.perform(post(TRAINING + "/participants").with(logins.as("officer.35")).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("Ratna", "Rini")))
			.andExpect(status().isForbidden());
		String nib = jdbc.sql("select nib from ikm where province_code = '33' and nib is not null order by id limit 1")
			.query(String.class).single();
		mvc.perform(post(TRAINING + "/participants").with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Agus Salim\", \"gender\": \"M\", \"nib\": \"" + nib + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gender").value("M"));

		mvc.perform(put(TRAINING + "/participants/" + id + "/attendance").with(logins.as("officer.35"))
			.contentType(MediaType.APPLICATION_JSON).content(marks(1, 2, 3, 4, 5, 6)))
			.andExpect(status().isForbidden());
		mvc.perform(put(TRAINING + "/participants/" + id + "/attendance").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content(marks(1, 2, 3, 4, 5, 6)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attended").value(6))
			.andExpect(jsonPath("$.certificateAvailable").value(true))
			.andExpect(jsonPath("$.certificateNumber").value(containsString("PELATIHAN-SDM-2024/0")));
		mvc.perform(delete(TRAINING + "/participants/" + id).with(logins.as("officer.35"))).andExpect(status().isForbidden());
		mvc.perform(delete(TRAINING + "/participants/" + id).with(logins.as("officer.33"))).andExpect(status().isNoContent());
		mvc.perform(get(TRAINING + "/participants/" + id).with(logins.as("admin"))).andExpect(status().isNotFound());

		List<String> actions = jdbc.sql(
				"select action from audit_entry where entity_type = 'participant' and entity_id = ? order by id")
			.param(String.valueOf(id)).query(String.class).list();
		assertThat(actions).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(jdbc.sql("""
				select c.new_value from audit_change c join audit_entry e on e.id = c.entry_id
				where e.entity_type = 'participant' and e.entity_id = ? and c.field = 'attendance.6'""")
			.param(String.valueOf(id)).query(String.class).single()).isEqualTo("PRESENT");
	}

	@Test
	void refusesBadInputNamingTheFieldsAndProgrammesThatGatherNobody() throws Exception {
		mvc.perform(post(TRAINING + "/participants").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"gender\": \"X\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "gender", "ikm")));
		mvc.perform(post(TRAINING + "/participants").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Siti\", \"gender\": \"F\", \"ikm\": 987654321}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ikm"));
		mvc.perform(post(TRAINING + "/participants").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Siti\", \"gender\": \"F\", \"nib\": \"0000000000000\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nib"));
		mvc.perform(post("/api/v1/programmes/FAS-PERALATAN-SENTRA-2024/participants").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Siti\", \"gender\": \"F\", \"ikm\": " + jatengIkm() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Fasilitasi peralatan")));
		mvc.perform(get("/api/v1/programmes/RESTRUKTURISASI-MESIN-2024/sessions").with(logins.as("admin"))
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Machine restructuring")));
		mvc.perform(put(TRAINING + "/participants/" + firstParticipant("PELATIHAN-SDM-2024") + "/attendance")
			.with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON).content(marks(99)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sessions"));
		mvc.perform(get("/api/v1/programmes/NOPE-2024/participants").with(logins.as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAdminArrangesSessionsAndAttendanceCountsOnceASessionIsHeld() throws Exception {
		String workshop = "/api/v1/programmes/WORKSHOP-SERAGAM-HAJI-2024";
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1).toString();
		String session = "{\"heldOn\": \"" + tomorrow + "\", \"topic\": \"Evaluasi\", \"place\": \"Jakarta\"}";
		mvc.perform(post(workshop + "/sessions").with(logins.as("officer.33")).contentType(MediaType.APPLICATION_JSON)
			.content(session)).andExpect(status().isForbidden());
		mvc.perform(post(workshop + "/sessions").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(session))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/programmes/WORKSHOP-SERAGAM-HAJI-2024/sessions/4"))
			.andExpect(jsonPath("$.number").value(4))
			.andExpect(jsonPath("$.held").value(false));
		mvc.perform(post(workshop + "/sessions").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(session.replace("{", "{\"number\": 2, "))).andExpect(status().isConflict());
		mvc.perform(post(workshop + "/sessions").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\": \"besok\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("heldOn", "topic", "place")));

		long participant = firstParticipant("WORKSHOP-SERAGAM-HAJI-2024");
		mvc.perform(put(workshop + "/participants/" + participant + "/attendance").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content(marks(4)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString(tomorrow)));
		mvc.perform(get(workshop + "/participants/" + participant).with(logins.as("admin")))
			.andExpect(jsonPath("$.held").value(3))
			.andExpect(jsonPath("$.attendance[3].held").value(false));
		mvc.perform(delete(workshop + "/sessions/1").with(logins.as("admin")))
			.andExpect(status().isConflict());
		mvc.perform(delete(workshop + "/sessions/4").with(logins.as("officer.33"))).andExpect(status().isForbidden());
		mvc.perform(delete(workshop + "/sessions/4").with(logins.as("admin"))).andExpect(status().isNoContent());
		mvc.perform(delete(workshop + "/sessions/4").with(logins.as("admin"))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'programme_session' order by id desc limit 2")
			.query(String.class).list()).containsExactly("DELETED", "CREATED");
	}

	@Test
	void aCertificateIsIssuedFromThreeQuartersOfTheSessionsHeld() throws Exception {
		long id = id(mvc.perform(post(TRAINING + "/participants").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Kartini Sasmita\", \"gender\": \"F\", \"ikm\": " + jatengIkm() + "}"))
			.andExpect(status().isCreated()));
		mvc.perform(put(TRAINING + "/participants/" + id + "/attendance").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content(marks(1, 2, 3, 4, 5)))
			.andExpect(jsonPath("$.certificateAvailable").value(false));
		mvc.perform(get(TRAINING + "/participants/" + id + "/certificate.pdf").with(logins.as("officer.33")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("5 dari 8")))
			.andExpect(jsonPath("$.detail").value(containsString("paling sedikit 6")));
		String number = JsonPath.read(mvc.perform(put(TRAINING + "/participants/" + id + "/attendance")
			.with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON).content(marks(8)))
			.andExpect(jsonPath("$.certificateAvailable").value(true))
			.andReturn().getResponse().getContentAsString(), "$.certificateNumber");
		assertThat(number).matches("PELATIHAN-SDM-2024/\\d{4}");

		String indonesian = pdfText(mvc.perform(get(TRAINING + "/participants/" + id + "/certificate.pdf?lang=id")
			.with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(number.replace('/', '-') + "-id.pdf"))));
		assertThat(indonesian).contains("Kartini Sasmita").contains(number).contains("Sertifikat Kehadiran")
			.contains("Pelatihan sumber daya manusia IKM batik 2024").contains("6 dari 8 sesi");
		String english = pdfText(mvc.perform(get(TRAINING + "/participants/" + id + "/certificate.pdf?lang=en")
			.with(logins.as("admin"))).andExpect(status().isOk()));
		assertThat(english).contains("Certificate of Attendance").contains("Kartini Sasmita").contains(number);
		mvc.perform(get(TRAINING + "/participants/" + id + "/certificate.pdf?lang=fr").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"));
		mvc.perform(get(TRAINING + "/participants/" + id + "/certificate.pdf").with(logins.as("owner")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOwnerDownloadsTheCertificateOfTheirIkmsParticipant() throws Exception {
		String list = mvc.perform(get(TRAINING + "/participants?sort=number").with(logins.as("owner")))
			.andReturn().getResponse().getContentAsString();
		List<Integer> eligible = JsonPath.read(list, "$.content[?(@.certificateAvailable == true)].id");
		assertThat(eligible).isNotEmpty();
		List<String> numbers = JsonPath.read(list, "$.content[?(@.certificateAvailable == true)].certificateNumber");
		String number = numbers.get(0);
		String text = pdfText(mvc.perform(get(TRAINING + "/participants/" + eligible.get(0) + "/certificate.pdf")
			.with(logins.as("owner"))).andExpect(status().isOk()));
		assertThat(text).contains(number);
	}

	@Test
	void participantFiguresCountWomenProvincesPrisonUnitsAndAttendance() throws Exception {
		String all = mvc.perform(get("/api/v1/programmes/participant-figures?year=2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.prisonUnitsReached").value(16))
			.andExpect(jsonPath("$.byProvince[*].provinceName").value(hasItem("Jawa Tengah")))
			.andReturn().getResponse().getContentAsString();
		int participants = JsonPath.read(all, "$.participants");
		int women = JsonPath.read(all, "$.women");
		double rate = JsonPath.read(all, "$.attendanceRatePercent");
		assertThat(participants).isEqualTo(jdbc.sql("select count(*) from programme_participant").query(Integer.class)
			.single()).isGreaterThan(100);
		assertThat((double) women / participants).isBetween(0.4, 0.8);
		assertThat(rate).isBetween(75.0, 95.0);
		mvc.perform(get("/api/v1/programmes/participant-figures?year=2024&programme=bina-lapas-2024"))
			.andExpect(jsonPath("$.programmeCode").value("BINA-LAPAS-2024"))
			.andExpect(jsonPath("$.participants").value(32))
			.andExpect(jsonPath("$.prisonUnitsReached").value(16));
		mvc.perform(get("/api/v1/programmes/participant-figures?year=2023"))
			.andExpect(jsonPath("$.participants").value(0))
			.andExpect(jsonPath("$.attendanceRatePercent").value(nullValue()));
		mvc.perform(get("/api/v1/programmes/participant-figures?year=2024&programme=NOPE"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/programmes/participant-figures").with(offTheDocument())).andExpect(status().isBadRequest());
	}

	@Test
	void theDemoHasParticipantsBelowTheAttendanceRule() throws Exception {
		mvc.perform(get("/api/v1/programmes/PA-PEWARNA-ALAM-2024/participants?size=200").with(logins.as("admin")))
			.andExpect(jsonPath("$.content[*].certificateAvailable").value(hasItem(false)))
			.andExpect(jsonPath("$.content[*].certificateAvailable").value(hasItem(true)))
			.andExpect(jsonPath("$.content[*].gender").value(hasItem("F")))
			.andExpect(jsonPath("$.content[*].gender").value(not(everyItem(is("F")))));
	}

	private long id(ResultActions created) throws Exception {
		return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static String pdfText(ResultActions download) throws Exception {
		byte[] pdf = download.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static String marks(int... present) {
		return "{\"sessions\": [" + IntStream.of(present).mapToObj(n -> "{\"session\": " + n + ", \"present\": true}")
			.collect(Collectors.joining(", ")) + "]}";
	}

	private long firstParticipant(String programme) {
		return jdbc.sql("""
				select min(p.id) from programme_participant p join programme g on g.id = p.programme_id where g.code = ?""")
			.param(programme).query(Long.class).single();
	}

	private long ownerIkm() {
		return sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	private long jatengIkm() {
		return jdbc.sql("select min(id) from ikm where province_code = '33' and id <> ? and status = 'ACTIVE'")
			.param(ownerIkm()).query(Long.class).single();
	}
}
