package id.canting.registry.internal;

import id.canting.registry.IkmBulkRegistration;
import id.canting.registry.IkmDetails;
import id.canting.registry.Ikm;
import id.canting.registry.RecordStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import id.canting.shared.jdbc.PostgresCopy;

/**
 * Writes new IKM rows in JDBC batches, for {@link IkmBulkRegistration}. Spring Data JDBC saves an
 * aggregate with one statement per row and per child row; at a million rows that is what made an
 * import take half an hour. The columns written here are the ones {@link Ikm} maps; the aggregate
 * itself decides every value (status, verification, size class, province). On PostgreSQL the rows
 * go in with COPY, their ids taken from the table's sequence in one statement beforehand.
 */
@Component
public class IkmTable {

	// version 0: what Spring Data JDBC writes for a new aggregate with an Integer @Version
	private static final String INSERT_IKM = """
			insert into ikm (nib, name, owner_name, owner_gender, address, regency_code, province_code, sentra_id,
			                 kind, workers_male, workers_female, capacity_per_month, investment_idr, year_founded,
			                 size_class, status, verification, phone, email, created_at, updated_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String COPY_IKM = "ikm (id, nib, name, owner_name, owner_gender, address, regency_code,"
			+ " province_code, sentra_id, kind, workers_male, workers_female, capacity_per_month, investment_idr,"
			+ " year_founded, size_class, status, verification, phone, email, created_at, updated_at, version)";

	private static final int CHUNK = 1_000;

	private final JdbcTemplate jdbc;
	private final NamedParameterJdbcTemplate named;
	private volatile Boolean postgres;

	public IkmTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * The ids of the IKM holding any of these NIBs, by NIB. On PostgreSQL the NIBs go as ONE array
	 * parameter ({@code nib = any(?)}): one statement text and plan whatever the batch's size, where
	 * {@code in (:nibs)} expands to a statement of thousands of parameters per batch.
	 */
	public Map<String, Long> idsByNib(Collection<String> nibs) {
		Map<String, Long> found = new HashMap<>();
		if (nibs.isEmpty()) {
			return found;
		}
		if (postgres()) {
			jdbc.query(con -> {
				PreparedStatement ps = con.prepareStatement("select nib, id from ikm where nib = any(?)");
				ps.setArray(1, con.createArrayOf("varchar", nibs.toArray()));
				return ps;
			}, rs -> {
				found.put(rs.getString("nib"), rs.getLong("id"));
			});
			return found;
		}
		named.query("select nib, id from ikm where nib in (:nibs)", Map.of("nibs", nibs),
				rs -> {
					found.put(rs.getString("nib"), rs.getLong("id"));
				});
		return found;
	}

	private boolean postgres() {
		if (postgres == null) {
			postgres = PostgresCopy.isPostgres(jdbc);
		}
		return postgres;
	}

	/** What decides whether an IKM may be verified, and by whom. */
	public record Standing(String provinceCode, RecordStatus status) {
	}

	/** The standing of each of these IKM that exists, by id; read in chunks so no statement grows without bound. */
	public Map<Long, Standing> standings(List<Long> ids) {
		Map<Long, Standing> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			named.query("select id, province_code, status from ikm where id in (:ids)",
					Map.of("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))),
					rs -> {
						found.put(rs.getLong("id"),
								new Standing(rs.getString("province_code"), RecordStatus.valueOf(rs.getString("status"))));
					});
		}
		return found;
	}

	/**
	 * Marks these IKM verified as {@code Ikm.verify} does (by, at, updated at), in one JDBC batch; the
	 * version moves on as Spring Data JDBC's save would move it, so an edit form read before is stale.
	 */
	public void markVerified(List<Long> ids, String by, Instant at) {
		Timestamp now = Timestamp.from(at);
		jdbc.batchUpdate("""
				update ikm set verification = 'VERIFIED', verified_by = ?, verified_at = ?, updated_at = ?,
				               version = version + 1
				where id = ?""", ids.stream().map(id -> new Object[] { by, now, now, id }).toList());
	}

	/** Inserts the new IKM with their techniques, categories and dyes; returns their ids in order. */
	public List<Long> insertAll(List<Ikm> ikms) {
		if (ikms.isEmpty()) {
			return List.of();
		}
		return postgres() ? copyAll(ikms) : batchAll(ikms);
	}

	/**
	 * COPY needs the ids before the rows: one nextval per row from the identity's own sequence, so ids
	 * never collide with those of single registrations running at the same time.
	 */
	private List<Long> copyAll(List<Ikm> ikms) {
		List<Long> ids = new ArrayList<>(jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('ikm', 'id')) from generate_series(1, ?)", Long.class,
				ikms.size()));
		ids.sort(null);
		// Ikm.details() builds a new record with its three sets on every call: once per IKM, not four times
		List<IkmDetails> details = ikms.stream().map(Ikm::details).toList();
		PostgresCopy.copy(jdbc, COPY_IKM, rows -> {
			for (int i = 0; i < ikms.size(); i++) {
				Ikm ikm = ikms.get(i);
				IkmDetails d = details.get(i);
				rows.add(ids.get(i), d.nib(), d.name(), d.ownerName(), d.ownerGender().name(), d.address(),
						d.regencyCode(), ikm.provinceCode(), d.sentraId(), d.kind().name(), d.workersMale(),
						d.workersFemale(), d.capacityPerMonth(), d.investmentIdr(), d.yearFounded(),
						ikm.sizeClass().name(), ikm.status().name(), ikm.verification().name(), d.phone(), d.email(),
						Timestamp.from(ikm.createdAt()), Timestamp.from(ikm.updatedAt()), 0);
			}
		});
		PostgresCopy.copy(jdbc, "ikm_technique (ikm_id, technique)", rows -> {
			for (int i = 0; i < ikms.size(); i++) {
				Long id = ids.get(i);
				details.get(i).techniques().forEach(t -> rows.add(id, t.name()));
			}
		});
		PostgresCopy.copy(jdbc, "ikm_category (ikm_id, category)", rows -> {
			for (int i = 0; i < ikms.size(); i++) {
				Long id = ids.get(i);
				details.get(i).categories().forEach(c -> rows.add(id, c.name()));
			}
		});
		PostgresCopy.copy(jdbc, "ikm_dye (ikm_id, dye)", rows -> {
			for (int i = 0; i < ikms.size(); i++) {
				Long id = ids.get(i);
				details.get(i).dyes().forEach(d -> rows.add(id, d.name()));
			}
		});
		return ids;
	}

	/** H2: JDBC batches, the ids generated by the inserts. */
	private List<Long> batchAll(List<Ikm> ikms) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(con -> con.prepareStatement(INSERT_IKM, new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						bind(ps, ikms.get(i));
					}

					@Override
					public int getBatchSize() {
						return ikms.size();
					}
				}, keys);
		List<Long> ids = new ArrayList<>(ikms.size());
		keys.getKeyList().forEach(key -> ids.add(((Number) key.values().iterator().next()).longValue()));
		if (ids.size() != ikms.size()) {
			throw new IllegalStateException("expected " + ikms.size() + " generated ids, got " + ids.size());
		}
		List<Object[]> techniques = new ArrayList<>();
		List<Object[]> categories = new ArrayList<>();
		List<Object[]> dyes = new ArrayList<>();
		for (int i = 0; i < ikms.size(); i++) {
			Long id = ids.get(i);
			IkmDetails details = ikms.get(i).details();
			details.techniques().forEach(t -> techniques.add(new Object[] { id, t.name() }));
			details.categories().forEach(c -> categories.add(new Object[] { id, c.name() }));
			details.dyes().forEach(d -> dyes.add(new Object[] { id, d.name() }));
		}
		jdbc.batchUpdate("insert into ikm_technique (ikm_id, technique) values (?, ?)", techniques);
		jdbc.batchUpdate("insert into ikm_category (ikm_id, category) values (?, ?)", categories);
		jdbc.batchUpdate("insert into ikm_dye (ikm_id, dye) values (?, ?)", dyes);
		return ids;
	}

	private static void bind(PreparedStatement ps, Ikm ikm) throws SQLException {
		IkmDetails d = ikm.details();
		int c = 1;
		ps.setString(c++, d.nib());
		ps.setString(c++, d.name());
		ps.setString(c++, d.ownerName());
		ps.setString(c++, d.ownerGender().name());
		ps.setString(c++, d.address());
		ps.setString(c++, d.regencyCode());
		ps.setString(c++, ikm.provinceCode());
		setLong(ps, c++, d.sentraId());
		ps.setString(c++, d.kind().name());
		ps.setInt(c++, d.workersMale());
		ps.setInt(c++, d.workersFemale());
		setInt(ps, c++, d.capacityPerMonth());
		ps.setLong(c++, d.investmentIdr());
		setInt(ps, c++, d.yearFounded());
		ps.setString(c++, ikm.sizeClass().name());
		ps.setString(c++, ikm.status().name());
		ps.setString(c++, ikm.verification().name());
		ps.setString(c++, d.phone());
		ps.setString(c++, d.email());
		ps.setTimestamp(c++, Timestamp.from(ikm.createdAt()));
		ps.setTimestamp(c, Timestamp.from(ikm.updatedAt()));
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}
}
