package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.account.AccountSessions;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.PageRequest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13's acceptance corpus: every file under src/test/resources/imports/corpus (made by
 * LibreOffice and as Excel writes them) is uploaded as an official would, and must give exactly what
 * expected.json says — refused with the named reason and nothing written, or ready with the expected
 * counts, each invalid row reported in the column at fault, and after the commit the values the
 * official meant (1250 workers, phone 081234567812, regency 33.10, FEMALE, [CAP, TULIS]).
 * Imported IKM (NIB 9199...) and export records (2031) are removed after each file.
 */
@CantingTest
class SpreadsheetCorpusTest {

	@Autowired
	ImportJobs imports;

	@Autowired
	IkmManagement ikms;

	@Autowired
	AccountSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImported() {
		ImportTestData.removeImported(jdbc);
		jdbc.sql("delete from export_record where month_start >= ?").param(java.sql.Date.valueOf("2031-01-01")).update();
	}

	static Stream<Named<JsonNode>> entries() {
		return CorpusFiles.entries().stream().map(e -> Named.of(e.get("file").asString(), e));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("entries")
	void eachFileGivesWhatTheIssueDemands(JsonNode entry) throws Exception {
		Actor actor = actor(entry.get("user").asString());
		Map<Long, IkmDetails> untouched = new HashMap<>();
		for (JsonNode id : entry.path("untouchedIds")) {
			untouched.put(id.asLong(), ikms.ikm(actor("admin"), new IkmId(id.asLong())).details());
		}
		String file = entry.get("file").asString();
		ImportKind kind = ImportKind.valueOf(entry.get("kind").asString());
		if (entry.get("outcome").asString().equals("REFUSED")) {
			assertRefused(actor, kind, file, CorpusFiles.bytes(entry), entry.get("language").asString(),
					entry.get("messageKey").asString());
		}
		else {
			ImportJob job = await(actor, imports.start(actor, kind, file,
					new ByteArrayInputStream(CorpusFiles.bytes(entry)), entry.get("language").asString()).id());
			assertReady(actor, job, entry);
		}
		for (JsonNode nib : entry.path("absent")) {
			assertThat(ikms.findByNib(nib.asString())).as(file + ": NIB " + nib.asString() + " must not be imported").isEmpty();
		}
		untouched.forEach((id, before) -> assertThat(ikms.ikm(actor("admin"), new IkmId(id)).details())
			.as(file + ": IKM " + id + " must not change").isEqualTo(before));
	}

	/** A file that expands past the limits is refused as such — not "system error", and the node goes on. */
	@Test
	void aWorkbookWhoseSharedStringsExpandFarIsRefusedSayingSo(@TempDir Path dir) throws Exception {
		Path hostile = dir.resolve("bom.xlsx");
		// beyond the default limit of canting.imports.max-expanded-mb (512) by far, yet about 1 MB on disk
		CorpusWorkbooks.hostileXlsx(hostile, 600L * 1024 * 1024);
		assertThat(Files.size(hostile)).isLessThan(3_000_000);
		assertRefused(actor("officer.33"), ImportKind.IKM, "ikm.xlsx", Files.readAllBytes(hostile), "id",
				"import.file.too-expanded");
	}

	/** Refused before or during validation with {@code key}; nothing of the file is in the registry. */
	private void assertRefused(Actor actor, ImportKind kind, String file, byte[] content, String language, String key)
			throws InterruptedException {
		long before = imported();
		ImportJob job;
		try {
			job = imports.start(actor, kind, file, new ByteArrayInputStream(content), language);
		}
		catch (DomainException refusedAtOnce) {
			assertThat(refusedAtOnce.messageKey()).as(file).isEqualTo(key);
			return;
		}
		job = await(actor, job.id());
		assertThat(job.status()).as(file + " status").isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureKey()).as(file + " reason").isEqualTo(key);
		assertThat(job.countNew() + job.countUpdated()).as(file + " offers nothing to commit").isZero();
		assertThat(imported()).as(file + " wrote nothing").isEqualTo(before);
	}

	private void assertReady(Actor actor, ImportJob job, JsonNode entry) throws InterruptedException {
		String file = entry.get("file").asString();
		assertThat(job.status()).as(file + " status (failure " + job.failureKey() + ")").isEqualTo(ImportStatus.READY);
		List<ImportError> errors = imports.errors(actor, job.jobId(), new PageRequest(0, 200, "row", true)).content();
		JsonNode counts = entry.get("counts");
		assertThat(List.of(job.countNew(), job.countUpdated(), job.countUnchanged(), job.countInvalid()))
			.as(file + " new, updated, unchanged, invalid; errors " + describe(errors))
			.containsExactly(counts.get("new").asInt(), counts.get("updated").asInt(), counts.get("unchanged").asInt(),
					counts.get("invalid").asInt());
		assertInvalidRows(file, entry.get("invalid"), errors);
		if (job.countNew() + job.countUpdated() == 0) {
			return;
		}
		CommitMode mode = job.countInvalid() > 0 ? CommitMode.VALID_ROWS : CommitMode.ALL_OR_NOTHING;
		imports.commit(actor, job.jobId(), mode);
		ImportJob done = await(actor, job.id());
		assertThat(done.status()).as(file + " commit").isEqualTo(ImportStatus.DONE);
		for (JsonNode expected : entry.path("ikm")) {
			assertIkm(file, expected);
		}
		for (JsonNode expected : entry.path("trade")) {
			assertExportRecord(file, expected);
		}
	}

	/** Each expected invalid row has an error in the column at fault, and no other row has any error. */
	private static void assertInvalidRows(String file, JsonNode invalid, List<ImportError> errors) {
		Set<Integer> invalidRows = new java.util.HashSet<>();
		for (JsonNode row : invalid) {
			int number = row.get("row").asInt();
			invalidRows.add(number);
			List<String> columns = new ArrayList<>();
			if (row.has("column")) {
				columns.add(row.get("column").asString());
			}
			row.path("columnOneOf").forEach(c -> columns.add(c.asString()));
			assertThat(errors).as(file + " row " + number + " must be an error in " + columns + "; errors " + describe(errors))
				.anyMatch(e -> e.rowNumber() == number && columns.contains(e.column()));
		}
		assertThat(errors).as(file + ": errors only on the invalid rows " + invalidRows)
			.allMatch(e -> invalidRows.contains(e.rowNumber()));
	}

	private void assertIkm(String file, JsonNode expected) {
		String nib = expected.get("nib").asString();
		var id = ikms.findByNib(nib);
		assertThat(id).as(file + ": NIB " + nib + " imported").isPresent();
		IkmDetails details = ikms.ikm(actor("admin"), id.get()).details();
		Map<String, String> actual = values(details);
		for (var field : expected.properties()) {
			assertThat(actual.get(field.getKey())).as(file + ": " + nib + " " + field.getKey())
				.isEqualTo(field.getValue().asString());
		}
	}

	/** The IKM's values as text: numbers plain, enums by code, sets as sorted codes joined by commas. */
	private static Map<String, String> values(IkmDetails details) {
		Map<String, String> values = new HashMap<>();
		for (var component : IkmDetails.class.getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(details);
				values.put(component.getName(), value instanceof Set<?> set
						? set.stream().map(Object::toString).sorted().collect(Collectors.joining(","))
						: value == null ? null : value.toString());
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		return values;
	}

	private void assertExportRecord(String file, JsonNode expected) {
		LocalDate month = YearMonth.parse(expected.get("month").asString()).atDay(1);
		var found = jdbc.sql("select value_usd, net_weight_kg from export_record"
				+ " where month_start = ? and country_code = ? and source = ?")
			.params(java.sql.Date.valueOf(month), expected.get("country").asString(), expected.get("source").asString())
			.query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2)))
			.optional();
		assertThat(found).as(file + ": export record " + expected).isPresent();
		assertThat(found.get().get(0)).as(file + " value " + expected)
			.isEqualByComparingTo(new BigDecimal(expected.get("valueUsd").asString()));
		if (expected.has("netWeightKg")) {
			assertThat(found.get().get(1)).as(file + " weight " + expected)
				.isEqualByComparingTo(new BigDecimal(expected.get("netWeightKg").asString()));
		}
	}

	private static String describe(List<ImportError> errors) {
		return errors.stream().map(e -> e.rowNumber() + "|" + e.column() + "|" + e.value() + "|" + e.messageKey()).toList()
			.toString();
	}

	private long imported() {
		return jdbc.sql("select count(*) from ikm where nib like '919913%'").query(Long.class).single();
	}

	private ImportJob await(Actor actor, long id) throws InterruptedException {
		return ImportTestData.await(imports, actor, id, Duration.ofSeconds(120));
	}

	private Actor actor(String user) {
		return sessions.principalOf(user).orElseThrow().actor();
	}
}
