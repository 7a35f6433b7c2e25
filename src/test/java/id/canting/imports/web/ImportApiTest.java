package id.canting.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.registry.RegistryTestData;

/** The import API: upload (202), follow, errors, commit, rejected rows and templates, as other systems use it. */
@CantingTest
class ImportApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedIkm() {
		jdbc.sql("delete from ikm_technique where ikm_id in (select id from ikm where name like 'Uji Impor%')").update();
		jdbc.sql("delete from ikm_category where ikm_id in (select id from ikm where name like 'Uji Impor%')").update();
		jdbc.sql("delete from ikm_dye where ikm_id in (select id from ikm where name like 'Uji Impor%')").update();
		jdbc.sql("delete from ikm where name like 'Uji Impor%'").update();
		RegistryTestData.reinitialiseTally(jdbc);
	}

	@Test
	void uploadsFollowsReadsErrorsAndCommitsValidRows() throws Exception {
		byte[] file = getClass().getResourceAsStream("/imports/ikm-unknown-regency.csv").readAllBytes();
		String created = mvc.perform(multipart("/api/v1/imports/ikm").file(new MockMultipartFile("file", "daftar.csv",
				"text/csv", file)).with(logins.as("officer.33")))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").exists())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		awaitStatus(id, "READY");
		mvc.perform(get("/api/v1/imports/" + id).with(logins.as("officer.33")))
			.andExpect(jsonPath("$.countNew").value(1))
			.andExpect(jsonPath("$.countInvalid").value(2))
			.andExpect(jsonPath("$.percent").value(100));
		mvc.perform(get("/api/v1/imports/" + id + "/errors").with(logins.as("officer.33")))
			.andExpect(jsonPath("$.content[0].row").value(2))
			.andExpect(jsonPath("$.content[0].column").value("Kabupaten/kota"))
			.andExpect(jsonPath("$.content[0].value").value("Kota Atlantis"))
			.andExpect(jsonPath("$.content[0].message").value("kabupaten/kota Kota Atlantis tidak dikenal"))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(post("/api/v1/imports/" + id + "/commit").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"ALL_OR_NOTHING\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/imports/" + id + "/commit").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"EVERYTHING\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mode"));
		mvc.perform(post("/api/v1/imports/" + id + "/commit").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"VALID_ROWS\"}"))
			.andExpect(status().isAccepted());
		awaitStatus(id, "DONE");
		String rejected = download(get("/api/v1/imports/" + id + "/rejected").param("format", "csv")
			.with(logins.as("officer.33"))).getContentAsString(StandardCharsets.UTF_8);
		assertThat(rejected.lines().toList()).hasSize(3);
		assertThat(rejected).contains("Kesalahan").contains("Kota Atlantis").contains("tidak dikenal");
		// another officer does not see this job
		mvc.perform(get("/api/v1/imports/" + id).with(logins.as("officer.35"))).andExpect(status().isNotFound());
	}

	@Test
	void templatesComeInBothLanguagesAndFormats() throws Exception {
		String csv = download(get("/api/v1/imports/ikm/template").param("format", "csv").param("lang", "en")
			.with(logins.as("admin"))).getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFCanting ID,NIB,IKM name,Owner name");
		byte[] xlsx = download(get("/api/v1/imports/sentra/template").param("format", "xlsx").with(logins.as("admin")))
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kode sentra");
		}
	}

	@Test
	void onlyOfficersAndAdminsImport() throws Exception {
		mvc.perform(multipart("/api/v1/imports/ikm").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[1]))
			.with(logins.as("buyer"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/imports/ikm").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[1])))
			.andExpect(status().isUnauthorized());
	}

	/** Templates come whole in the answer; other files are streamed (asynchronously): dispatch once more. */
	private MockHttpServletResponse download(RequestBuilder request) throws Exception {
		org.springframework.test.web.servlet.MvcResult result = mvc.perform(request).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
				.andReturn();
		}
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse();
	}

	private void awaitStatus(long id, String expected) throws Exception {
		ImportCalls.awaitStatus(mvc, logins, id, expected);
	}
}
