package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * Issue 13's end-to-end round trip: the registry of a province exported as XLSX, opened and saved
 * again by LibreOffice (as an official does before uploading it back), imports with 0 changes — no
 * NIB or phone lost its leading zero, no code became a number, no label went unread — in either language.
 */
@CantingTest
class ExportLibreOfficeRoundTripTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ImportJobs imports;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void needsLibreOffice() {
		LibreOffice.requireInstalled();
	}

	@ParameterizedTest
	@ValueSource(strings = { "id", "en" })
	void aProvinceExportResavedByLibreOfficeImportsWithNoChange(String language, @TempDir Path work) throws Exception {
		byte[] export = mvc.perform(get("/api/v1/ikm/export").param("province", "33").param("format", "xlsx")
			.param("lang", language).with(logins.as("officer.33"))).andReturn().getResponse().getContentAsByteArray();
		Path exported = Files.write(work.resolve("ikm-33.xlsx"), export);
		long inProvince = jdbc.sql("select count(*) from ikm where regency_code like '33.%'").query(Long.class).single();
		assertThat(dataRows(exported)).as("the export holds the province's IKM").isEqualTo(inProvince).isGreaterThan(100);

		Path resaved = LibreOffice.resave(exported, "xlsx", work.resolve("lo"));
		assertThat(dataRows(resaved)).isEqualTo(inProvince);

		Actor officer = sessions.principalOf("officer.33").orElseThrow().actor();
		ImportJob job;
		try (InputStream in = Files.newInputStream(resaved)) {
			job = imports.start(officer, ImportKind.IKM, "ikm-33-libreoffice.xlsx", in, language);
		}
		job = await(officer, job.id());
		assertThat(job.status()).as("failure " + job.failureKey()).isEqualTo(ImportStatus.READY);
		assertThat(imports.errors(officer, job.jobId(), new PageRequest(0, 20, "row", true)).content()).isEmpty();
		assertThat(job.countNew()).isZero();
		assertThat(job.countUpdated()).isZero();
		assertThat(job.countInvalid()).isZero();
		assertThat(job.countUnchanged()).isEqualTo((int) inProvince);
	}

	private static long dataRows(Path xlsx) throws Exception {
		try (var book = WorkbookFactory.create(xlsx.toFile(), null, true)) {
			var sheet = book.getSheetAt(book.getActiveSheetIndex());
			long rows = 0;
			for (var row : sheet) {
				if (row.getRowNum() > 0 && java.util.stream.StreamSupport.stream(row.spliterator(), false)
					.anyMatch(cell -> cell.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK)) {
					rows++;
				}
			}
			return rows;
		}
	}

	private ImportJob await(Actor actor, long id) throws InterruptedException {
		return ImportTestData.await(imports, actor, id, Duration.ofSeconds(180));
	}
}
