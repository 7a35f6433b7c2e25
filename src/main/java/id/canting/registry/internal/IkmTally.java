package id.canting.registry.internal;

import id.canting.registry.reports.SemesterReport;
import id.canting.registry.ProductCategory;
import id.canting.registry.SizeClass;
import id.canting.registry.IkmKind;
import id.canting.registry.Technique;
import id.canting.registry.RecordStatus;
import id.canting.registry.IkmId;
import id.canting.registry.Gender;
import id.canting.registry.Dye;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.canting.registry.internal.IkmSnapshot;

/**
 * Keeps {@code ikm_tally} (see V10) in step with the IKM: every write path of the registry calls it
 * in the same transaction as its change, with the counted facts before and after ({@link IkmSnapshot}),
 * so the figures read a few thousand tally rows instead of aggregating every IKM and still show an
 * edit in the next request. Never rebuilt: the migration initialises it once, then only deltas.
 */
@Component
public class IkmTally {

	/** What a tally row counts by; the names are the {@code dimension} values in the table. */
	public enum Dimension {
		PROVINCE, REGENCY, SENTRA, TECHNIQUE, CATEGORY, DYE, KIND, SIZE_CLASS, OWNER_GENDER, WORKFORCE
	}

	/** The {@link Dimension#WORKFORCE} key of active IKM without an accepted report. */
	public static final String FROM_REGISTRY = "REGISTRY";

	private static final int CHUNK = 1_000;
	private static final String BUMP = "update ikm_tally set ikm = ikm + ?, workers = workers + ?"
			+ " where dimension = ? and tally_key = ? and province_code = ?";
	// A new value starts at zero and is then bumped like any other: two transactions meeting a new value
	// at once both create it (the second waits for the first, then does nothing) and both bump.
	private static final String CREATE = "insert into ikm_tally (dimension, tally_key, province_code, ikm, workers)"
			+ " values (?, ?, ?, 0, 0) on conflict do nothing";

	private final JdbcTemplate jdbc;
	private final JdbcClient client;

	public IkmTally(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	public void add(IkmSnapshot ikm) {
		change(null, ikm);
	}

	public void remove(IkmSnapshot ikm) {
		change(ikm, null);
	}

	/** One IKM changed: takes out what {@code before} counted and adds what {@code after} counts. */
	public void change(IkmSnapshot before, IkmSnapshot after) {
		Map<Cell, long[]> deltas = new HashMap<>();
		count(deltas, before, -1);
		count(deltas, after, 1);
		apply(deltas);
	}

	/** New IKM (a bulk registration): one update per tally row they touch. */
	public void addAll(Collection<IkmSnapshot> ikms) {
		Map<Cell, long[]> deltas = new HashMap<>();
		ikms.forEach(ikm -> count(deltas, ikm, 1));
		apply(deltas);
	}

	/**
	 * New IKM of one batch of a long bulk import: counted now, written once just before the
	 * transaction commits. Within one transaction every update of a tally row leaves a row version
	 * that the next update of that row must step over; updating the same few hundred rows after each of
	 * 400 batches made a 200,000-row import spend most of its commit here (18 of 58 s). Without a
	 * transaction the rows are written at once, as {@link #addAll} does.
	 */
	public void addAllBeforeCommit(Collection<IkmSnapshot> ikms) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			addAll(ikms);
			return;
		}
		@SuppressWarnings("unchecked")
		Map<Cell, long[]> pending = (Map<Cell, long[]>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Map<Cell, long[]> deltas = new HashMap<>();
			pending = deltas;
			TransactionSynchronizationManager.bindResource(this, deltas);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				// before the public data version's count (the lowest precedence), which every writer takes last
				@Override
				public int getOrder() {
					return Ordered.LOWEST_PRECEDENCE - 1;
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					apply(deltas);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(IkmTally.this);
				}
			});
		}
		for (IkmSnapshot ikm : ikms) {
			count(pending, ikm, 1);
		}
	}

	/**
	 * The counted facts of these IKM as committed, locking their rows until the transaction ends, so
	 * no other change to them can slip between this read and the tally update that follows.
	 */
	public Map<Long, IkmSnapshot> lock(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		Map<Long, IkmSnapshot> found = new LinkedHashMap<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			Map<Long, Set<Technique>> techniques = children("ikm_technique", "technique", chunk, Technique::valueOf);
			Map<Long, Set<ProductCategory>> categories = children("ikm_category", "category", chunk,
					ProductCategory::valueOf);
			Map<Long, Set<Dye>> dyes = children("ikm_dye", "dye", chunk, Dye::valueOf);
			client.sql("""
					select id, status, province_code, regency_code, sentra_id, kind, size_class, owner_gender,
					       workers_male + workers_female as workers, reported_semester, reported_workers
					from ikm where id in (:ids) order by id for update""").param("ids", chunk)
				.query((rs, n) -> {
					long id = rs.getLong("id");
					Number sentra = (Number) rs.getObject("sentra_id");
					Number reported = (Number) rs.getObject("reported_workers");
					return found.put(id, new IkmSnapshot(RecordStatus.valueOf(rs.getString("status")),
							rs.getString("province_code"), rs.getString("regency_code"),
							sentra == null ? null : sentra.longValue(), techniques.getOrDefault(id, Set.of()),
							categories.getOrDefault(id, Set.of()), dyes.getOrDefault(id, Set.of()),
							IkmKind.valueOf(rs.getString("kind")), SizeClass.valueOf(rs.getString("size_class")),
							Gender.valueOf(rs.getString("owner_gender")), rs.getInt("workers"),
							rs.getString("reported_semester"), reported == null ? null : reported.intValue()));
				})
				.list();
		}
		return found;
	}

	/** {@link #lock(Collection)} for one IKM; null when there is none. */
	public IkmSnapshot lock(IkmId id) {
		return lock(List.of(id.value())).get(id.value());
	}

	/**
	 * Reports were accepted: each IKM whose report is later than its latest accepted one now counts
	 * that report's workers in the workforce. Accepted is final, so the latest only ever moves forward.
	 */
	public void accepted(Collection<SemesterReport> reports) {
		Map<Long, SemesterReport> latest = new HashMap<>();
		reports.forEach(r -> latest.merge(r.ikmId().value(), r,
				(a, b) -> a.semester().compareTo(b.semester()) >= 0 ? a : b));
		Map<Long, IkmSnapshot> before = lock(latest.keySet());
		Map<Cell, long[]> deltas = new HashMap<>();
		List<Object[]> updates = new ArrayList<>();
		latest.forEach((id, report) -> {
			IkmSnapshot was = before.get(id);
			String semester = report.semester().toString();
			if (was != null && (was.reportedSemester() == null || semester.compareTo(was.reportedSemester()) > 0)) {
				int workers = report.figures().workers();
				updates.add(new Object[] { semester, workers, id });
				count(deltas, was, -1);
				count(deltas, was.withReport(semester, workers), 1);
			}
		});
		jdbc.batchUpdate("update ikm set reported_semester = ?, reported_workers = ? where id = ?", updates);
		apply(deltas);
	}

	private <E> Map<Long, Set<E>> children(String table, String column, List<Long> ids, Function<String, E> value) {
		Map<Long, Set<E>> found = new HashMap<>();
		// table and column come from the call sites above, never from input
		client.sql("select ikm_id, " + column + " as v from " + table + " where ikm_id in (:ids)").param("ids", ids)
			.query((rs, n) -> found.computeIfAbsent(rs.getLong("ikm_id"), k -> new java.util.HashSet<>())
				.add(value.apply(rs.getString("v"))))
			.list();
		return found;
	}

	private static void count(Map<Cell, long[]> deltas, IkmSnapshot ikm, int sign) {
		if (ikm == null || !ikm.active()) {
			return;
		}
		String province = ikm.provinceCode();
		long workers = ikm.workers();
		bump(deltas, Dimension.PROVINCE, province, province, sign, workers);
		bump(deltas, Dimension.REGENCY, ikm.regencyCode(), province, sign, workers);
		if (ikm.sentraId() != null) {
			bump(deltas, Dimension.SENTRA, ikm.sentraId().toString(), province, sign, workers);
		}
		ikm.techniques().forEach(t -> bump(deltas, Dimension.TECHNIQUE, t.name(), province, sign, workers));
		ikm.categories().forEach(c -> bump(deltas, Dimension.CATEGORY, c.name(), province, sign, workers));
		ikm.dyes().forEach(d -> bump(deltas, Dimension.DYE, d.name(), province, sign, workers));
		bump(deltas, Dimension.KIND, ikm.kind().name(), province, sign, workers);
		bump(deltas, Dimension.SIZE_CLASS, ikm.sizeClass().name(), province, sign, workers);
		bump(deltas, Dimension.OWNER_GENDER, ikm.ownerGender().name(), province, sign, workers);
		if (ikm.reportedSemester() == null) {
			bump(deltas, Dimension.WORKFORCE, FROM_REGISTRY, province, sign, workers);
		}
		else {
			bump(deltas, Dimension.WORKFORCE, ikm.reportedSemester(), province, sign, ikm.reportedWorkers());
		}
	}

	private static void bump(Map<Cell, long[]> deltas, Dimension dimension, String key, String province, int sign,
			long workers) {
		long[] delta = deltas.computeIfAbsent(new Cell(dimension.name(), key, province), c -> new long[2]);
		delta[0] += sign;
		delta[1] += sign * workers;
	}

	/**
	 * Applies the deltas, one update per row, in one fixed order, so two transactions touching the same
	 * rows wait for each other instead of deadlocking; rows not there yet are created, then updated.
	 */
	private void apply(Map<Cell, long[]> deltas) {
		Map<Cell, long[]> sorted = new TreeMap<>(Cell.ORDER);
		deltas.forEach((cell, delta) -> {
			if (delta[0] != 0 || delta[1] != 0) {
				sorted.put(cell, delta);
			}
		});
		if (sorted.isEmpty()) {
			return;
		}
		List<Cell> missing = bump(sorted);
		if (!missing.isEmpty()) {
			jdbc.batchUpdate(CREATE, missing.stream().map(c -> new Object[] { c.dimension(), c.key(), c.province() })
				.toList());
			Map<Cell, long[]> created = new TreeMap<>(Cell.ORDER);
			missing.forEach(c -> created.put(c, sorted.get(c)));
			if (!bump(created).isEmpty()) {
				throw new IllegalStateException("ikm_tally rows missing after creating them: " + missing);
			}
		}
	}

	/** Updates the rows; returns those that do not exist. */
	private List<Cell> bump(Map<Cell, long[]> deltas) {
		List<Cell> cells = List.copyOf(deltas.keySet());
		int[] updated = jdbc.batchUpdate(BUMP, cells.stream().map(c -> {
			long[] d = deltas.get(c);
			return new Object[] { d[0], d[1], c.dimension(), c.key(), c.province() };
		}).toList());
		List<Cell> missing = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			if (updated[i] == 0) {
				missing.add(cells.get(i));
			}
		}
		return missing;
	}

	private record Cell(String dimension, String key, String province) {

		static final Comparator<Cell> ORDER = Comparator.comparing(Cell::dimension).thenComparing(Cell::key)
			.thenComparing(Cell::province);
	}
}
