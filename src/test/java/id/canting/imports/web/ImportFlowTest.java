package id.canting.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.imports.ImportTestData;

/**
 * The import flow around the rows: which sheet is read, a row that names two businesses, a job with
 * nothing to write, and stored values that must render whatever was typed — on the API and the pages.
 */
@CantingTest
class ImportFlowTest {

	static final String HEADER = "ID Canting;NIB;Nama IKM;Nama pemilik;Jenis kelamin pemilik;Kabupaten/kota;Jenis unit;"
			+ "Teknik;Kategori produk;Tenaga kerja laki-laki;Tenaga kerja perempuan;Investasi (Rp);Tahun berdiri\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImported() {
		ImportTestData.removeImported(jdbc);
	}

	@Test
	void aCopiedExportedRowWithANewNibAndNameIsAnErrorAndNeverOverwritesTheIkmItsIdNames() throws Exception {
		Map<String, Object> ikm = jdbc.sql("""
				select id, nib, name, regency_code from ikm
				where province_code = '33' and nib is not null and verification = 'UNVERIFIED' order by id limit 1""")
			.query().singleRow();
		String csv = HEADER + ikm.get("id") + ";9199000000301;Uji Impor Salinan;Siti;FEMALE;" + ikm.get("regency_code")
				+ ";REGULAR;TULIS;FABRIC;2;3;10000000;2015\n";
		long id = upload("officer.33", "salinan.csv", csv.getBytes(StandardCharsets.UTF_8));
		awaitStatus(id, "READY");
		mvc.perform(get("/api/v1/imports/" + id).with(logins.as("officer.33")))
			.andExpect(jsonPath("$.countInvalid").value(1))
			.andExpect(jsonPath("$.countUpdated").value(0))
			.andExpect(jsonPath("$.committable").value(false));
		mvc.perform(get("/api/v1/imports/" + id + "/errors").with(logins.as("officer.33")))
			.andExpect(jsonPath("$.content[0].column").value("NIB"))
			.andExpect(jsonPath("$.content[0].message").value(Matchers.containsString("kosongkan ID Canting")));
		assertThat(jdbc.sql("select name from ikm where id = ?").param(ikm.get("id")).query(String.class).single())
			.isEqualTo(ikm.get("name"));
	}

	@Test
	void theNibOfAVerifiedIkmIsNotChangedByAFile() throws Exception {
		Map<String, Object> ikm = jdbc.sql("""
				select id, nib, name, regency_code from ikm
				where province_code = '33' and nib is not null and verification = 'VERIFIED' order by id limit 1""")
			.query().singleRow();
		String csv = HEADER + ikm.get("id") + ";9199000000302;" + ikm.get("name") + ";Siti;FEMALE;"
				+ ikm.get("regency_code") + ";REGULAR;TULIS;FABRIC;2;3;10000000;2015\n";
		long id = upload("officer.33", "nib.csv", csv.getBytes(StandardCharsets.UTF_8));
		awaitStatus(id, "READY");
		mvc.perform(get("/api/v1/imports/" + id + "/errors").with(logins.as("officer.33")))
			.andExpect(jsonPath("$.content[0].message").value(Matchers.containsString("tidak dapat diubah lewat berkas")));
		assertThat(jdbc.sql("select nib from ikm where id = ?").param(ikm.get("id")).query(String.class).single())
			.isEqualTo(ikm.get("nib"));
	}

	@Test
	void aJobWithNoValidRowIsNotOfferedForCommitAndOffersACorrectedUpload() throws Exception {
		String csv = HEADER + ";9199000000303;Uji Impor Rusak;Siti;FEMALE;Kota Atlantis;REGULAR;TULIS;FABRIC;2;3;10000000;2015\n";
		long id = upload("officer.33", "rusak.csv", csv.getBytes(StandardCharsets.UTF_8));
		awaitStatus(id, "READY");
		mvc.perform(post("/api/v1/imports/" + id + "/commit").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"mode\": \"VALID_ROWS\"}"))
			.andExpect(status().isUnprocessableContent());
		String page = mvc.perform(get("/imports/" + id).with(logins.as("officer.33")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"upload-again\"").doesNotContain("id=\"commit-valid\"")
			.doesNotContain("id=\"commit-all\"");
	}

	@Test
	void aYearOutOfRangeRendersOnTheJobPageInTheErrorsApiAndInTheRejectedFile() throws Exception {
		String csv = HEADER + ";9199000000304;Uji Impor Tahun;Siti;FEMALE;33.26;REGULAR;TULIS;FABRIC;2;3;10000000;99999\n";
		long id = upload("officer.33", "tahun.csv", csv.getBytes(StandardCharsets.UTF_8));
		awaitStatus(id, "READY");
		mvc.perform(get("/api/v1/imports/" + id + "/errors").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].column").value("Tahun berdiri"))
			.andExpect(jsonPath("$.content[0].value").value("99999"));
		mvc.perform(get("/imports/" + id).with(logins.as("officer.33"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("99999")));
		MvcResult started = mvc.perform(get("/api/v1/imports/" + id + "/rejected").param("format", "xlsx")
			.with(logins.as("officer.33"))).andExpect(request().asyncStarted()).andReturn();
		mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
	}

	@Test
	void aWorkbookWithTwoMatchingVisibleSheetsIsRefusedNamingThemAndReadsTheOneChosen() throws Exception {
		byte[] workbook = twoSheets();
		mvc.perform(multipart("/api/v1/imports/ikm").file(new MockMultipartFile("file", "dua.xlsx",
				"application/octet-stream", workbook)).with(logins.as("officer.33")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.sheets[0]").value("Data 2023"))
			.andExpect(jsonPath("$.sheets[1]").value("Data 2024"));
		String page = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "dua.xlsx",
				"application/octet-stream", workbook)).param("kind", "ikm").with(logins.as("officer.33")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"sheet\"").contains("Data 2024").contains("id=\"upload-problem\"");
		String created = mvc.perform(multipart("/api/v1/imports/ikm").file(new MockMultipartFile("file", "dua.xlsx",
				"application/octet-stream", workbook)).param("sheet", "Data 2024").with(logins.as("officer.33")))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		awaitStatus(id, "READY");
		mvc.perform(get("/api/v1/imports/" + id).with(logins.as("officer.33")))
			.andExpect(jsonPath("$.sheet").value("Data 2024"))
			.andExpect(jsonPath("$.countNew").value(1));
	}

	/** A workbook an official keeps: last year's list and this year's, both with the IKM columns. */
	static byte[] twoSheets() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			String[] header = HEADER.strip().split(";");
			String[][] rows = { { "", "9199000000305", "Uji Impor 2023", "Siti", "FEMALE", "33.26", "REGULAR", "TULIS", "FABRIC", "1", "1", "1000000", "2015" },
					{ "", "9199000000306", "Uji Impor 2024", "Siti", "FEMALE", "33.26", "REGULAR", "TULIS", "FABRIC", "1", "1", "1000000", "2015" } };
			for (int s = 0; s < 2; s++) {
				var sheet = workbook.createSheet("Data " + (2023 + s));
				var head = sheet.createRow(0);
				for (int i = 0; i < header.length; i++) {
					head.createCell(i).setCellValue(header[i]);
				}
				var row = sheet.createRow(1);
				for (int i = 0; i < rows[s].length; i++) {
					row.createCell(i).setCellValue(rows[s][i]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private long upload(String user, String name, byte[] file) throws Exception {
		String created = mvc.perform(multipart("/api/v1/imports/ikm").file(new MockMultipartFile("file", name,
				"text/csv", file)).with(logins.as(user)))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	private void awaitStatus(long id, String expected) throws Exception {
		ImportCalls.awaitStatus(mvc, logins, id, expected);
	}
}
