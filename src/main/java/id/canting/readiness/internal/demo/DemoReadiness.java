package id.canting.readiness.internal.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.AssessmentStatus;
import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.Questionnaire.Question;
import id.canting.readiness.internal.QuestionnaireInput;
import id.canting.readiness.internal.Questionnaires;
import id.canting.readiness.internal.ReadinessScoring;
import id.canting.readiness.internal.ReadinessScoring.Scores;
import id.canting.readiness.internal.ReadinessScoring.WeightedLevel;
import id.canting.registry.IkmFilter;
import id.canting.registry.ProducerFacts;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;
import id.canting.shared.PageRequest;
import id.canting.shared.files.FileStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo readiness, after the registry's demo IKM (and the other demo loaders, which do not need it):
 * questionnaire version 1 (Canting's adaptation for small batik workshops, from
 * {@code readiness/questionnaire-v1.json}) created and published through {@link Questionnaires}, and
 * assessments for about a third of the active IKM, drawn with a seeded {@link Random}: 2025 all
 * verified, national average index near the 2.14 of 2019; 2026 (some improvement) a mix of verified,
 * submitted and draft. The demo owner's IKM has a verified 2025 assessment and none for 2026, so the
 * owner can start one. Assessments are written in batches (not through the facade, which would audit
 * some 4,000 demo steps one by one); evidence rows of the questions that ask for it share one
 * placeholder picture.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoReadiness {

	private static final Logger log = LoggerFactory.getLogger(DemoReadiness.class);
	private static final long SEED = 2020_04_21L;
	private static final double MEAN_ABILITY = 2.15;
	private static final Map<Pillar, Double> PILLAR_OFFSET = Map.of(Pillar.MANAGEMENT_AND_ORGANISATION, 0.15,
			Pillar.PEOPLE_AND_CULTURE, 0.1, Pillar.PRODUCTS_AND_SERVICES, 0.25, Pillar.TECHNOLOGY, -0.4,
			Pillar.FACTORY_OPERATIONS, -0.1);

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final Questionnaires questionnaires;
	private final RegistryQueries registry;
	private final FileStore files;
	private final JsonMapper json;
	private final TransactionTemplate transaction;

	DemoReadiness(JdbcClient jdbc, JdbcTemplate template, Questionnaires questionnaires, RegistryQueries registry,
			FileStore files, JsonMapper json, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.template = template;
		this.questionnaires = questionnaires;
		this.registry = registry;
		this.files = files;
		this.json = json;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(800)
	void loadOnFirstStart() {
		if (jdbc.sql("select count(*) from readiness_questionnaire").query(Long.class).single() > 0) {
			return;
		}
		List<ProducerFacts> ikm = registry.producerFacts().stream().filter(f -> f.status() == RecordStatus.ACTIVE)
			.sorted(Comparator.comparingLong(f -> f.id().value())).toList();
		if (ikm.isEmpty()) {
			return;
		}
		DemoProgress progress = new DemoProgress(log, "Demo readiness");
		String done = transaction.execute(status -> load(ikm));
		progress.done("{}", done);
	}

	private record Row(long ikmId, int year, AssessmentStatus status, String province, String sizeClass,
			List<String> techniques, Map<Long, int[]> levels, Scores self, Scores verified, String verifiedBy,
			LocalDateTime at) {
	}

	private String load(List<ProducerFacts> all) {
		Questionnaire q = questionnaires.create(Actor.SYSTEM, input());
		q = questionnaires.publish(Actor.SYSTEM, q.id());
		long owner = registry.catalogue(new IkmFilter("33", null, null, null, null, null, null, null, null),
				new PageRequest(0, 1, "name", true)).content().get(0).id();
		Random random = new Random(SEED);
		List<Row> rows = new ArrayList<>();
		for (ProducerFacts f : all) {
			boolean chosen = random.nextInt(3) == 0;
			if (!chosen && f.id().value() != owner) {
				continue;
			}
			double ability = clamp(MEAN_ABILITY + random.nextGaussian() * 0.55, 0.2, 3.8);
			rows.add(row(q, f, 2025, AssessmentStatus.VERIFIED, ability, random));
			if (f.id().value() == owner || random.nextInt(4) == 0) {
				continue; // no 2026 assessment yet
			}
			int draw = random.nextInt(20);
			AssessmentStatus status = draw < 11 ? AssessmentStatus.VERIFIED
					: draw < 16 ? AssessmentStatus.SUBMITTED : AssessmentStatus.DRAFT;
			rows.add(row(q, f, 2026, status, clamp(ability + random.nextDouble() * 0.45, 0.2, 3.9), random));
		}
		write(q, rows);
		List<Row> verified2026 = rows.stream().filter(r -> r.year() == 2026 && r.verified() != null).toList();
		return "questionnaire v%d published; %d assessments: 2025 %d verified, national average %s; 2026 %d verified (average %s), %d submitted, %d drafts"
			.formatted(q.version(), rows.size(), rows.stream().filter(r -> r.year() == 2025).count(),
					average(rows.stream().filter(r -> r.year() == 2025).toList()), verified2026.size(), average(verified2026),
					rows.stream().filter(r -> r.status() == AssessmentStatus.SUBMITTED).count(),
					rows.stream().filter(r -> r.status() == AssessmentStatus.DRAFT).count());
	}

	private static BigDecimal average(List<Row> verified) {
		return verified.isEmpty() ? null
				: verified.stream().map(r -> r.verified().overallIndex()).reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(verified.size()), 2, RoundingMode.HALF_UP);
	}

	private Row row(Questionnaire q, ProducerFacts f, int year, AssessmentStatus status, double ability, Random random) {
		Map<Long, int[]> levels = new HashMap<>(); // question id -> {owner's level, officer's level or -1}
		int answered = status == AssessmentStatus.DRAFT ? 3 + random.nextInt(q.questions().size() - 4) : q.questions().size();
		for (Question question : q.questions().subList(0, answered)) {
			double raw = ability + PILLAR_OFFSET.get(question.pillar()) + random.nextGaussian() * 0.6;
			levels.put(question.id(), new int[] { (int) Math.round(clamp(raw, 0, 4)), -1 });
		}
		Scores self = null;
		Scores verified = null;
		String officer = null;
		if (status != AssessmentStatus.DRAFT) {
			self = score(q, levels, false);
		}
		if (status == AssessmentStatus.VERIFIED) {
			// on site the officer finds about one answer in four assessments a level too high
			if (random.nextInt(4) == 0) {
				Question lowered = q.questions().get(random.nextInt(q.questions().size()));
				int[] l = levels.get(lowered.id());
				if (l[0] > 0) {
					l[1] = l[0] - 1;
				}
			}
			verified = score(q, levels, true);
			officer = "officer." + f.provinceCode();
		}
		LocalDateTime at = LocalDateTime.of(year, year == 2025 ? 8 : 4, 1, 9, 0).plusDays(random.nextInt(90))
			.plusMinutes(random.nextInt(480));
		return new Row(f.id().value(), year, status, f.provinceCode(), f.sizeClass().name(),
				f.techniques().stream().map(Enum::name).sorted().toList(), levels, self, verified, officer, at);
	}

	private static Scores score(Questionnaire q, Map<Long, int[]> levels, boolean verified) {
		List<WeightedLevel> weighted = q.questions().stream().map(question -> {
			int[] l = levels.get(question.id());
			return new WeightedLevel(question.pillar(), question.weight(), verified && l[1] >= 0 ? l[1] : l[0]);
		}).toList();
		return ReadinessScoring.score(q.pillarWeights(), weighted);
	}

	private void write(Questionnaire q, List<Row> rows) {
		List<Object[]> headers = new ArrayList<>();
		for (Row r : rows) {
			Timestamp created = ts(r.at().minusDays(20));
			boolean submitted = r.status() != AssessmentStatus.DRAFT;
			boolean verified = r.status() == AssessmentStatus.VERIFIED;
			headers.add(new Object[] { r.ikmId(), r.year(), q.id(), r.status().name(), r.province(), r.sizeClass(),
					submitted ? r.self().overallIndex() : null, verified ? r.verified().overallIndex() : null, created,
					"demo", submitted ? ts(r.at().minusDays(7)) : null, submitted ? "demo" : null,
					verified ? ts(r.at()) : null, r.verifiedBy() });
		}
		template.batchUpdate("""
				insert into readiness_assessment (ikm_id, assessment_year, questionnaire_id, status, province_code, size_class,
				self_index, overall_index, created_at, created_by, submitted_at, submitted_by, verified_at, verified_by,
				row_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", headers);
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select id, ikm_id, assessment_year from readiness_assessment").query(rs -> {
			ids.put(rs.getLong(2) + "/" + rs.getInt(3), rs.getLong(1));
		});
		String picture = placeholderPicture();
		List<Object[]> techniques = new ArrayList<>();
		List<Object[]> answers = new ArrayList<>();
		List<Object[]> scores = new ArrayList<>();
		List<Object[]> evidence = new ArrayList<>();
		for (Row r : rows) {
			long id = ids.get(r.ikmId() + "/" + r.year());
			r.techniques().forEach(t -> techniques.add(new Object[] { id, t }));
			r.levels().forEach((question, l) -> answers.add(new Object[] { id, question, l[0], null, l[1] < 0 ? null : l[1],
					l[1] < 0 ? null : "Pemeriksaan di lokasi menunjukkan tingkat ini belum tercapai sepenuhnya." }));
			if (r.self() != null) {
				for (Pillar p : Pillar.values()) {
					scores.add(new Object[] { id, p.name(), r.self().pillars().get(p),
							r.verified() == null ? null : r.verified().pillars().get(p) });
				}
			}
			if (r.status() != AssessmentStatus.DRAFT) {
				q.questions().stream().filter(Question::evidenceRequired).forEach(question -> evidence.add(new Object[] { id,
						question.id(), picture, "foto-" + question.code().toLowerCase() + ".png", "image/png", 0L,
						ts(r.at().minusDays(8)), "demo" }));
			}
		}
		template.batchUpdate("insert into readiness_assessment_technique (assessment_id, technique) values (?, ?)", techniques);
		template.batchUpdate("""
				insert into readiness_answer (assessment_id, question_id, level, note, verified_level, verification_reason)
				values (?, ?, ?, ?, ?, ?)""", answers);
		template.batchUpdate("""
				insert into readiness_pillar_score (assessment_id, pillar, self_score, verified_score) values (?, ?, ?, ?)""",
				scores);
		long size = pictureBytes().length;
		evidence.forEach(e -> e[5] = size);
		template.batchUpdate("""
				insert into readiness_evidence (assessment_id, question_id, file_key, file_name, content_type, size_bytes,
				uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""", evidence);
	}

	private QuestionnaireInput input() {
		try (InputStream in = getClass().getResourceAsStream("/readiness/questionnaire-v1.json")) {
			return json.readValue(in, QuestionnaireInput.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String placeholderPicture() {
		try {
			return files.put(pictureBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A small plain picture standing in for the owners' photos. */
	private static byte[] pictureBytes() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, ((x / 8 + y / 8) % 2 == 0) ? 0x6b4226 : 0xe8d5b0);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static Timestamp ts(LocalDateTime at) {
		return Timestamp.from(at.toInstant(ZoneOffset.ofHours(7)));
	}

	private static double clamp(double v, double min, double max) {
		return Math.max(min, Math.min(max, v));
	}
}
