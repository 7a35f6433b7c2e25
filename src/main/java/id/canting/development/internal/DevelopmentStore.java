package id.canting.development.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The module's tables, read and written with plain SQL (V43__development.sql). */
@Repository
class DevelopmentStore {

	private final JdbcClient jdbc;

	DevelopmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SentraFacility> facilities(long sentraId) {
		return jdbc.sql("select kind, name, unit_count, facility_condition from development_facility"
				+ " where sentra_id = :sentra order by line_no").param("sentra", sentraId)
			.query((rs, n) -> facility(rs)).list();
	}

	/** Every sentra's facilities, by sentra id. */
	Map<Long, List<SentraFacility>> allFacilities() {
		Map<Long, List<SentraFacility>> bySentra = new HashMap<>();
		jdbc.sql("select sentra_id, kind, name, unit_count, facility_condition from development_facility order by sentra_id, line_no")
			.query((rs, n) -> bySentra.computeIfAbsent(rs.getLong("sentra_id"), k -> new ArrayList<>()).add(facility(rs)))
			.list();
		return bySentra;
	}

	void replaceFacilities(long sentraId, List<SentraFacility> facilities, String by, Instant now) {
		jdbc.sql("delete from development_facility where sentra_id = :sentra").param("sentra", sentraId).update();
		for (int i = 0; i < facilities.size(); i++) {
			SentraFacility f = facilities.get(i);
			jdbc.sql("""
					insert into development_facility (sentra_id, line_no, kind, name, unit_count, facility_condition)
					 values (:sentra, :line, :kind, :name, :count, :condition)""")
				.param("sentra", sentraId).param("line", i).param("kind", f.kind().name()).param("name", f.name())
				.param("count", f.count()).param("condition", f.condition().name()).update();
		}
		touchProfile(sentraId, by, now);
	}

	Optional<SentraLocation> location(long sentraId) {
		return jdbc.sql("select latitude, longitude from development_profile where sentra_id = :sentra")
			.param("sentra", sentraId)
			.query((rs, n) -> new SentraLocation(rs.getBigDecimal(1), rs.getBigDecimal(2))).optional();
	}

	/** Every known position, by sentra id. */
	Map<Long, SentraLocation> allLocations() {
		Map<Long, SentraLocation> bySentra = new HashMap<>();
		jdbc.sql("select sentra_id, latitude, longitude from development_profile where latitude is not null")
			.query((rs, n) -> bySentra.put(rs.getLong(1), new SentraLocation(rs.getBigDecimal(2), rs.getBigDecimal(3))))
			.list();
		return bySentra;
	}

	void setLocation(long sentraId, SentraLocation location, String by, Instant now) {
		touchProfile(sentraId, by, now);
		jdbc.sql("update development_profile set latitude = :lat, longitude = :lon where sentra_id = :sentra")
			.param("lat", location.latitude()).param("lon", location.longitude()).param("sentra", sentraId).update();
	}

	private void touchProfile(long sentraId, String by, Instant now) {
		int updated = jdbc.sql("update development_profile set updated_by = :by, updated_at = :at where sentra_id = :sentra")
			.param("by", by).param("at", Timestamp.from(now)).param("sentra", sentraId).update();
		if (updated == 0) {
			jdbc.sql("insert into development_profile (sentra_id, updated_by, updated_at) values (:sentra, :by, :at)")
				.param("sentra", sentraId).param("by", by).param("at", Timestamp.from(now)).update();
		}
	}

	List<SentraNeed> needs(long sentraId) {
		return jdbc.sql("""
				select id, sentra_id, description, priority, status, recorded_by, recorded_at, met_by, met_at
				 from development_need where sentra_id = :sentra
				 order by case status when 'OPEN' then 0 else 1 end,
				          case priority when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, recorded_at desc, id desc""")
			.param("sentra", sentraId)
			.query((rs, n) -> need(rs))
			.list();
	}

	Optional<SentraNeed> need(long needId) {
		return jdbc.sql("""
				select id, sentra_id, description, priority, status, recorded_by, recorded_at, met_by, met_at
				 from development_need where id = :id""")
			.param("id", needId)
			.query((rs, n) -> need(rs))
			.optional();
	}

	/** Open needs per sentra, for the ranking. */
	Map<Long, Integer> openNeeds() {
		Map<Long, Integer> bySentra = new HashMap<>();
		jdbc.sql("select sentra_id, count(*) from development_need where status = 'OPEN' group by sentra_id")
			.query((rs, n) -> bySentra.put(rs.getLong(1), rs.getInt(2))).list();
		return bySentra;
	}

	long insertNeed(long sentraId, String description, NeedPriority priority, String by, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into development_need (sentra_id, description, priority, status, recorded_by, recorded_at)
				 values (:sentra, :description, :priority, 'OPEN', :by, :at)""")
			.param("sentra", sentraId).param("description", description).param("priority", priority.name())
			.param("by", by).param("at", Timestamp.from(now)).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Marks an open need met; false when it was not open. */
	boolean markMet(long needId, String by, Instant now) {
		return jdbc.sql("update development_need set status = 'MET', met_by = :by, met_at = :at where id = :id and status = 'OPEN'")
			.param("by", by).param("at", Timestamp.from(now)).param("id", needId).update() == 1;
	}

	List<RevitalisationProject> projects(long sentraId) {
		return jdbc.sql("""
				select id, sentra_id, provided, provided_on, cost_idr, facility_kind, condition_before, condition_after,
				       application_id, recorded_by
				 from development_project where sentra_id = :sentra order by provided_on desc, id desc""")
			.param("sentra", sentraId)
			.query((rs, n) -> new RevitalisationProject(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getLong(5), named(FacilityKind.class, rs.getString(6)),
					named(FacilityCondition.class, rs.getString(7)), named(FacilityCondition.class, rs.getString(8)),
					(Long) rs.getObject(9, Long.class), rs.getString(10)))
			.list();
	}

	long insertProject(long sentraId, ProjectInput p, String by, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into development_project (sentra_id, provided, provided_on, cost_idr, facility_kind, condition_before,
				  condition_after, application_id, recorded_by, recorded_at)
				 values (:sentra, :provided, :on, :cost, :kind, :before, :after, :application, :by, :at)""")
			.param("sentra", sentraId).param("provided", p.provided().strip()).param("on", Date.valueOf(p.providedOn()))
			.param("cost", p.costIdr()).param("kind", name(p.facilityKind())).param("before", name(p.conditionBefore()))
			.param("after", name(p.conditionAfter())).param("application", p.applicationId())
			.param("by", by).param("at", Timestamp.from(now)).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Whether a project already records this application (demo data loads once). */
	boolean hasProjectFor(long applicationId) {
		return jdbc.sql("select count(*) from development_project where application_id = :id").param("id", applicationId)
			.query(Long.class).single() > 0;
	}

	List<SentraPhoto> photos(long sentraId) {
		return jdbc.sql("""
				select id, sentra_id, content_type, caption, uploaded_by, uploaded_at
				 from development_photo where sentra_id = :sentra order by uploaded_at desc, id desc""")
			.param("sentra", sentraId)
			.query((rs, n) -> photo(rs))
			.list();
	}

	Optional<SentraPhoto> photo(long photoId) {
		return jdbc.sql("""
				select id, sentra_id, content_type, caption, uploaded_by, uploaded_at
				 from development_photo where id = :id""")
			.param("id", photoId)
			.query((rs, n) -> photo(rs))
			.optional();
	}

	/** Where a photo's bytes are kept. */
	String photoKey(long photoId) {
		return jdbc.sql("select file_key from development_photo where id = :id").param("id", photoId)
			.query(String.class).single();
	}

	long insertPhoto(long sentraId, String fileKey, String contentType, String caption, String by, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into development_photo (sentra_id, file_key, content_type, caption, uploaded_by, uploaded_at)
				 values (:sentra, :key, :type, :caption, :by, :at)""")
			.param("sentra", sentraId).param("key", fileKey).param("type", contentType).param("caption", caption)
			.param("by", by).param("at", Timestamp.from(now)).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	ScoreWeights weights() {
		Map<ScorePart, Integer> weights = new EnumMap<>(ScorePart.class);
		jdbc.sql("select part, weight from development_weight")
			.query((rs, n) -> weights.put(ScorePart.valueOf(rs.getString(1)), rs.getInt(2))).list();
		return new ScoreWeights(weights);
	}

	void setWeight(ScorePart part, int weight, String by, Instant now) {
		int updated = jdbc.sql("update development_weight set weight = :weight, updated_by = :by, updated_at = :at where part = :part")
			.param("weight", weight).param("by", by).param("at", Timestamp.from(now)).param("part", part.name()).update();
		if (updated == 0) {
			jdbc.sql("insert into development_weight (part, weight, updated_by, updated_at) values (:part, :weight, :by, :at)")
				.param("weight", weight).param("by", by).param("at", Timestamp.from(now)).param("part", part.name()).update();
		}
	}

	private static SentraNeed need(ResultSet rs) throws SQLException {
		return new SentraNeed(rs.getLong(1), rs.getLong(2), rs.getString(3), NeedPriority.valueOf(rs.getString(4)),
				NeedStatus.valueOf(rs.getString(5)), rs.getString(6), instant(rs, 7), rs.getString(8), instant(rs, 9));
	}

	private static SentraPhoto photo(ResultSet rs) throws SQLException {
		return new SentraPhoto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				instant(rs, 6));
	}

	private static SentraFacility facility(ResultSet rs) throws SQLException {
		return new SentraFacility(FacilityKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getInt("unit_count"), FacilityCondition.valueOf(rs.getString("facility_condition")));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
