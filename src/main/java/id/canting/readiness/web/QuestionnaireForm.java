package id.canting.readiness.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.Questionnaire.LevelText;
import id.canting.readiness.internal.Questionnaire.NextStep;
import id.canting.readiness.internal.Questionnaire.PillarWeight;
import id.canting.readiness.internal.QuestionnaireInput;
import id.canting.readiness.internal.QuestionnaireInput.QuestionInput;

/**
 * The admins' form for a draft questionnaire version: titles, pillar weights, each question's texts,
 * weight, evidence rule and five level descriptions, and the next steps per pillar and level. Its
 * property paths are those the questionnaire rules name ({@code questions[3].levels[2].textEn}), so a
 * refusal shows next to its field. Which pillars, questions and levels exist is kept from the version
 * (hidden fields): the form changes words and weights, a new question is added through the API.
 */
public class QuestionnaireForm {

	private String titleId;
	private String titleEn;
	private String noteId;
	private String noteEn;
	private Integer rowVersion;
	private List<PillarRow> pillars = new ArrayList<>();
	private List<QuestionRow> questions = new ArrayList<>();
	private List<NextStepRow> nextSteps = new ArrayList<>();

	static QuestionnaireForm of(Questionnaire q) {
		QuestionnaireForm form = new QuestionnaireForm();
		form.titleId = q.titleId();
		form.titleEn = q.titleEn();
		form.noteId = q.noteId();
		form.noteEn = q.noteEn();
		form.rowVersion = q.rowVersion();
		q.pillars().forEach(p -> form.pillars.add(new PillarRow(p.pillar(), p.weight())));
		q.questions().forEach(question -> {
			QuestionRow row = new QuestionRow();
			row.pillar = question.pillar();
			row.code = question.code();
			row.textId = question.textId();
			row.textEn = question.textEn();
			row.weight = question.weight();
			row.evidenceRequired = question.evidenceRequired();
			question.levels().forEach(l -> row.levels.add(new LevelRow(l.level(), l.textId(), l.textEn())));
			form.questions.add(row);
		});
		q.nextSteps().forEach(s -> form.nextSteps.add(new NextStepRow(s.pillar(), s.level(), s.textId(), s.textEn())));
		return form;
	}

	QuestionnaireInput input() {
		return new QuestionnaireInput(titleId, titleEn, noteId, noteEn,
				pillars.stream().map(p -> new PillarWeight(p.pillar, p.weight)).toList(),
				questions.stream().map(q -> new QuestionInput(q.pillar, q.code, q.textId, q.textEn, q.weight,
						q.evidenceRequired, q.levels.stream().map(l -> new LevelText(l.level, l.textId, l.textEn)).toList()))
					.toList(),
				nextSteps.stream().map(s -> new NextStep(s.pillar, s.level, s.textId, s.textEn)).toList());
	}

	/** The questions of one pillar with their index in {@link #getQuestions()}, for the page's grouping. */
	public List<Integer> questionIndexesOf(Pillar pillar) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).pillar == pillar) {
				indexes.add(i);
			}
		}
		return indexes;
	}

	/** The next steps of one pillar with their index in {@link #getNextSteps()}. */
	public List<Integer> nextStepIndexesOf(Pillar pillar) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < nextSteps.size(); i++) {
			if (nextSteps.get(i).pillar == pillar) {
				indexes.add(i);
			}
		}
		return indexes;
	}

	public String getTitleId() { return titleId; }
	public void setTitleId(String titleId) { this.titleId = titleId; }
	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
	public String getNoteId() { return noteId; }
	public void setNoteId(String noteId) { this.noteId = noteId; }
	public String getNoteEn() { return noteEn; }
	public void setNoteEn(String noteEn) { this.noteEn = noteEn; }
	public Integer getRowVersion() { return rowVersion; }
	public void setRowVersion(Integer rowVersion) { this.rowVersion = rowVersion; }
	public List<PillarRow> getPillars() { return pillars; }
	public void setPillars(List<PillarRow> pillars) { this.pillars = pillars; }
	public List<QuestionRow> getQuestions() { return questions; }
	public void setQuestions(List<QuestionRow> questions) { this.questions = questions; }
	public List<NextStepRow> getNextSteps() { return nextSteps; }
	public void setNextSteps(List<NextStepRow> nextSteps) { this.nextSteps = nextSteps; }

	/** A pillar's weight in the overall index. */
	public static class PillarRow {
		private Pillar pillar;
		private BigDecimal weight;

		public PillarRow() {
		}

		PillarRow(Pillar pillar, BigDecimal weight) {
			this.pillar = pillar;
			this.weight = weight;
		}

		public Pillar getPillar() { return pillar; }
		public void setPillar(Pillar pillar) { this.pillar = pillar; }
		public BigDecimal getWeight() { return weight; }
		public void setWeight(BigDecimal weight) { this.weight = weight; }
	}

	/** A question's words, weight within its pillar, evidence rule and level descriptions. */
	public static class QuestionRow {
		private Pillar pillar;
		private String code;
		private String textId;
		private String textEn;
		private BigDecimal weight;
		private boolean evidenceRequired;
		private List<LevelRow> levels = new ArrayList<>();

		public Pillar getPillar() { return pillar; }
		public void setPillar(Pillar pillar) { this.pillar = pillar; }
		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getTextId() { return textId; }
		public void setTextId(String textId) { this.textId = textId; }
		public String getTextEn() { return textEn; }
		public void setTextEn(String textEn) { this.textEn = textEn; }
		public BigDecimal getWeight() { return weight; }
		public void setWeight(BigDecimal weight) { this.weight = weight; }
		public boolean isEvidenceRequired() { return evidenceRequired; }
		public void setEvidenceRequired(boolean evidenceRequired) { this.evidenceRequired = evidenceRequired; }
		public List<LevelRow> getLevels() { return levels; }
		public void setLevels(List<LevelRow> levels) { this.levels = levels; }
	}

	/** What a level 0–4 means for a question. */
	public static class LevelRow {
		private int level;
		private String textId;
		private String textEn;

		public LevelRow() {
		}

		LevelRow(int level, String textId, String textEn) {
			this.level = level;
			this.textId = textId;
			this.textEn = textEn;
		}

		public int getLevel() { return level; }
		public void setLevel(int level) { this.level = level; }
		public String getTextId() { return textId; }
		public void setTextId(String textId) { this.textId = textId; }
		public String getTextEn() { return textEn; }
		public void setTextEn(String textEn) { this.textEn = textEn; }
	}

	/** The next step for an IKM whose pillar stands at a level. */
	public static class NextStepRow {
		private Pillar pillar;
		private int level;
		private String textId;
		private String textEn;

		public NextStepRow() {
		}

		NextStepRow(Pillar pillar, int level, String textId, String textEn) {
			this.pillar = pillar;
			this.level = level;
			this.textId = textId;
			this.textEn = textEn;
		}

		public Pillar getPillar() { return pillar; }
		public void setPillar(Pillar pillar) { this.pillar = pillar; }
		public int getLevel() { return level; }
		public void setLevel(int level) { this.level = level; }
		public String getTextId() { return textId; }
		public void setTextId(String textId) { this.textId = textId; }
		public String getTextEn() { return textEn; }
		public void setTextEn(String textEn) { this.textEn = textEn; }
	}
}
