package id.canting.readiness.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.Questionnaire.LevelText;
import id.canting.readiness.internal.Questionnaire.NextStep;
import id.canting.readiness.internal.Questionnaire.PillarWeight;
import id.canting.readiness.internal.Questionnaire.Question;
import id.canting.readiness.internal.QuestionnaireInput.QuestionInput;

/** Reads and writes questionnaire versions (readiness_questionnaire and its child tables) with plain SQL. */
@Repository
class QuestionnaireStore {

	private final JdbcClient jdbc;

	QuestionnaireStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Header(long id, int version, String titleId, String titleEn, String noteId, String noteEn,
			String status, Timestamp createdAt, String createdBy, Timestamp publishedAt, int rowVersion) {
	}

	List<Questionnaire> all() {
		return jdbc.sql("select id from readiness_questionnaire order by version desc").query(Long.class).list().stream()
			.map(id -> find(id).orElseThrow()).toList();
	}

	Optional<Long> publishedId() {
		return jdbc.sql("select id from readiness_questionnaire where status = 'PUBLISHED'").query(Long.class).optional();
	}

	Optional<Questionnaire> find(long id) {
		Optional<Header> header = jdbc.sql("""
				select id, version, title_id, title_en, note_id, note_en, status, created_at, created_by, published_at,
				row_version from readiness_questionnaire where id = ?""").param(id).query(Header.class).optional();
		return header.map(this::complete);
	}

	private Questionnaire complete(Header h) {
		List<PillarWeight> pillars = jdbc.sql("select pillar, weight from readiness_pillar where questionnaire_id = ?")
			.param(h.id()).query((rs, n) -> new PillarWeight(Pillar.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list()
			.stream().sorted(java.util.Comparator.comparing(PillarWeight::pillar)).toList();
		Map<Long, List<LevelText>> levels = new HashMap<>();
		jdbc.sql("""
				select d.question_id, d.level, d.text_id, d.text_en from readiness_level_description d
				join readiness_question q on q.id = d.question_id where q.questionnaire_id = ? order by d.question_id, d.level""")
			.param(h.id()).query(rs -> {
				levels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new LevelText(rs.getInt(2), rs.getString(3), rs.getString(4)));
			});
		List<Question> questions = jdbc.sql("""
				select id, pillar, position, code, text_id, text_en, weight, evidence_required from readiness_question
				where questionnaire_id = ? order by position""").param(h.id())
			.query((rs, n) -> new Question(rs.getLong(1), Pillar.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8),
					levels.getOrDefault(rs.getLong(1), List.of())))
			.list();
		List<NextStep> steps = jdbc.sql("""
				select pillar, level, text_id, text_en from readiness_next_step where questionnaire_id = ?""").param(h.id())
			.query((rs, n) -> new NextStep(Pillar.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list().stream()
			.sorted(java.util.Comparator.comparing(NextStep::pillar).thenComparing(NextStep::level)).toList();
		return new Questionnaire(h.id(), h.version(), h.titleId(), h.titleEn(), h.noteId(), h.noteEn(),
				QuestionnaireStatus.valueOf(h.status()), h.createdAt().toInstant(), h.createdBy(),
				h.publishedAt() == null ? null : h.publishedAt().toInstant(), h.rowVersion(), pillars, questions, steps);
	}

	long insert(QuestionnaireInput input, String by, Instant now) {
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from readiness_questionnaire").query(Integer.class).single();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into readiness_questionnaire (version, title_id, title_en, note_id, note_en, status, created_at,
				created_by, row_version) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, 0)""")
			.params(version, input.titleId().strip(), input.titleEn().strip(), blankToNull(input.noteId()),
					blankToNull(input.noteEn()), Timestamp.from(now), by)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		insertContents(id, input);
		return id;
	}

	/** Replaces titles and every child row; refuses (false) when someone saved the version in between. */
	boolean replace(long id, int rowVersion, QuestionnaireInput input) {
		int updated = jdbc.sql("""
				update readiness_questionnaire set title_id = ?, title_en = ?, note_id = ?, note_en = ?,
				row_version = row_version + 1 where id = ? and row_version = ?""")
			.params(input.titleId().strip(), input.titleEn().strip(), blankToNull(input.noteId()), blankToNull(input.noteEn()),
					id, rowVersion)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from readiness_level_description where question_id in (select id from readiness_question where questionnaire_id = ?)")
			.param(id).update();
		jdbc.sql("delete from readiness_question where questionnaire_id = ?").param(id).update();
		jdbc.sql("delete from readiness_pillar where questionnaire_id = ?").param(id).update();
		jdbc.sql("delete from readiness_next_step where questionnaire_id = ?").param(id).update();
		insertContents(id, input);
		return true;
	}

	private void insertContents(long id, QuestionnaireInput input) {
		for (PillarWeight p : input.pillars()) {
			jdbc.sql("insert into readiness_pillar (questionnaire_id, pillar, weight) values (?, ?, ?)")
				.params(id, p.pillar().name(), p.weight()).update();
		}
		int position = 0;
		for (QuestionInput q : input.questions()) {
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into readiness_question (questionnaire_id, pillar, position, code, text_id, text_en, weight,
					evidence_required) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, q.pillar().name(), ++position, q.code().strip(), q.textId().strip(), q.textEn().strip(),
						q.weight(), q.evidenceRequired())
				.update(key, "id");
			long questionId = key.getKeyAs(Number.class).longValue();
			for (LevelText l : q.levels()) {
				jdbc.sql("insert into readiness_level_description (question_id, level, text_id, text_en) values (?, ?, ?, ?)")
					.params(questionId, l.level(), l.textId().strip(), l.textEn().strip()).update();
			}
		}
		for (NextStep s : input.nextSteps()) {
			jdbc.sql("insert into readiness_next_step (questionnaire_id, pillar, level, text_id, text_en) values (?, ?, ?, ?, ?)")
				.params(id, s.pillar().name(), s.level(), s.textId().strip(), s.textEn().strip()).update();
		}
	}

	void publish(long id, Instant now) {
		jdbc.sql("update readiness_questionnaire set status = 'RETIRED', row_version = row_version + 1 where status = 'PUBLISHED'")
			.update();
		jdbc.sql("""
				update readiness_questionnaire set status = 'PUBLISHED', published_at = ?, row_version = row_version + 1
				where id = ?""").params(Timestamp.from(now), id).update();
	}

	/** How many assessments use the version: all, and verified ones. */
	long[] usage(long id) {
		return jdbc.sql("""
				select count(*), coalesce(sum(case when status = 'VERIFIED' then 1 else 0 end), 0)
				from readiness_assessment where questionnaire_id = ?""").param(id)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
