package id.canting.readiness.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.internal.Questionnaire.LevelText;
import id.canting.readiness.internal.Questionnaire.NextStep;
import id.canting.readiness.internal.Questionnaire.PillarWeight;
import id.canting.readiness.internal.QuestionnaireInput.QuestionInput;
import id.canting.shared.FieldViolation;

/**
 * What makes a questionnaire version usable: titles; all five pillars, each once, with a weight above
 * zero and at least one question; questions with a unique code, both texts, a weight above zero and a
 * description of every level 0–4; next steps for a pillar and a level 0–4 with both texts.
 */
public final class QuestionnaireRules {

	static final BigDecimal MAX_WEIGHT = new BigDecimal("999.999");

	private QuestionnaireRules() {
	}

	public static List<FieldViolation> check(QuestionnaireInput input) {
		List<FieldViolation> v = new ArrayList<>();
		text(v, "titleId", input.titleId(), 200);
		text(v, "titleEn", input.titleEn(), 200);
		optional(v, "noteId", input.noteId(), 1000);
		optional(v, "noteEn", input.noteEn(), 1000);
		Set<Pillar> seen = EnumSet.noneOf(Pillar.class);
		for (int i = 0; i < input.pillars().size(); i++) {
			PillarWeight p = input.pillars().get(i);
			String field = "pillars[" + i + "]";
			if (p == null || p.pillar() == null) {
				v.add(FieldViolation.of(field + ".pillar", "validation.required"));
				continue;
			}
			if (!seen.add(p.pillar())) {
				v.add(FieldViolation.of(field + ".pillar", "readiness.questionnaire.pillar.twice", p.pillar()));
			}
			weight(v, field + ".weight", p.weight());
		}
		EnumSet<Pillar> missing = EnumSet.allOf(Pillar.class);
		missing.removeAll(seen);
		missing.forEach(p -> v.add(FieldViolation.of("pillars", "readiness.questionnaire.pillar.missing", p)));
		Set<String> codes = new HashSet<>();
		Set<Pillar> asked = EnumSet.noneOf(Pillar.class);
		for (int i = 0; i < input.questions().size(); i++) {
			QuestionInput q = input.questions().get(i);
			String field = "questions[" + i + "]";
			if (q == null) {
				v.add(FieldViolation.of(field, "validation.required"));
				continue;
			}
			if (q.pillar() == null) {
				v.add(FieldViolation.of(field + ".pillar", "validation.required"));
			}
			else {
				asked.add(q.pillar());
			}
			if (text(v, field + ".code", q.code(), 20) && !codes.add(q.code().strip())) {
				v.add(FieldViolation.of(field + ".code", "readiness.questionnaire.code.twice", q.code()));
			}
			text(v, field + ".textId", q.textId(), 500);
			text(v, field + ".textEn", q.textEn(), 500);
			weight(v, field + ".weight", q.weight());
			levels(v, field + ".levels", q.levels());
		}
		EnumSet<Pillar> unasked = EnumSet.allOf(Pillar.class);
		unasked.removeAll(asked);
		unasked.forEach(p -> v.add(FieldViolation.of("questions", "readiness.questionnaire.pillar.no-question", p)));
		Set<String> steps = new HashSet<>();
		for (int i = 0; i < input.nextSteps().size(); i++) {
			NextStep s = input.nextSteps().get(i);
			String field = "nextSteps[" + i + "]";
			if (s == null || s.pillar() == null) {
				v.add(FieldViolation.of(field + ".pillar", "validation.required"));
				continue;
			}
			if (s.level() < ReadinessLevel.LOWEST || s.level() > ReadinessLevel.HIGHEST) {
				v.add(FieldViolation.of(field + ".level", "readiness.level.range", s.level()));
			}
			else if (!steps.add(s.pillar() + "/" + s.level())) {
				v.add(FieldViolation.of(field + ".level", "readiness.questionnaire.step.twice", s.pillar(), s.level()));
			}
			text(v, field + ".textId", s.textId(), 2000);
			text(v, field + ".textEn", s.textEn(), 2000);
		}
		return v;
	}

	private static void levels(List<FieldViolation> v, String field, List<LevelText> levels) {
		Set<Integer> described = new TreeSet<>();
		for (LevelText l : levels) {
			if (l == null || l.level() < ReadinessLevel.LOWEST || l.level() > ReadinessLevel.HIGHEST) {
				v.add(FieldViolation.of(field, "readiness.level.range", l == null ? "" : l.level()));
				continue;
			}
			String at = field + "[" + l.level() + "]";
			if (!described.add(l.level())) {
				v.add(FieldViolation.of(at, "readiness.questionnaire.level.twice", l.level()));
			}
			text(v, at + ".textId", l.textId(), 500);
			text(v, at + ".textEn", l.textEn(), 500);
		}
		if (described.size() < 5 && levels.stream().allMatch(l -> l != null)) {
			List<Integer> absent = new ArrayList<>();
			for (int level = ReadinessLevel.LOWEST; level <= ReadinessLevel.HIGHEST; level++) {
				if (!described.contains(level)) {
					absent.add(level);
				}
			}
			v.add(FieldViolation.of(field, "readiness.questionnaire.levels.missing", absent.toString()));
		}
	}

	private static void weight(List<FieldViolation> v, String field, BigDecimal weight) {
		if (weight == null) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.scale() > 3) {
			v.add(FieldViolation.of(field, "readiness.questionnaire.weight"));
		}
	}

	private static boolean text(List<FieldViolation> v, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			v.add(FieldViolation.of(field, "validation.required"));
			return false;
		}
		return optional(v, field, value, max);
	}

	private static boolean optional(List<FieldViolation> v, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			v.add(FieldViolation.of(field, "validation.too-long", max, value.strip().length()));
			return false;
		}
		return true;
	}
}
