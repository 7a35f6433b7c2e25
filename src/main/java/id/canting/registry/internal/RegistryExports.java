package id.canting.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.Dye;
import id.canting.registry.IkmColumn;
import id.canting.registry.IkmFilter;
import id.canting.registry.ProductCategory;
import id.canting.registry.RegistryQueries;
import id.canting.registry.SentraColumn;
import id.canting.registry.SentraFilter;
import id.canting.registry.Technique;
import id.canting.shared.Actor;

/**
 * The registry's lists as spreadsheet rows, for download: each row holds the values of every
 * {@link IkmColumn} (or {@link SentraColumn}) in order, as text, exactly as the import reads them
 * back: codes for enums, lists as codes in their enum order joined with {@code ", "} (e.g.
 * {@code TULIS, CAP}), the regency by its Kemendagri code, the sentra by its code, numbers as plain
 * digits, and an empty text for a missing value (the web layer turns codes into labels and the regency
 * code into code and name for the file's language). Rows are streamed from the database and handed on
 * one by one, so an export of any size needs the same small amount of memory.
 */
@Service
// a transaction is what lets PostgreSQL's driver honour the fetch size (a cursor) instead of
// reading the whole result into memory
@Transactional(readOnly = true)
public class RegistryExports {

	/** Rows fetched per round trip, and IKM whose techniques, categories and dyes are read at once. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	RegistryExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every IKM of the filtered list within the actor's scope, in the order they were registered,
	 * with the same filters and scope as {@link RegistryQueries#ikm}: an officer their province, an
	 * owner their own IKM, an admin everything. The rows include the personal columns
	 * ({@link IkmColumn#PERSONAL}): the export is only for those who may read the registry with
	 * personal fields, and anyone else is refused before the first row is handed on.
	 *
	 * @throws id.canting.shared.ForbiddenException for roles without registry access, or an officer
	 *         asking for another province
	 */
	public void ikm(Actor actor, IkmFilter filter, Consumer<List<String>> rows) {
		SqlWhere where = RegistryWhere.ikmInScope(actor, filter);
		List<IkmRow> batch = new ArrayList<>(BATCH);
		try (Stream<IkmRow> stream = jdbc.sql("""
				select i.id, i.nib, i.name, i.owner_name, i.owner_gender, i.address, i.regency_code, s.code as sentra_code,
				       i.kind, i.workers_male, i.workers_female, i.capacity_per_month, i.investment_idr, i.year_founded,
				       i.phone, i.email
				from ikm i left join sentra s on s.id = i.sentra_id""" + where.sql() + " order by i.id")
			.params(where.params)
			.withFetchSize(BATCH)
			.query(RegistryExports::ikmRow)
			.stream()) {
			stream.forEach(row -> {
				batch.add(row);
				if (batch.size() == BATCH) {
					handOn(batch, rows);
				}
			});
		}
		handOn(batch, rows);
	}

	/** Every sentra of the filtered list (sentra are public, so anyone may export them), by code. */
	public void sentra(SentraFilter filter, Consumer<List<String>> rows) {
		SqlWhere where = RegistryWhere.sentra(filter);
		try (Stream<List<String>> stream = jdbc.sql("""
				select s.code, s.name, s.regency_code, s.address, s.year_established, s.revitalisation,
				       s.revitalisation_year, s.notes
				from sentra s""" + where.sql() + " order by s.code")
			.params(where.params)
			.withFetchSize(BATCH)
			.query((rs, n) -> List.of(text(rs, "code"), text(rs, "name"), text(rs, "regency_code"), text(rs, "address"),
					text(rs, "year_established"), text(rs, "revitalisation"), text(rs, "revitalisation_year"),
					text(rs, "notes")))
			.stream()) {
			stream.forEach(rows);
		}
	}

	/** One IKM's own columns; its lists follow per batch. */
	private static IkmRow ikmRow(ResultSet rs, int n) throws SQLException {
		IkmRow row = new IkmRow(rs.getLong("id"));
		row.put(IkmColumn.ID, text(rs, "id"));
		row.put(IkmColumn.NIB, text(rs, "nib"));
		row.put(IkmColumn.NAME, text(rs, "name"));
		row.put(IkmColumn.OWNER_NAME, text(rs, "owner_name"));
		row.put(IkmColumn.OWNER_GENDER, text(rs, "owner_gender"));
		row.put(IkmColumn.ADDRESS, text(rs, "address"));
		row.put(IkmColumn.REGENCY, text(rs, "regency_code"));
		row.put(IkmColumn.SENTRA, text(rs, "sentra_code"));
		row.put(IkmColumn.KIND, text(rs, "kind"));
		row.put(IkmColumn.WORKERS_MALE, text(rs, "workers_male"));
		row.put(IkmColumn.WORKERS_FEMALE, text(rs, "workers_female"));
		row.put(IkmColumn.CAPACITY, text(rs, "capacity_per_month"));
		row.put(IkmColumn.INVESTMENT, text(rs, "investment_idr"));
		row.put(IkmColumn.YEAR_FOUNDED, text(rs, "year_founded"));
		row.put(IkmColumn.PHONE, text(rs, "phone"));
		row.put(IkmColumn.EMAIL, text(rs, "email"));
		return row;
	}

	/** Adds the batch's techniques, categories and dyes (three queries per batch, not per IKM), then hands it on. */
	private void handOn(List<IkmRow> batch, Consumer<List<String>> rows) {
		if (batch.isEmpty()) {
			return;
		}
		List<Long> ids = batch.stream().map(IkmRow::id).toList();
		Map<Long, String> techniques = codes("ikm_technique", "technique", Technique.class, ids);
		Map<Long, String> categories = codes("ikm_category", "category", ProductCategory.class, ids);
		Map<Long, String> dyes = codes("ikm_dye", "dye", Dye.class, ids);
		for (IkmRow row : batch) {
			row.put(IkmColumn.TECHNIQUES, techniques.getOrDefault(row.id(), ""));
			row.put(IkmColumn.CATEGORIES, categories.getOrDefault(row.id(), ""));
			row.put(IkmColumn.DYES, dyes.getOrDefault(row.id(), ""));
			rows.accept(row.values());
		}
		batch.clear();
	}

	/** Per IKM, the codes of one of its sets in enum order, as the forms and the API list them. */
	private <E extends Enum<E>> Map<Long, String> codes(String table, String column, Class<E> type, List<Long> ids) {
		Map<Long, Set<E>> byIkm = new HashMap<>();
		// table and column are this class's constants, never input
		jdbc.sql("select ikm_id, " + column + " as code from " + table + " where ikm_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> byIkm.computeIfAbsent(rs.getLong("ikm_id"), id -> EnumSet.noneOf(type))
				.add(Enum.valueOf(type, rs.getString("code"))))
			.list();
		Map<Long, String> joined = new HashMap<>();
		byIkm.forEach((id, values) -> joined.put(id, values.stream().map(Enum::name).collect(Collectors.joining(", "))));
		return joined;
	}

	/** A column as text: numbers as plain digits, nothing as an empty text. */
	private static String text(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		return value == null ? "" : value.toString();
	}

	/** An IKM's values by column while its batch waits for its lists. */
	private static final class IkmRow {

		private final long id;
		private final Map<IkmColumn, String> values = new EnumMap<>(IkmColumn.class);

		IkmRow(long id) {
			this.id = id;
		}

		long id() {
			return id;
		}

		void put(IkmColumn column, String value) {
			values.put(column, value);
		}

		List<String> values() {
			return Arrays.stream(IkmColumn.values()).map(column -> values.getOrDefault(column, "")).toList();
		}
	}
}
